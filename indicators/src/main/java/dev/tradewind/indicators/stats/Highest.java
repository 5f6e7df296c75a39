package dev.tradewind.indicators.stats;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RollingExtreme;

/** Highest of the last {@code period} inputs including the current one (TA-Lib MAX); lookback {@code period - 1}. */
public final class Highest implements Indicator {

    private final int period;
    private final RollingExtreme max;

    public Highest(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.max = RollingExtreme.max(period);
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x == x) max.push(x);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return max.full() ? max.value() : Double.NaN; }
    @Override public int lookback() { return period - 1; }
    @Override public boolean ready() { return max.full(); }

    /** Bars since the highest input (0 = the current bar). */
    public int age() { return max.age(); }
}
