package dev.tradewind.indicators.trend;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.volatility.Atr;

/**
 * SuperTrend (TradingView's rule) on {@code hl2 +/- mult ATR(n)} with Wilder's ATR. The upper band only moves
 * down while the close stays below it, the lower band only up while the close stays above it; the trend turns
 * up when the close rises above the upper band and down when it falls below the lower band. The first value
 * is a downtrend, as TradingView. Outputs {@code value} (the lower band in an uptrend, the upper band in a
 * downtrend) and {@code dir} (+1 up, -1 down). Lookback {@code n}.
 */
public final class SuperTrend implements Indicator {

    private final Atr atr;
    private final double multiplier;
    private double upper = Double.NaN;
    private double lower = Double.NaN;
    private double previousClose;
    private int direction;

    public SuperTrend(int period, double multiplier) {
        this.atr = new Atr(period);
        this.multiplier = Check.positive("multiplier", multiplier);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        atr.update(time, open, high, low, close, volume, input);
        if (atr.ready()) {
            double middle = (high + low) / 2;
            double width = multiplier * atr.value();
            double basicUpper = middle + width;
            double basicLower = middle - width;
            if (direction == 0) {
                upper = basicUpper;
                lower = basicLower;
                direction = -1;
            } else {
                upper = basicUpper < upper || previousClose > upper ? basicUpper : upper;
                lower = basicLower > lower || previousClose < lower ? basicLower : lower;
                direction = direction < 0 ? (close > upper ? 1 : -1) : (close < lower ? -1 : 1);
            }
        }
        previousClose = close;
    }

    @Override public int outputs() { return 2; }
    @Override public String outputName(int output) { return output == 0 ? "value" : "dir"; }

    @Override
    public double value(int output) {
        if (direction == 0) return Double.NaN;
        return output == 0 ? (direction > 0 ? lower : upper) : direction;
    }

    @Override public int lookback() { return atr.lookback(); }
    @Override public boolean ready() { return direction != 0; }
}
