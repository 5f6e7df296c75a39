package dev.tradewind.model;

import java.util.Arrays;

/**
 * A bar series stored as primitive columns. Times are the bar open times in epoch nanoseconds (UTC),
 * strictly increasing. Loaders validate the data; this class only checks that the columns agree in length.
 */
public final class BarSeries {
    private final String symbol;
    private final long[] time;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private volatile long barLength = -1; // computed once, on first use

    /** Wraps the given columns (not copied); all must have the same length. */
    public BarSeries(String symbol, long[] time, double[] open, double[] high, double[] low, double[] close,
            double[] volume) {
        int n = time.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("columns differ in length");
        }
        this.symbol = symbol;
        this.time = time;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    public String symbol() { return symbol; }
    public int size() { return time.length; }
    public long[] time() { return time; }
    public double[] open() { return open; }
    public double[] high() { return high; }
    public double[] low() { return low; }
    public double[] close() { return close; }
    public double[] volume() { return volume; }

    /**
     * The bar length: the smallest gap between consecutive bar times (0 for fewer than two bars). Computed once per
     * series, so the many runs of a sweep over the same bars do not scan their times again.
     */
    public long barLength() {
        long length = barLength;
        if (length < 0) {
            long min = Long.MAX_VALUE;
            for (int i = 1; i < time.length; i++) min = Math.min(min, time[i] - time[i - 1]);
            barLength = length = min == Long.MAX_VALUE ? 0 : min;
        }
        return length;
    }

    /** The bars with {@code from <= time < to}, copied. */
    public BarSeries slice(long from, long to) {
        int a = lowerBound(from);
        int b = lowerBound(to);
        return new BarSeries(symbol, Arrays.copyOfRange(time, a, b), Arrays.copyOfRange(open, a, b),
                Arrays.copyOfRange(high, a, b), Arrays.copyOfRange(low, a, b), Arrays.copyOfRange(close, a, b),
                Arrays.copyOfRange(volume, a, b));
    }

    private int lowerBound(long t) {
        int i = Arrays.binarySearch(time, t);
        return i >= 0 ? i : -i - 1;
    }
}
