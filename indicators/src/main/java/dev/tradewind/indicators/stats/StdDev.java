package dev.tradewind.indicators.stats;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RollingStats;

/** Population standard deviation of the last {@code period} inputs (divide by n, as TA-Lib STDDEV); lookback {@code period - 1}. */
public final class StdDev implements Indicator {

    private final int period;
    private final RollingStats stats;
    private double value = Double.NaN;

    public StdDev(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.stats = new RollingStats(period);
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        stats.push(x);
        if (stats.full()) value = stats.stdDev();
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return period - 1; }
    @Override public boolean ready() { return stats.full(); }
}
