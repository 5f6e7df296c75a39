package dev.tradewind.indicators.trend;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RingBuffer;
import dev.tradewind.indicators.util.RollingExtreme;

/**
 * Ichimoku kinko hyo without look-ahead. {@code tenkan} and {@code kijun}: midpoints of the high-low range over
 * {@code tenkan} and {@code kijun} bars; {@code leada = (tenkan + kijun) / 2} and {@code leadb} (the midpoint
 * over {@code senkou} bars) are the cloud lines computed now, drawn {@code displacement - 1} bars ahead as
 * TradingView does; {@code spana} and {@code spanb} are the cloud under the current bar, i.e. the lead lines of
 * {@code displacement - 1} bars ago. The lagging span is the close drawn back, so it is not an output.
 * Defaults 9, 26, 52, 26.
 */
public final class Ichimoku implements Indicator {

    private final Midpoint tenkan;
    private final Midpoint kijun;
    private final Midpoint senkou;
    private final RingBuffer leadA;
    private final RingBuffer leadB;
    private final int shift;

    public Ichimoku(int tenkan, int kijun, int senkou, int displacement) {
        this.tenkan = new Midpoint(tenkan);
        this.kijun = new Midpoint(kijun);
        this.senkou = new Midpoint(senkou);
        this.shift = Check.atLeast("displacement", displacement, 1) - 1;
        this.leadA = new RingBuffer(displacement);
        this.leadB = new RingBuffer(displacement);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        tenkan.push(high, low);
        kijun.push(high, low);
        senkou.push(high, low);
        leadA.push((tenkan.value() + kijun.value()) / 2);
        leadB.push(senkou.value());
    }

    @Override public int outputs() { return 6; }

    @Override
    public String outputName(int output) {
        return switch (output) {
            case 0 -> "tenkan";
            case 1 -> "kijun";
            case 2 -> "spana";
            case 3 -> "spanb";
            case 4 -> "leada";
            default -> "leadb";
        };
    }

    @Override
    public double value(int output) {
        return switch (output) {
            case 0 -> tenkan.value();
            case 1 -> kijun.value();
            case 2 -> leadA.get(shift);
            case 3 -> leadB.get(shift);
            case 4 -> leadA.get(0);
            default -> leadB.get(0);
        };
    }

    @Override public int lookback() { return Math.max(lookback(2), lookback(3)); }

    @Override
    public int lookback(int output) {
        int a = Math.max(tenkan.period - 1, kijun.period - 1);
        return switch (output) {
            case 0 -> tenkan.period - 1;
            case 1 -> kijun.period - 1;
            case 2 -> a + shift;
            case 3 -> senkou.period - 1 + shift;
            case 4 -> a;
            default -> senkou.period - 1;
        };
    }

    @Override public boolean ready() { return value(2) == value(2) && value(3) == value(3); }

    private static final class Midpoint {
        final int period;
        final RollingExtreme highest;
        final RollingExtreme lowest;

        Midpoint(int period) {
            this.period = Check.atLeast("period", period, 1);
            this.highest = RollingExtreme.max(period);
            this.lowest = RollingExtreme.min(period);
        }

        void push(double high, double low) {
            highest.push(high);
            lowest.push(low);
        }

        double value() { return highest.full() ? (highest.value() + lowest.value()) / 2 : Double.NaN; }
    }
}
