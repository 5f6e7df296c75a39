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
    // Once the window is full and the inputs come in consecutive blocks of one column with no NaN, the input leaving the
    // window is read from the column itself, period bars back, instead of from the ring (a store and a load less per input
    // and average): the ring is then out of date, the last period inputs being source[sourceTo - period - sourceBase,
    // sourceTo - sourceBase), and it is written back from there when an input comes from elsewhere. Null otherwise.
    // So a column's values before a block are read again: a caller that rewrites them between blocks passes another
    // array or base (the indicator graph's scratch input has base = from, which never takes this path), and an output
    // written over its own input (out == in) takes the ring's path.
    private double[] source;
    private int sourceBase;
    private int sourceTo;

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
        if (from < to && out != in && readsFrom(in, inBase, from)) from = passFull(in, inBase, out, outBase, from, to);
        if (from >= to) return;
        restoreWindow();
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
                comp += rounding(total, x, old);
                total += x - old;
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
        if (from < to && out != in && otherOut != in && readsFrom(in, inBase, from) && other.readsFrom(in, inBase, from)) {
            from = passBothFull(other, in, inBase, out, outBase, otherOut, otherBase, from, to);
        }
        if (from >= to) return;
        restoreWindow();
        other.restoreWindow();
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
                comp += rounding(total, x, old);
                total += x - old;
                if (n < p) n++;
                if (n == p) v = (total + comp) / p;
                double old2 = n2 == p2 ? win2[nx2] : 0;
                win2[nx2] = x;
                if (++nx2 == p2) nx2 = 0;
                comp2 += rounding(total2, x, old2);
                total2 += x - old2;
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

    /**
     * Whether the last {@code period} inputs, the window, are {@code in[from - period - inBase, from - inBase)} bit for
     * bit, so that a block from {@code from} may read the inputs leaving the window from {@code in}: it continues the
     * block before it, or the ring holds those values. False while the window is not full.
     */
    private boolean readsFrom(double[] in, int inBase, int from) {
        if (count < period) return false;
        if (source != null) {
            if (source == in && sourceBase == inBase && sourceTo == from) return true;
            restoreWindow();
        }
        int start = from - period - inBase;
        if (start < 0 || from - inBase > in.length) return false;
        for (int k = 0, slot = next; k < period; k++) {
            if (Double.doubleToRawLongBits(window[slot]) != Double.doubleToRawLongBits(in[start + k])) return false;
            if (++slot == period) slot = 0;
        }
        return true;
    }

    /** Writes the ring back from the column the last inputs were read from (oldest first), if it is out of date. */
    private void restoreWindow() {
        if (source == null) return;
        System.arraycopy(source, sourceTo - period - sourceBase, window, 0, period);
        next = 0;
        source = null;
    }

    /**
     * The loop of {@link #updateLine} with a full window whose inputs are {@code in}'s ({@link #readsFrom}): the same
     * arithmetic, the input leaving the window read {@code period} bars back. It stops at the first NaN input; returns
     * the bar it stopped at ({@code to} when none).
     */
    private int passFull(double[] in, int inBase, double[] out, int outBase, int from, int to) {
        int p = period;
        double total = sum;
        double comp = compensation;
        double v = value;
        int g = from;
        for (; g < to; g++) {
            double x = in[g - inBase];
            if (x != x) break;
            double old = in[g - p - inBase];
            comp += rounding(total, x, old);
            total += x - old;
            v = (total + comp) / p;
            out[g - outBase] = v;
        }
        sum = total;
        compensation = comp;
        value = v;
        readFrom(in, inBase, g);
        return g;
    }

    /** {@link #passFull} of this and {@code other} in one loop ({@link #updateBoth}); returns the bar it stopped at. */
    private int passBothFull(Sma other, double[] in, int inBase, double[] out, int outBase, double[] otherOut, int otherBase,
            int from, int to) {
        int p = period;
        double total = sum;
        double comp = compensation;
        double v = value;
        int p2 = other.period;
        double total2 = other.sum;
        double comp2 = other.compensation;
        double v2 = other.value;
        int g = from;
        for (; g < to; g++) {
            double x = in[g - inBase];
            if (x != x) break;
            double old = in[g - p - inBase];
            comp += rounding(total, x, old);
            total += x - old;
            v = (total + comp) / p;
            double old2 = in[g - p2 - inBase];
            comp2 += rounding(total2, x, old2);
            total2 += x - old2;
            v2 = (total2 + comp2) / p2;
            out[g - outBase] = v;
            otherOut[g - otherBase] = v2;
        }
        sum = total;
        compensation = comp;
        value = v;
        other.sum = total2;
        other.compensation = comp2;
        other.value = v2;
        readFrom(in, inBase, g);
        other.readFrom(in, inBase, g);
        return g;
    }

    /**
     * What the running sum {@code total} loses to rounding when it moves by {@code x - old} ({@code total + (x - old)}),
     * which the compensation gains: {@code x - old} exactly as {@code d + e} (two-sum), then {@code total + d} with its
     * rounding (Neumaier).
     */
    private static double rounding(double total, double x, double old) {
        double d = x - old;
        double bv = d - x;
        double e = (x - (d - bv)) + (-old - bv);
        double t = total + d;
        return (Math.abs(total) >= Math.abs(d) ? (total - t) + d : (d - t) + total) + e;
    }

    private void readFrom(double[] in, int inBase, int to) {
        source = in;
        sourceBase = inBase;
        sourceTo = to;
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
