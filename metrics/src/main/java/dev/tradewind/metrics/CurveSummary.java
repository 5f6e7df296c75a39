package dev.tradewind.metrics;

import dev.tradewind.model.EquityCurve;
import dev.tradewind.model.Steps;
import dev.tradewind.model.Times;

/**
 * The drawdowns of an equity curve and its bars in a position, read a stretch of points at a time as a run writes
 * them ({@link EquityCurve#readBy}): the one pass of {@link Drawdowns#summary(long[], double[], Steps, int)} cut
 * into pieces, so a sweep's trial reads its curve while it is in the cache instead of from memory afterwards. Give it
 * to {@link StatisticsCalculator#compute(long[], double[], Steps, int, java.util.List, double, double,
 * StatisticsOptions, CurveSummary)}. Reusable ({@link #reset}); not thread-safe.
 */
public final class CurveSummary implements EquityCurve.Reader {
    private double max;
    private long longest;
    private double peak;
    private double trough;
    private int peakBar;
    private int open;
    private int bars;
    private long[] time;
    private Steps positions; // the position column read last, and a cursor over its runs
    private Steps.Cursor cursor;
    private static final int CHUNK = 64;

    public CurveSummary() { reset(); }

    /** Forgets every point read: the next one read is the first bar of a curve. */
    public void reset() {
        max = 0;
        longest = 0;
        peak = Double.NEGATIVE_INFINITY;
        trough = Double.POSITIVE_INFINITY;
        peakBar = 0;
        open = 0;
        bars = 0;
        time = null;
        positions = null; // a reused curve's column is written again from its first bar
        cursor = null;
    }

    /** Bars read since the last {@link #reset}. */
    public int bars() { return bars; }

    /**
     * Reads points {@code [from, to)}, which must follow the last one read ({@code from} = {@link #bars()}).
     *
     * @throws IllegalArgumentException naming the first equity that is not finite
     */
    @Override
    public void points(long[] time, double[] equity, Steps position, int from, int to) {
        if (from != bars) throw new IllegalStateException("points from " + from + " after " + bars + " read");
        this.time = time;
        // The deepest point between two peaks gives that stretch's largest drawdown ((peak - e) / peak falls as e
        // rises, exactly so in floating point too), so the division runs once per stretch, not once per bar.
        double max = this.max;
        long longest = this.longest;
        double peak = this.peak;
        double trough = this.trough;
        int peakBar = this.peakBar;
        for (int i = from; i < to; ) {
            // A chunk of points that sets no new peak only lowers the trough: its lowest and highest (reductions the JIT
            // vectorizes) settle it without the per-point rule below, which takes the chunks that do, and those with a
            // point that is not finite (the highest is then NaN or infinite, or the lowest infinite, and the test fails).
            int end = Math.min(to, i + CHUNK);
            if (end - i == CHUNK) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int k = i; k < end; k++) {
                    lo = Math.min(lo, equity[k]);
                    hi = Math.max(hi, equity[k]);
                }
                if (hi < peak && lo - lo == 0) {
                    if (lo < trough) trough = lo; // -0.0 where the rule would keep 0.0: the same drawdown
                    i = end;
                    continue;
                }
            }
            for (; i < end; i++) {
                double e = equity[i];
                if (e - e != 0) throw new IllegalArgumentException("equity[" + i + "] must be finite, was " + e); // NaN or infinite
                if (e >= peak) {
                    if (i > peakBar + 1) { // the bars in between were under water
                        longest = Math.max(longest, time[i] - time[peakBar]);
                        max = Math.max(max, Drawdowns.drawdown(peak, trough));
                    }
                    peak = e;
                    peakBar = i;
                    trough = Double.POSITIVE_INFINITY;
                } else if (e < trough) { // Math.min but for -0.0 against 0.0, which give the same drawdown; e is not NaN
                    trough = e;
                }
            }
        }
        this.max = max;
        this.longest = longest;
        this.peak = peak;
        this.trough = trough;
        this.peakBar = peakBar;
        positions(position, from, to);
    }

    /**
     * Points that all have the equity {@code value}: below the peak (and finite) they only lower the trough to it, which
     * settles them without reading them; otherwise they are read one by one.
     */
    @Override
    public void constant(long[] time, double[] equity, Steps position, int from, int to, double value) {
        if (!(value < peak && value - value == 0)) {
            points(time, equity, position, from, to);
            return;
        }
        if (from != bars) throw new IllegalStateException("points from " + from + " after " + bars + " read");
        this.time = time;
        if (value < trough) trough = value; // -0.0 where the rule would keep 0.0: the same drawdown
        positions(position, from, to);
    }

    /** Counts the bars of {@code [from, to)} in a position, and marks them read. */
    private void positions(Steps position, int from, int to) {
        if (position != null) {
            if (position != positions) { // the runs are walked from where the last read ended
                positions = position;
                cursor = position.cursor();
            }
            open += cursor.nonZero(from, to);
        }
        bars = to;
    }

    /** The summary of the bars read: still under water at the last bar counts to it. */
    Drawdowns.Summary summary() {
        long longest = this.longest;
        double max = this.max;
        if (bars > 0) {
            longest = Math.max(longest, time[bars - 1] - time[peakBar]);
            if (trough != Double.POSITIVE_INFINITY) max = Math.max(max, Drawdowns.drawdown(peak, trough));
        }
        return new Drawdowns.Summary(max, (double) longest / Times.NANOS_PER_DAY, open);
    }
}
