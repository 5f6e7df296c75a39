package dev.tradewind.indicators.trend;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;

/**
 * Wilder's parabolic stop and reverse. The first trend is short if bar 1 has a positive -DM (as TA-Lib SAR),
 * else long, starting from bar 0's low (high if short). Each bar the stop moves {@code af (ep - sar)} toward the
 * extreme point; {@code af} starts at {@code step} and grows by {@code step} at each new extreme, up to
 * {@code max}; a long stop never rises above the lows of the last two bars (mirror for short). When a bar
 * reaches the stop the trend reverses and the stop becomes the extreme point. Outputs {@code value} (the stop
 * for the current bar: at or below the low when long, at or above the high when short) and {@code dir}
 * (+1 long, -1 short). Lookback 1.
 */
public final class ParabolicSar implements Indicator {

    private final double step;
    private final double max;
    private int count;
    private boolean longTrend;
    private double sar;
    private double ep;
    private double af;
    private double previousHigh;
    private double previousLow;
    private double value = Double.NaN;

    public ParabolicSar(double step, double max) {
        this.step = Check.positive("step", step);
        this.max = Check.positive("max", max);
        if (max < step) throw new IllegalArgumentException("max must be >= step, got step " + step + ", max " + max);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        if (count == 0) {
            count = 1;
        } else {
            if (count == 1) start(high, low);
            next(high, low);
        }
        previousHigh = high;
        previousLow = low;
    }

    private void start(double high, double low) {
        count = 2;
        double up = high - previousHigh;
        double down = previousLow - low;
        longTrend = !(down > 0 && down > up);
        sar = longTrend ? previousLow : previousHigh;
        ep = longTrend ? high : low;
        af = step;
    }

    private void next(double high, double low) {
        if (longTrend) {
            if (low <= sar) {
                reverse(Math.max(ep, Math.max(previousHigh, high)), low);
                sar = Math.max(sar, Math.max(previousHigh, high));
                return;
            }
            value = sar;
            if (high > ep) {
                ep = high;
                af = Math.min(af + step, max);
            }
            sar = Math.min(sar + af * (ep - sar), Math.min(previousLow, low));
        } else {
            if (high >= sar) {
                reverse(Math.min(ep, Math.min(previousLow, low)), high);
                sar = Math.min(sar, Math.min(previousLow, low));
                return;
            }
            value = sar;
            if (low < ep) {
                ep = low;
                af = Math.min(af + step, max);
            }
            sar = Math.max(sar + af * (ep - sar), Math.max(previousHigh, high));
        }
    }

    private void reverse(double stop, double extreme) {
        longTrend = !longTrend;
        value = stop;
        ep = extreme;
        af = step;
        sar = stop + af * (ep - stop);
    }

    @Override public int outputs() { return 2; }
    @Override public String outputName(int output) { return output == 0 ? "value" : "dir"; }

    @Override
    public double value(int output) {
        if (value != value) return Double.NaN;
        return output == 0 ? value : longTrend ? 1 : -1;
    }

    @Override public int lookback() { return 1; }
    @Override public boolean ready() { return value == value; }
}
