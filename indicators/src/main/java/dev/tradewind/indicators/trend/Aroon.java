package dev.tradewind.indicators.trend;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RollingExtreme;

/**
 * Aroon over {@code n + 1} bars (TA-Lib AROON): {@code up = 100 (n - bars since the highest high) / n},
 * {@code down} likewise with the lowest low (the most recent of equal extremes, as TA-Lib), {@code osc = up - down}.
 * Outputs {@code up, down, osc}; lookback {@code n}.
 */
public final class Aroon implements Indicator {

    private final int period;
    private final RollingExtreme highest;
    private final RollingExtreme lowest;

    public Aroon(int period) {
        this.period = Check.atLeast("period", period, 1);
        highest = RollingExtreme.max(period + 1);
        lowest = RollingExtreme.min(period + 1);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        highest.push(high);
        lowest.push(low);
    }

    @Override public int outputs() { return 3; }

    @Override
    public String outputName(int output) {
        return switch (output) {
            case 0 -> "up";
            case 1 -> "down";
            default -> "osc";
        };
    }

    @Override
    public double value(int output) {
        if (!highest.full()) return Double.NaN;
        double up = 100.0 * (period - highest.age()) / period;
        double down = 100.0 * (period - lowest.age()) / period;
        return switch (output) {
            case 0 -> up;
            case 1 -> down;
            default -> up - down;
        };
    }

    @Override public int lookback() { return period; }
    @Override public boolean ready() { return highest.full(); }
}
