package dev.tradewind.engine;

import dev.tradewind.model.LastComputed;
import java.lang.ref.WeakReference;

/**
 * The lowest low and highest high of a range of stored bars, from the extremes of blocks of 16 bars kept beside the
 * columns (an eighth of a column each): a sweep's trials pass thousands of stretches of bars in a position, and read
 * the block extremes and the bars at both ends instead of every bar. The same values as a scan of the range with
 * {@code <} and {@code >}: NaN never wins, and of equal extremes (0.0 and -0.0) the first one does. The last one built
 * is shared, by the identity of its columns (held weakly); thread-safe, immutable.
 */
final class Extremes {
    private static final int SHIFT = 4;
    private static final int BLOCK = 1 << SHIFT;
    private static final LastComputed<Extremes> LAST = new LastComputed<>();

    private final WeakReference<double[]> lowRef;
    private final WeakReference<double[]> highRef;
    private final double[] blockLow;
    private final double[] blockHigh;

    private Extremes(double[] low, double[] high) {
        lowRef = new WeakReference<>(low);
        highRef = new WeakReference<>(high);
        int blocks = low.length >> SHIFT;
        blockLow = new double[blocks];
        blockHigh = new double[blocks];
        for (int k = 0; k < blocks; k++) {
            int from = k << SHIFT;
            blockLow[k] = lowest(low, from, from + BLOCK, Double.POSITIVE_INFINITY);
            blockHigh[k] = highest(high, from, from + BLOCK, Double.NEGATIVE_INFINITY);
        }
    }

    /** The extremes of these columns (of equal length), shared with the last caller's when they are the same arrays. */
    static Extremes of(double[] low, double[] high) {
        if (low.length != high.length) throw new IllegalArgumentException("low and high differ in length");
        return LAST.get(low, high, null, () -> new Extremes(low, high));
    }

    /** Whether these are the extremes of exactly these columns. */
    boolean covers(double[] low, double[] high) { return lowRef.get() == low && highRef.get() == high; }

    /** The lowest of {@code low[from..to)} ({@code +Infinity} if none is below it), {@code low} being this one's column. */
    double lowest(double[] low, int from, int to) {
        int first = (from + BLOCK - 1) >> SHIFT; // the first whole block
        int last = to >> SHIFT; // the block after the last whole one
        if (first >= last) return lowest(low, from, to, Double.POSITIVE_INFINITY);
        double m = lowest(low, from, first << SHIFT, Double.POSITIVE_INFINITY);
        m = lowest(blockLow, first, last, m);
        return lowest(low, last << SHIFT, to, m);
    }

    /** The highest of {@code high[from..to)} ({@code -Infinity} if none is above it). */
    double highest(double[] high, int from, int to) {
        int first = (from + BLOCK - 1) >> SHIFT;
        int last = to >> SHIFT;
        if (first >= last) return highest(high, from, to, Double.NEGATIVE_INFINITY);
        double m = highest(high, from, first << SHIFT, Double.NEGATIVE_INFINITY);
        m = highest(blockHigh, first, last, m);
        return highest(high, last << SHIFT, to, m);
    }

    /** The lowest of {@code x[from..to)} and {@code m}, by {@code <}: NaN never wins, of equal values the first does. */
    static double lowest(double[] x, int from, int to, double m) {
        for (int i = from; i < to; i++) if (x[i] < m) m = x[i];
        return m;
    }

    /** The highest of {@code x[from..to)} and {@code m}, by {@code >}. */
    static double highest(double[] x, int from, int to, double m) {
        for (int i = from; i < to; i++) if (x[i] > m) m = x[i];
        return m;
    }
}
