package dev.tradewind.model;

/**
 * A line of values with its history, one per bar, newest last: what {@code ctx.indicator(spec)} hands a strategy.
 * Values are NaN before the line is ready. Reads allocate nothing except {@link #values()}. Not thread-safe.
 */
public interface Series {

    /** The latest value; NaN before the line is ready or before the first bar. */
    double get();

    /** The value {@code barsAgo} bars back (0 = latest); NaN beyond the history; throws if {@code barsAgo < 0}. */
    double get(int barsAgo);

    /** Whether the latest value is valid (not NaN). */
    default boolean ready() {
        double v = get();
        return v == v;
    }

    /** Number of bars recorded. */
    int length();

    /** A copy of the history, oldest first, {@link #length()} values. */
    double[] values();

    /** Bars before this line is valid when every bar is valid: the indicator's lookback plus its inputs'. */
    int lookback();

    /** The canonical spec of this line, e.g. {@code ema(close,20)}. */
    String spec();
}
