package dev.tradewind.indicators.volatility;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;

/**
 * Average true range with Wilder smoothing (TA-Lib ATR, TTR ATR): seeded with the mean of TR over bars
 * {@code 1..period}, then {@code atr = (atr (n - 1) + TR) / n}; lookback {@code period}.
 */
public final class Atr implements Indicator {

    private final int period;
    private final double decay;
    private final double weight;
    private int count;
    private double previousClose;
    private double value = Double.NaN;

    public Atr(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.weight = 1.0 / period;
        this.decay = (period - 1) * weight;
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        double tr = TrueRange.of(high, low, previousClose);
        previousClose = close;
        if (count > period) {
            value = value * decay + tr * weight;
        } else if (count++ == 0) {
            value = 0;
        } else {
            value += tr;
            if (count > period) value *= weight;
        }
    }

    @Override public double value(int output) { return count > period ? value : Double.NaN; }
    @Override public double value() { return value(0); }
    @Override public int lookback() { return period; }
    @Override public boolean ready() { return count > period; }
}
