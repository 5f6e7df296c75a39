package dev.tradewind.metrics;

import dev.tradewind.model.Times;

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
    static Summary summary(long[] time, double[] equity, double[] position, int n) {
        // The deepest point between two peaks gives that stretch's largest drawdown ((peak - e) / peak falls as e
        // rises, exactly so in floating point too), so the division runs once per stretch, not once per bar.
        double max = 0;
        long longest = 0;
        double peak = Double.NEGATIVE_INFINITY;
        double trough = Double.POSITIVE_INFINITY;
        int peakBar = 0;
        int open = 0;
        for (int i = 0; i < n; i++) {
            double e = equity[i];
            if (e - e != 0) throw new IllegalArgumentException("equity[" + i + "] must be finite, was " + e); // NaN or infinite
            if (position != null && position[i] != 0) open++; // the null test is hoisted out of the loop
            if (e >= peak) {
                if (i > peakBar + 1) { // the bars in between were under water
                    longest = Math.max(longest, time[i] - time[peakBar]);
                    max = Math.max(max, drawdown(peak, trough));
                }
                peak = e;
                peakBar = i;
                trough = Double.POSITIVE_INFINITY;
            } else {
                trough = Math.min(trough, e);
            }
        }
        if (n > 0) { // still under water at the end, or 0
            longest = Math.max(longest, time[n - 1] - time[peakBar]);
            if (trough != Double.POSITIVE_INFINITY) max = Math.max(max, drawdown(peak, trough));
        }
        return new Summary(max, (double) longest / Times.NANOS_PER_DAY, open);
    }

    private static double drawdown(double peak, double equity) { return peak > 0 ? (peak - equity) / peak : 0; }

    /** Maximum drawdown (fraction of the peak), its longest duration in days, and the bars with a position. */
    record Summary(double maxDrawdown, double maxDurationDays, int open) {}
}
