package dev.tradewind.indicators.stats;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RollingExtreme;

/** Lowest of the last {@code period} inputs including the current one (TA-Lib MIN); lookback {@code period - 1}. */
public final class Lowest implements Indicator {

    private final int period;
    private final RollingExtreme min;

    public Lowest(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.min = RollingExtreme.min(period);
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x == x) min.push(x);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return min.full() ? min.value() : Double.NaN; }
    @Override public int lookback() { return period - 1; }
    @Override public boolean ready() { return min.full(); }

    /** Bars since the lowest input (0 = the current bar). */
    public int age() { return min.age(); }
}
