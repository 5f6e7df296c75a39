package dev.tradewind.indicators;

import java.util.Arrays;

/**
 * One output line of an {@link IndicatorGraph} with its history: one value per bar the graph was updated with,
 * NaN before the line is ready. Storage is preallocated from the graph's capacity hint and grows by half when
 * full; reads allocate nothing except {@link #values()}. Not thread-safe.
 */
public final class Series {

    private final String spec;
    private final int lookback;
    private final Line line;
    private final IndicatorGraph graph;

    Series(String spec, Line line, IndicatorGraph graph) {
        this.spec = spec;
        this.lookback = line.lookback;
        this.line = line;
        this.graph = graph;
    }

    /** The latest value; NaN before the line is ready or before the first bar. */
    public double get() {
        int n = graph.length;
        return n > 0 ? line.values[n - 1] : Double.NaN;
    }

    /** The value {@code barsAgo} bars back (0 = latest); NaN beyond the history. */
    public double get(int barsAgo) {
        if (barsAgo < 0) throw new IllegalArgumentException("barsAgo must be >= 0, got " + barsAgo);
        int n = graph.length;
        return barsAgo < n ? line.values[n - 1 - barsAgo] : Double.NaN;
    }

    /** Whether the latest value is valid (not NaN). */
    public boolean ready() {
        double v = get();
        return v == v;
    }

    /** Number of bars recorded. */
    public int length() { return graph.length; }

    /** A copy of the history, oldest first, {@link #length()} values. */
    public double[] values() {
        int n = graph.length;
        return n == 0 ? new double[0] : Arrays.copyOf(line.values, n);
    }

    /** Bars before this line is valid when every bar is valid: the indicator's lookback plus its inputs'. */
    public int lookback() { return lookback; }

    /** The canonical spec of this line. */
    public String spec() { return spec; }

    @Override public String toString() { return spec + "=" + get(); }
}
