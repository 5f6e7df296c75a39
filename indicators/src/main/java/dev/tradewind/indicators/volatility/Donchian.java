package dev.tradewind.indicators.volatility;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RollingExtreme;

/**
 * Donchian channels over {@code period} bars including the current one: {@code upper} highest high,
 * {@code lower} lowest low, {@code middle} their mean. Outputs {@code middle, upper, lower}; lookback
 * {@code period - 1}.
 */
public final class Donchian implements Indicator {

    private final int period;
    private final RollingExtreme highest;
    private final RollingExtreme lowest;

    public Donchian(int period) {
        this.period = Check.atLeast("period", period, 1);
        highest = RollingExtreme.max(period);
        lowest = RollingExtreme.min(period);
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
            case 0 -> "middle";
            case 1 -> "upper";
            default -> "lower";
        };
    }

    @Override
    public double value(int output) {
        if (!highest.full()) return Double.NaN;
        return switch (output) {
            case 0 -> (highest.value() + lowest.value()) / 2;
            case 1 -> highest.value();
            default -> lowest.value();
        };
    }

    @Override public int lookback() { return period - 1; }
    @Override public boolean ready() { return highest.full(); }
}
