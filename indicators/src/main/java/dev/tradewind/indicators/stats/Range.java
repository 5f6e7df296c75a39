package dev.tradewind.indicators.stats;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RollingExtreme;

/** Range of the last {@code period} bars: highest high minus lowest low, current bar included; lookback {@code period - 1}. */
public final class Range implements Indicator {

    private final int period;
    private final RollingExtreme highest;
    private final RollingExtreme lowest;

    public Range(int period) {
        this.period = Check.atLeast("period", period, 1);
        highest = RollingExtreme.max(period);
        lowest = RollingExtreme.min(period);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        highest.push(high);
        lowest.push(low);
    }

    @Override public double value(int output) { return highest.full() ? highest.value() - lowest.value() : Double.NaN; }
    @Override public int lookback() { return period - 1; }
    @Override public boolean ready() { return highest.full(); }
}
