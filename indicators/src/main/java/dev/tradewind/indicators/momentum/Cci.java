package dev.tradewind.indicators.momentum;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.CompensatedSum;

/**
 * Commodity channel index on the typical price {@code (H + L + C) / 3} (TA-Lib CCI, TTR CCI):
 * {@code (TP - SMA) / (0.015 MAD)}, MAD the mean absolute deviation around the current SMA; 0 when MAD is 0 or the window is flat.
 * Lookback {@code period - 1}. The only indicator here that is O(period) per bar: a deviation around a moving
 * mean has no O(1) update, so each bar loops over the window (no allocation).
 */
public final class Cci implements Indicator {

    private final int period;
    private final double[] window;
    private final CompensatedSum sum = new CompensatedSum();
    private int next;
    private int count;
    private int run;
    private double value = Double.NaN;

    public Cci(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.window = new double[period];
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        double tp = (high + low + close) / 3;
        run = count > 0 && tp == window[next == 0 ? period - 1 : next - 1] ? run + 1 : 1;
        if (count == period) sum.add(-window[next]); else count++;
        window[next] = tp;
        if (++next == period) next = 0;
        sum.add(tp);
        if (count < period) return;
        if (run >= period) {
            value = 0;
            return;
        }
        double mean = sum.value() / period;
        double deviation = 0;
        for (double x : window) deviation += Math.abs(x - mean);
        deviation /= period;
        value = deviation != 0 ? (tp - mean) / (0.015 * deviation) : 0;
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return period - 1; }
    @Override public boolean ready() { return count == period; }
}
