package dev.tradewind.indicators.volatility;

import dev.tradewind.indicators.Indicator;

/** Normalized ATR {@code 100 ATR / C} (TA-Lib NATR; 0 when C is 0); lookback {@code period}. */
public final class Natr implements Indicator {

    private final Atr atr;
    private double value = Double.NaN;

    public Natr(int period) { atr = new Atr(period); }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        atr.update(time, open, high, low, close, volume, input);
        if (atr.ready()) value = close != 0 ? 100 * atr.value() / close : 0;
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return atr.lookback(); }
    @Override public boolean ready() { return atr.ready(); }
}
