package dev.tradewind.indicators.momentum;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RollingExtreme;

/** Williams %R {@code -100 (HH - C) / (HH - LL)} over {@code period} bars (TA-Lib WILLR; 0 when flat); -100..0. */
public final class WilliamsR implements Indicator {

    private final int period;
    private final RollingExtreme highest;
    private final RollingExtreme lowest;
    private double value = Double.NaN;

    public WilliamsR(int period) {
        this.period = Check.atLeast("period", period, 1);
        highest = RollingExtreme.max(period);
        lowest = RollingExtreme.min(period);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        highest.push(high);
        lowest.push(low);
        if (!highest.full()) return;
        double hh = highest.value();
        double range = hh - lowest.value();
        value = range != 0 ? -100 * (hh - close) / range : 0;
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return period - 1; }
    @Override public boolean ready() { return highest.full(); }
}
