package dev.tradewind.indicators.average;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.CompensatedSum;

/** Simple moving average of the last {@code period} inputs (TA-Lib SMA); lookback {@code period - 1}. */
public final class Sma implements Indicator {

    private final int period;
    private final double[] window;
    private final CompensatedSum sum = new CompensatedSum();
    private int next;
    private int count;
    private double value = Double.NaN;

    public Sma(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.window = new double[period];
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        double old = window[next];
        window[next] = x;
        if (++next == period) next = 0;
        sum.add(x);
        if (count == period) {
            sum.add(-old);
        } else if (++count < period) {
            return;
        }
        value = sum.value() / period;
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return value; }
    @Override public double value() { return value; }
    @Override public int lookback() { return period - 1; }
    @Override public boolean ready() { return count == period; }
}
