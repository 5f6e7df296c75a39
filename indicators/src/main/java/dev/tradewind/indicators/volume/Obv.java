package dev.tradewind.indicators.volume;

import dev.tradewind.indicators.Indicator;

/** On-balance volume (TA-Lib OBV, TTR OBV): starts at the first bar's volume, then adds the volume on an up close, subtracts it on a down close. */
public final class Obv implements Indicator {

    private double previousClose = Double.NaN;
    private double value = Double.NaN;

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        if (value != value) {
            value = volume;
        } else if (close > previousClose) {
            value += volume;
        } else if (close < previousClose) {
            value -= volume;
        }
        previousClose = close;
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return 0; }
    @Override public boolean ready() { return value == value; }
}
