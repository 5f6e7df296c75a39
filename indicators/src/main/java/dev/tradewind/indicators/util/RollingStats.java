package dev.tradewind.indicators.util;

/**
 * Mean and population variance of the last {@code window} values, updated in O(1) with Welford's
 * add/remove recurrences (no sum of squares, so no cancellation at large price levels). A window of equal
 * values has exactly its value as mean and exactly 0 variance (the state is re-synchronized, so rounding
 * residue cannot turn a flat window into a tiny non-zero deviation).
 */
public final class RollingStats {

    private final RingBuffer values;
    private final int window;
    private int count;
    private int run;
    private double mean;
    private double m2;

    public RollingStats(int window) {
        this.window = Check.atLeast("window", window, 1);
        this.values = new RingBuffer(window);
    }

    /** Pushes {@code x} (not NaN). */
    public void push(double x) {
        run = x == values.get(0) ? run + 1 : 1;
        double old = values.push(x);
        if (count < window) {
            count++;
            double d = x - mean;
            mean += d / count;
            m2 += d * (x - mean);
        } else {
            double d = x - old;
            double previousMean = mean;
            mean += d / window;
            m2 += d * (x - mean + old - previousMean);
        }
        if (run >= window) {
            mean = x;
            m2 = 0;
        } else if (m2 < 0) {
            m2 = 0;
        }
    }

    /** Mean of the values held. */
    public double mean() { return mean; }

    /** Sum of squared deviations from the mean. */
    public double sumSquares() { return m2; }

    /** Population variance (divide by the count). */
    public double variance() { return count == 0 ? Double.NaN : m2 / count; }

    /** Population standard deviation. */
    public double stdDev() { return Math.sqrt(variance()); }

    /** The value pushed {@code barsAgo} pushes ago. */
    public double get(int barsAgo) { return values.get(barsAgo); }

    /** Whether {@code window} values have been pushed. */
    public boolean full() { return count == window; }

    /** Whether the last {@code window} values are all equal. */
    public boolean flat() { return run >= window; }
}
