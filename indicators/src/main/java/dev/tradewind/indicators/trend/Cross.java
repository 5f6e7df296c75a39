package dev.tradewind.indicators.trend;

import dev.tradewind.indicators.LineIndicator;

/**
 * Crossover, crossunder or both of two lines {@code a} and {@code b}; its single input is the difference
 * {@code a - b} (the graph computes it for {@code crossover(a,b)}). {@link #over()}: 1.0 on the bar where {@code a}
 * crosses above {@code b}, else 0.0; {@link #under()}: 1.0 on a cross below; {@link #both()}: +1.0 on a cross above,
 * -1.0 on a cross below, else 0.0 (backtrader's CrossOver). A cross up happens when the last non-zero difference
 * before this bar was negative and now {@code a > b} (mirror for a cross down). Touches ({@code a == b}) are
 * skipped, so "below, touch, above" is one cross and "below, touch, below" none (backtrader's rule). Lookback 1.
 */
public final class Cross implements LineIndicator {

    /** Bars {@link #updateBothAt} counts at once for one on the other side (8, 32 and 64 were slower). */
    private static final int CHUNK = 16;

    private final boolean up;
    private final boolean down;
    private final double[] one = new double[1];
    private double lastNonZero;
    private int count;
    private double value = Double.NaN;

    private Cross(boolean up, boolean down) {
        this.up = up;
        this.down = down;
    }

    /** Detects {@code a} crossing above {@code b}. */
    public static Cross over() { return new Cross(true, false); }

    /** Detects {@code a} crossing below {@code b}. */
    public static Cross under() { return new Cross(false, true); }

    /** Detects both: +1 when {@code a} crosses above {@code b}, -1 when it crosses below. */
    public static Cross both() { return new Cross(true, true); }

    /** Feeds the two lines; ignored if either is NaN. */
    public void update(double a, double b) { update(a - b); }

    /** Feeds the difference {@code a - b}; NaN is ignored. */
    public void update(double difference) {
        one[0] = difference;
        updateLine(one, 0, one, 0, 0, 1);
    }

    @Override
    public void updateLine(double[] in, int inBase, double[] out, int outBase, int from, int to) {
        updateDifference(in, inBase, null, 0, out, outBase, from, to);
    }

    /**
     * {@link #updateLine} fed the difference {@code a - b} of two lines, computed here bar by bar (the same values, with
     * no difference column written and read back): for each bar {@code g} in {@code [from, to)}. With {@code b} null
     * the input is {@code a} itself.
     */
    public void updateDifference(double[] a, int aBase, double[] b, int bBase, double[] out, int outBase, int from, int to) {
        double last = lastNonZero;
        int n = count;
        double v = value;
        for (int g = from; g < to; g++) {
            double d = b == null ? a[g - aBase] : a[g - aBase] - b[g - bBase]; // the test is hoisted out of the loop
            if (d == d) {
                if (n > 0) {
                    if (up && last < 0 && d > 0) v = 1.0;
                    else if (down && last > 0 && d < 0) v = up ? -1.0 : 1.0;
                    else v = 0.0;
                } else {
                    n = 1;
                }
                if (d != 0) last = d;
            }
            put(out, g - outBase, v);
        }
        lastNonZero = last;
        count = n;
        value = v;
    }

    /**
     * Writes {@code v} at {@code out[i]} only where it is not there already, bit for bit: a column that is mostly 0 and
     * reused from run to run (a sweep's worker) is then read, not rewritten, which halves its memory traffic (a store
     * to a line not in the cache reads it first and writes it back later). The column ends up the same either way.
     */
    private static void put(double[] out, int i, double v) {
        if (Double.doubleToRawLongBits(out[i]) != Double.doubleToRawLongBits(v)) out[i] = v;
    }

    /**
     * Whether {@code other} can be computed in the same pass as this one ({@link #updateBothAt}): both fresh (fed nothing
     * yet), so fed the same differences they keep the same state but for their outputs.
     */
    public boolean pairsWith(Cross other) { return other != this && count == 0 && other.count == 0; }

    /**
     * {@link #updateDifference} of this and {@code other} (a {@link #pairsWith} partner fed the same two lines) in one
     * pass, the difference computed once per bar, with no output columns: the bars of {@code [from, to)} where either
     * output is not 0 (a cross, or NaN before the pair is ready) go into {@code at}, in order, with this one's value in
     * {@code values} and {@code other}'s in {@code otherValues} at the same index (each with room for {@code to - from});
     * returns how many. Every other bar reads 0 on both: exactly the values of two separate passes.
     *
     * <p>Between crosses the pass looks only for the next bar on the other side: with the last non-zero difference
     * above 0 (both outputs 0), no bar crosses until one has {@code a < b}; touches and NaN bars change nothing. It
     * counts such bars over {@link #CHUNK} bars at a time, a loop of plain comparisons the JIT compiles to vector
     * instructions, and steps bar by bar only through the chunk that has one, from that bar on (a pair of moving
     * averages crosses about once in 60 one-minute bars; 20 pairs over 1M bars took 1.9 ns per bar with a chunk skipped
     * only when every difference in it kept the sign, 1.1 ns like this).
     */
    public int updateBothAt(Cross other, double[] a, int aBase, double[] b, int bBase, int from, int to, int[] at,
            double[] values, double[] otherValues) {
        int found = 0;
        double last = lastNonZero; // only its sign is read: skipped bars of the same sign leave it as it was
        int n = count;
        double v = value;
        double w = other.value;
        boolean up2 = other.up;
        boolean down2 = other.down;
        for (int g = from; g < to; ) {
            if (n > 0 && v == 0 && w == 0 && (last > 0 || last < 0)) {
                // written out here: as a method of its own the pass took 1.22 ns per bar instead of 1.12. For any two
                // numbers a < b is a - b < 0, and NaN compares false, so the bars counted are exactly those whose
                // difference has the other sign
                int end = Math.min(to, g + CHUNK);
                boolean above = last > 0;
                if (end - g == CHUNK) {
                    int opposite = 0;
                    if (above) {
                        for (int j = g; j < end; j++) opposite += a[j - aBase] < b[j - bBase] ? 1 : 0;
                    } else {
                        for (int j = g; j < end; j++) opposite += a[j - aBase] > b[j - bBase] ? 1 : 0;
                    }
                    if (opposite == 0) {
                        g = end;
                        continue;
                    }
                }
                if (above) {
                    while (g < end && !(a[g - aBase] < b[g - bBase])) g++;
                } else {
                    while (g < end && !(a[g - aBase] > b[g - bBase])) g++;
                }
                if (g == end) continue;
            }
            double d = a[g - aBase] - b[g - bBase];
            if (d == d) {
                if (n > 0) {
                    boolean rose = last < 0 && d > 0;
                    boolean fell = last > 0 && d < 0;
                    v = up && rose ? 1.0 : down && fell ? (up ? -1.0 : 1.0) : 0.0;
                    w = up2 && rose ? 1.0 : down2 && fell ? (up2 ? -1.0 : 1.0) : 0.0;
                } else {
                    n = 1;
                }
                if (d != 0) last = d;
            }
            if (v != 0 | w != 0) { // NaN != 0 is true: the bars before the pair is ready are listed too
                at[found] = g;
                values[found] = v;
                otherValues[found] = w;
                found++;
            }
            g++;
        }
        lastNonZero = last;
        count = n;
        value = v;
        other.lastNonZero = last;
        other.count = n;
        other.value = w;
        return found;
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return 1; }
    @Override public boolean ready() { return value == value; }
}
