package dev.tradewind.research;

import java.util.List;

/**
 * How much a sweep's best result is owed to the search itself: the deflated Sharpe ratio of the chosen trial with
 * every trial counted, and the probability of backtest overfitting over all trials by CSCV.
 *
 * @param deflated the deflated Sharpe ratio of the chosen trial (N = every trial run, feasible or not)
 * @param pbo      CSCV over every trial, or null when there are too few periods or trials
 * @param note     why PBO is missing, or an empty string
 */
public record Overfitting(DeflatedSharpe.Result deflated, Cscv.Result pbo, String note) {

    /** Periods per CSCV block below which the split is too thin to mean anything. */
    public static final int MIN_ROWS_PER_BLOCK = 2;

    /**
     * Computes both statistics.
     *
     * @param all    every trial of the sweep
     * @param chosen the trial that would be picked
     * @param blocks S for CSCV (even); reduced when the series is too short for it
     */
    public static Overfitting of(List<Trial> all, Trial chosen, int blocks) {
        double[][] returns = new double[all.size()][];
        for (int i = 0; i < returns.length; i++) returns[i] = all.get(i).returns();
        DeflatedSharpe.Result dsr = DeflatedSharpe.of(chosen.returns(), returns);
        int t = chosen.returns().length;
        if (all.size() < 2) return new Overfitting(dsr, null, "PBO needs at least 2 trials");
        int s = Cscv.blocksFor(t, blocks, MIN_ROWS_PER_BLOCK);
        if (s < 2) return new Overfitting(dsr, null, "PBO needs at least " + 2 * MIN_ROWS_PER_BLOCK + " periods, have " + t + " (try --period 1h)");
        String note = s < blocks ? "CSCV with S=" + s + " (only " + t + " periods; asked for S=" + blocks + ")" : "";
        return new Overfitting(dsr, Cscv.pbo(returns, s), note);
    }
}
