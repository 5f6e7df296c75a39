package dev.tradewind.indicators.average;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.CompensatedSum;

/** Linearly weighted moving average, weights {@code period..1} from the newest input (TA-Lib WMA). */
public final class Wma implements Indicator {

    private final int period;
    private final double divisor;
    private final double[] window;
    private final CompensatedSum sum = new CompensatedSum();
    private final CompensatedSum weighted = new CompensatedSum();
    private int next;
    private int count;
    private double value = Double.NaN;

    public Wma(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.divisor = period * (period + 1) / 2.0;
        this.window = new double[period];
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        double old = window[next];
        window[next] = x;
        if (++next == period) next = 0;
        if (count == period) {
            weighted.add(period * x);
            weighted.add(-sum.value());
            sum.add(x);
            sum.add(-old);
        } else {
            weighted.add(++count * x);
            sum.add(x);
            if (count < period) return;
        }
        value = weighted.value() / divisor;
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
