package dev.tradewind.indicators;

import java.util.Arrays;

/**
 * One output line of an {@link IndicatorGraph} with its history: one value per bar the graph was updated with,
 * NaN before the line is ready. Storage starts at the graph's capacity hint and grows by half when full; reads
 * allocate nothing except {@link #values()}. Not thread-safe.
 */
public final class Series {

    private final String spec;
    private final Ref ref;
    private double[] history;
    private int length;

    Series(String spec, Ref ref, int capacity) {
        this.spec = spec;
        this.ref = ref;
        this.history = new double[Math.max(capacity, 1)];
    }

    void record(double open, double high, double low, double close, double volume) {
        if (length == history.length) history = Arrays.copyOf(history, length + (length >> 1) + 1);
        history[length++] = ref.read(open, high, low, close, volume);
    }

    /** The latest value; NaN before the line is ready or before the first bar. */
    public double get() { return length == 0 ? Double.NaN : history[length - 1]; }

    /** The value {@code barsAgo} bars back (0 = latest); NaN beyond the history. */
    public double get(int barsAgo) {
        if (barsAgo < 0) throw new IllegalArgumentException("barsAgo must be >= 0, got " + barsAgo);
        return barsAgo < length ? history[length - 1 - barsAgo] : Double.NaN;
    }

    /** Whether the latest value is valid (not NaN). */
    public boolean ready() { return length > 0 && history[length - 1] == history[length - 1]; }

    /** Number of bars recorded. */
    public int length() { return length; }

    /** A copy of the history, oldest first, {@link #length()} values. */
    public double[] values() { return Arrays.copyOf(history, length); }

    /** Bars before this line is valid when every bar is valid: the indicator's lookback plus its inputs'. */
    public int lookback() { return ref.lookback; }

    /** The canonical spec of this line. */
    public String spec() { return spec; }

    @Override public String toString() { return spec + "=" + get(); }
}
