package dev.tradewind.model;

import java.util.Arrays;

/**
 * Growable primitive bar columns: appended one bar at a time, doubled when full, trimmed into a {@link BarSeries}
 * at the end. The raw arrays are valid up to {@link #size()} and are replaced when they grow. Not thread-safe.
 */
public final class BarColumns {
    private long[] time;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private int size;

    public BarColumns(int capacity) {
        int c = Math.max(16, capacity);
        time = new long[c];
        open = new double[c];
        high = new double[c];
        low = new double[c];
        close = new double[c];
        volume = new double[c];
    }

    public int size() { return size; }

    public long[] time() { return time; }
    public double[] open() { return open; }
    public double[] high() { return high; }
    public double[] low() { return low; }
    public double[] close() { return close; }
    public double[] volume() { return volume; }

    public void add(long t, double o, double h, double l, double c, double v) {
        if (size == time.length) grow();
        time[size] = t;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        size++;
    }

    /** Appends bar {@code i} of {@code s}. */
    public void add(BarSeries s, int i) {
        add(s.time()[i], s.open()[i], s.high()[i], s.low()[i], s.close()[i], s.volume()[i]);
    }

    /** The bars so far as a series (copied). */
    public BarSeries toSeries(String symbol) {
        return new BarSeries(symbol, Arrays.copyOf(time, size), Arrays.copyOf(open, size), Arrays.copyOf(high, size),
                Arrays.copyOf(low, size), Arrays.copyOf(close, size), Arrays.copyOf(volume, size));
    }

    private void grow() {
        int c = time.length * 2;
        time = Arrays.copyOf(time, c);
        open = Arrays.copyOf(open, c);
        high = Arrays.copyOf(high, c);
        low = Arrays.copyOf(low, c);
        close = Arrays.copyOf(close, c);
        volume = Arrays.copyOf(volume, c);
    }
}
