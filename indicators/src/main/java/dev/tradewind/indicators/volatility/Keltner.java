package dev.tradewind.indicators.volatility;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.average.Ema;
import dev.tradewind.indicators.util.Check;

/**
 * Keltner channels (TradingView defaults): {@code middle = EMA(close, n)}, {@code upper/lower = middle +/- mult
 * ATR(atrPeriod)} with Wilder's ATR. Outputs {@code middle} (lookback {@code n - 1}), {@code upper} and
 * {@code lower} (lookback {@code max(n - 1, atrPeriod)}).
 */
public final class Keltner implements Indicator {

    private final Ema middle;
    private final Atr atr;
    private final double multiplier;

    public Keltner(int period, double multiplier, int atrPeriod) {
        this.middle = new Ema(period);
        this.atr = new Atr(atrPeriod);
        this.multiplier = Check.nonNegative("multiplier", multiplier);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        middle.update(close);
        atr.update(time, open, high, low, close, volume, input);
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
        return switch (output) {
            case 0 -> middle.value();
            case 1 -> middle.value() + multiplier * atr.value();
            default -> middle.value() - multiplier * atr.value();
        };
    }

    @Override public int lookback() { return Math.max(middle.lookback(), atr.lookback()); }
    @Override public int lookback(int output) { return output == 0 ? middle.lookback() : lookback(); }
    @Override public boolean ready() { return middle.ready() && atr.ready(); }
}
