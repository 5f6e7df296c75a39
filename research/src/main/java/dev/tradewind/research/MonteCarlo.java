package dev.tradewind.research;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Monte Carlo resampling of a backtest's results, seeded and deterministic. Three methods:
 * <ul>
 *   <li>{@link Method#SHUFFLE}: the closed trades in random order (a permutation). With compounding trade returns the
 *       final equity does not change; the drawdowns do, which is the point: the historical order was one of many.</li>
 *   <li>{@link Method#TRADES}: trades drawn with replacement (the bootstrap of Efron, 1979), as many as there were.</li>
 *   <li>{@link Method#RETURNS}: period returns drawn as blocks of random length with replacement (the stationary
 *       bootstrap of Politis and Romano, "The Stationary Bootstrap", JASA 89(428), 1994), keeping short-range
 *       dependence; a mean block length of 1 is the plain bootstrap.</li>
 * </ul>
 * Trade returns are each trade's net PnL over the equity before it closed ({@code r_i = pnl_i / E_{i-1}}, with
 * {@code E_0} the starting cash), so resampled paths compound as the strategy's sizing would. Drawdowns of trade
 * paths are measured trade to trade (intra-trade drawdowns are not seen); return paths period to period.
 */
public final class MonteCarlo {
    private MonteCarlo() {}

    /** Resampling method. */
    public enum Method { SHUFFLE, TRADES, RETURNS }

    /** The percentiles reported. */
    public static final double[] PERCENTILES = {1, 5, 10, 25, 50, 75, 90, 95, 99};

    /**
     * The distribution over simulated paths.
     *
     * @param method      how paths were drawn
     * @param paths       number of paths
     * @param finalEquity every path's final equity, sorted ascending
     * @param maxDrawdown every path's maximum drawdown (a fraction of the peak), sorted ascending
     * @param ruinLevel   the drawdown that counts as ruin
     * @param ruin        the share of paths whose maximum drawdown reached {@code ruinLevel}
     */
    public record Result(Method method, int paths, double[] finalEquity, double[] maxDrawdown, double ruinLevel, double ruin) {

        /** The {@code p}-th percentile (0..100) of final equity, linear between order statistics. */
        public double finalEquityPercentile(double p) { return percentile(finalEquity, p); }

        /** The {@code p}-th percentile of the maximum drawdown. */
        public double maxDrawdownPercentile(double p) { return percentile(maxDrawdown, p); }
    }

    /** Per-trade returns from net PnLs in closing order. */
    public static double[] tradeReturns(double[] netPnl, double startingCash) {
        double[] r = new double[netPnl.length];
        double e = startingCash;
        for (int i = 0; i < r.length; i++) {
            r[i] = e > 0 ? netPnl[i] / e : 0;
            e += netPnl[i];
        }
        return r;
    }

    /**
     * Simulates {@code paths} paths.
     *
     * @param returns    trade returns (SHUFFLE, TRADES) or period returns (RETURNS)
     * @param blockMean  mean block length for RETURNS (>= 1)
     * @param ruinLevel  a drawdown fraction in (0, 1], e.g. 0.5
     */
    public static Result simulate(Method method, double[] returns, double startingCash, int paths, long seed, double blockMean,
            double ruinLevel) {
        if (paths < 1) throw new IllegalArgumentException("paths must be >= 1");
        if (!(blockMean >= 1)) throw new IllegalArgumentException("block length must be >= 1");
        int n = returns.length;
        SplittableRandom random = new SplittableRandom(seed);
        double[] fin = new double[paths];
        double[] dd = new double[paths];
        double[] path = new double[n];
        int ruined = 0;
        for (int p = 0; p < paths; p++) {
            switch (method) {
                case SHUFFLE -> {
                    System.arraycopy(returns, 0, path, 0, n);
                    for (int i = n - 1; i > 0; i--) { // Fisher-Yates
                        int j = random.nextInt(i + 1);
                        double x = path[i];
                        path[i] = path[j];
                        path[j] = x;
                    }
                }
                case TRADES -> {
                    for (int i = 0; i < n; i++) path[i] = returns[random.nextInt(n)];
                }
                case RETURNS -> {
                    double q = 1 / blockMean;
                    int at = random.nextInt(n);
                    for (int i = 0; i < n; i++) {
                        if (i > 0 && random.nextDouble() < q) at = random.nextInt(n);
                        else if (i > 0) at = (at + 1) % n;
                        path[i] = returns[at];
                    }
                }
            }
            double e = startingCash, peak = startingCash, worst = 0;
            for (int i = 0; i < n; i++) {
                e *= 1 + path[i];
                if (e > peak) peak = e;
                double d = peak > 0 ? 1 - Math.max(e, 0) / peak : 0;
                if (d > worst) worst = d;
            }
            fin[p] = e;
            dd[p] = worst;
            if (worst >= ruinLevel) ruined++;
        }
        Arrays.sort(fin);
        Arrays.sort(dd);
        return new Result(method, paths, fin, dd, ruinLevel, (double) ruined / paths);
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        double pos = p / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
