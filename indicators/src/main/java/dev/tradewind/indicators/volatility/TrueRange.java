package dev.tradewind.indicators.volatility;

import dev.tradewind.indicators.Indicator;

/** True range {@code max(H, C[-1]) - min(L, C[-1])} (TA-Lib TRANGE); undefined on the first bar, lookback 1. */
public final class TrueRange implements Indicator {

    private double previousClose = Double.NaN;
    private double value = Double.NaN;

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        if (previousClose == previousClose) value = of(high, low, previousClose);
        previousClose = close;
    }

    /** The true range of a bar given the previous close. */
    public static double of(double high, double low, double previousClose) {
        return Math.max(high, previousClose) - Math.min(low, previousClose);
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return 1; }
    @Override public boolean ready() { return value == value; }
}
