package dev.tradewind.indicators;

/**
 * A streaming indicator: one {@link #update} per bar, O(1) work, primitive doubles, no allocation.
 * Values are NaN until the indicator is ready. Single-input indicators (SMA, EMA, RSI...) read {@code input};
 * bar indicators (ATR, stochastic, OBV...) read the OHLCV fields and ignore it. A single-input indicator
 * ignores an update whose input is NaN (its values stay as they were), so chained indicators start where
 * their input becomes valid, as TA-Lib chains them.
 *
 * <p>Not thread-safe: one instance belongs to one run.
 */
public interface Indicator {

    /** Feeds one bar. {@code time} is the bar open time in epoch nanoseconds. */
    void update(long time, double open, double high, double low, double close, double volume, double input);

    /** Number of output lines (1 for SMA, 3 for MACD...). */
    default int outputs() { return 1; }

    /** Name of an output line, e.g. {@code "signal"}; the only line of a one-output indicator is {@code "value"}. */
    default String outputName(int output) { return "value"; }

    /** Current value of an output line; NaN until that line is valid (see {@link #lookback(int)}). */
    double value(int output);

    /** Current value of the first output line. */
    default double value() { return value(0); }

    /**
     * Number of leading updates that produce no value when the input is valid from the first update
     * (TA-Lib's lookback): 19 for SMA(20), 14 for RSI(14).
     */
    int lookback();

    /**
     * Lookback of one output line. An output can be valid before the indicator is {@link #ready()}
     * (MACD's line before its signal, TTR style); TA-Lib aligns all outputs to {@link #lookback()}.
     */
    default int lookback(int output) { return lookback(); }

    /** Whether every output line is valid. */
    boolean ready();
}
