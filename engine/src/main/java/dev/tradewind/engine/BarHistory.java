package dev.tradewind.engine;

import dev.tradewind.strategy.Bars;
import java.util.Arrays;

/** The bars a strategy has seen, appended one per bar into preallocated columns that double when full. */
final class BarHistory implements Bars {
    private long[] time;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private int size;

    BarHistory(int capacity) {
        int c = Math.max(16, capacity);
        time = new long[c];
        open = new double[c];
        high = new double[c];
        low = new double[c];
        close = new double[c];
        volume = new double[c];
    }

    void append(long t, double o, double h, double l, double c, double v) {
        if (size == time.length) grow();
        time[size] = t;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        size++;
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

    @Override public int size() { return size; }
    @Override public long[] time() { return time; }
    @Override public double[] open() { return open; }
    @Override public double[] high() { return high; }
    @Override public double[] low() { return low; }
    @Override public double[] close() { return close; }
    @Override public double[] volume() { return volume; }
}
