package dev.tradewind.indicators.average;

import dev.tradewind.indicators.LineIndicator;
import dev.tradewind.indicators.util.Check;

/**
 * Simple moving average of the last {@code period} inputs (TA-Lib SMA); lookback {@code period - 1}. A running sum
 * moved by {@code x - old} each input, with the rounding of both the difference and the sum carried in a
 * compensation term (Knuth two-sum, Neumaier), so it does not drift over millions of inputs and a flat window
 * leaves the sum exactly unchanged (two averages of the same flat prices stay equal, with no spurious crosses).
 */
public final class Sma implements LineIndicator {

    private final int period;
    private final double[] window;
    private final double[] one = new double[1];
    private double sum;
    private double compensation;
    private int next;
    private int count;
    private double value = Double.NaN;

    public Sma(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.window = new double[period];
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        one[0] = x;
        updateLine(one, 0, one, 0, 0, 1);
    }

    @Override
    public void updateLine(double[] in, int inBase, double[] out, int outBase, int from, int to) {
        double[] win = window;
        int p = period;
        int nx = next;
        int n = count;
        double total = sum;
        double comp = compensation;
        double v = value;
        for (int g = from; g < to; g++) {
            double x = in[g - inBase];
            if (x == x) {
                double old = n == p ? win[nx] : 0;
                win[nx] = x;
                if (++nx == p) nx = 0;
                // d = x - old exactly as d + e (two-sum), then total + d with its rounding into comp
                double d = x - old;
                double bv = d - x;
                double e = (x - (d - bv)) + (-old - bv);
                double t = total + d;
                comp += (Math.abs(total) >= Math.abs(d) ? (total - t) + d : (d - t) + total) + e;
                total = t;
                if (n < p) n++;
                if (n == p) v = (total + comp) / p;
            }
            out[g - outBase] = v;
        }
        next = nx;
        count = n;
        sum = total;
        compensation = comp;
        value = v;
    }

    /**
     * {@link #updateLine} of this and {@code other} over the same input in one pass: the two running sums are
     * independent chains of additions, so a core adds them side by side where two passes wait on each addition in turn.
     * Each average gets exactly the values its own pass would give.
     */
    public void updateBoth(Sma other, double[] in, int inBase, double[] out, int outBase, double[] otherOut, int otherBase,
            int from, int to) {
        double[] win = window;
        int p = period;
        int nx = next;
        int n = count;
        double total = sum;
        double comp = compensation;
        double v = value;
        double[] win2 = other.window;
        int p2 = other.period;
        int nx2 = other.next;
        int n2 = other.count;
        double total2 = other.sum;
        double comp2 = other.compensation;
        double v2 = other.value;
        for (int g = from; g < to; g++) {
            double x = in[g - inBase];
            if (x == x) {
                double old = n == p ? win[nx] : 0;
                win[nx] = x;
                if (++nx == p) nx = 0;
                double d = x - old;
                double bv = d - x;
                double e = (x - (d - bv)) + (-old - bv);
                double t = total + d;
                comp += (Math.abs(total) >= Math.abs(d) ? (total - t) + d : (d - t) + total) + e;
                total = t;
                if (n < p) n++;
                if (n == p) v = (total + comp) / p;
                double old2 = n2 == p2 ? win2[nx2] : 0;
                win2[nx2] = x;
                if (++nx2 == p2) nx2 = 0;
                double d2 = x - old2;
                double bv2 = d2 - x;
                double e2 = (x - (d2 - bv2)) + (-old2 - bv2);
                double t2 = total2 + d2;
                comp2 += (Math.abs(total2) >= Math.abs(d2) ? (total2 - t2) + d2 : (d2 - t2) + total2) + e2;
                total2 = t2;
                if (n2 < p2) n2++;
                if (n2 == p2) v2 = (total2 + comp2) / p2;
            }
            out[g - outBase] = v;
            otherOut[g - otherBase] = v2;
        }
        next = nx;
        count = n;
        sum = total;
        compensation = comp;
        value = v;
        other.next = nx2;
        other.count = n2;
        other.sum = total2;
        other.compensation = comp2;
        other.value = v2;
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
