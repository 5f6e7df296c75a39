package dev.tradewind.metrics;

import dev.tradewind.model.Steps;

/**
 * Drawdown of a bar equity curve: at each bar, {@code (peak - equity) / peak} where peak is the highest equity
 * at or before that bar. 0 at a new high and while the peak is not positive; above 1 only if equity goes
 * negative. Starting cash is not a peak: the curve starts at the first bar.
 */
public final class Drawdowns {
    private Drawdowns() {}

    /** The drawdown of each of the first {@code n} bars, a new array of length {@code n}. */
    public static double[] series(double[] equity, int n) {
        double[] dd = new double[n];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            peak = Math.max(peak, equity[i]);
            dd[i] = drawdown(peak, equity[i]);
        }
        return dd;
    }

    /**
     * The largest drawdown and the longest time under water, in days: from a peak bar to the first later bar at
     * or above the peak, or to the last bar if equity never recovers. Both 0 when {@code n < 2}.
     */
    static Summary summary(long[] time, double[] equity, int n) { return summary(time, equity, null, n); }

    /**
     * {@link #summary(long[], double[], int)} and, in the same pass over the bars, the number of bars whose
     * {@code position} is not 0 (0 when {@code position} is null), checking that each equity is finite: a run's
     * statistics read its equity and position columns once (a sweep's trial over 1M bars).
     *
     * @throws IllegalArgumentException naming the first equity that is not finite
     */
    static Summary summary(long[] time, double[] equity, Steps position, int n) {
        CurveSummary s = new CurveSummary();
        s.points(time, equity, position, 0, n);
        return s.summary();
    }

    static double drawdown(double peak, double equity) { return peak > 0 ? (peak - equity) / peak : 0; }

    /** Maximum drawdown (fraction of the peak), its longest duration in days, and the bars with a position. */
    record Summary(double maxDrawdown, double maxDurationDays, int open) {}
}
