package dev.tradewind.indicators;

/**
 * One output line of an {@link IndicatorGraph} with its history: one value per bar the graph was updated with,
 * NaN before the line is ready. Storage is preallocated from the graph's capacity hint and grows by half when
 * full; reads allocate nothing except {@link #values()}. Not thread-safe.
 */
public final class Series {

    private final String spec;
    private final int lookback;
    private final History history;
    private final int column;

    Series(String spec, Ref ref, History history) {
        this.spec = spec;
        this.lookback = ref.lookback;
        this.history = history;
        this.column = history.addColumn(ref);
    }

    /** The latest value; NaN before the line is ready or before the first bar. */
    public double get() { return history.get(column, 0); }

    /** The value {@code barsAgo} bars back (0 = latest); NaN beyond the history. */
    public double get(int barsAgo) {
        if (barsAgo < 0) throw new IllegalArgumentException("barsAgo must be >= 0, got " + barsAgo);
        return history.get(column, barsAgo);
    }

    /** Whether the latest value is valid (not NaN). */
    public boolean ready() {
        double v = history.get(column, 0);
        return v == v;
    }

    /** Number of bars recorded. */
    public int length() { return history.length(); }

    /** A copy of the history, oldest first, {@link #length()} values. */
    public double[] values() { return history.column(column); }

    /** Bars before this line is valid when every bar is valid: the indicator's lookback plus its inputs'. */
    public int lookback() { return lookback; }

    /** The canonical spec of this line. */
    public String spec() { return spec; }

    @Override public String toString() { return spec + "=" + get(); }
}
