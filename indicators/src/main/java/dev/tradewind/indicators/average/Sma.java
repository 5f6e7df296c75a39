package dev.tradewind.indicators.average;

import dev.tradewind.indicators.LineIndicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.CompensatedSum;

/** Simple moving average of the last {@code period} inputs (TA-Lib SMA); lookback {@code period - 1}. */
public final class Sma implements LineIndicator {

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
    public void updateLine(double[] in, int inBase, double[] out, int outBase, int from, int to) {
        double[] win = window;
        int p = period;
        int nx = next;
        int n = count;
        double v = value;
        double total = sum.sum();
        double comp = sum.compensation();
        for (int g = from; g < to; g++) {
            double x = in[g - inBase];
            if (x == x) {
                double old = win[nx];
                win[nx] = x;
                if (++nx == p) nx = 0;
                double t = total + x;
                comp += Math.abs(total) >= Math.abs(x) ? (total - t) + x : (x - t) + total;
                total = t;
                boolean full = true;
                if (n == p) {
                    t = total - old;
                    comp += Math.abs(total) >= Math.abs(old) ? (total - t) - old : (-old - t) + total;
                    total = t;
                } else if (++n < p) {
                    full = false;
                }
                if (full) v = (total + comp) / p;
            }
            out[g - outBase] = v;
        }
        next = nx;
        count = n;
        value = v;
        sum.set(total, comp);
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
