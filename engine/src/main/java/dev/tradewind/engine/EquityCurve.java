package dev.tradewind.engine;

import java.util.Arrays;

/** Per-bar account state at each close: time, equity, cash and position size, in growable primitive columns. */
final class EquityCurve {
    private long[] time;
    private double[] equity;
    private double[] cash;
    private double[] position;
    private int size;

    EquityCurve(int capacity) {
        int c = Math.max(1, capacity);
        time = new long[c];
        equity = new double[c];
        cash = new double[c];
        position = new double[c];
    }

    void add(long t, double eq, double c, double pos) {
        if (size == time.length) {
            int n = size * 2;
            time = Arrays.copyOf(time, n);
            equity = Arrays.copyOf(equity, n);
            cash = Arrays.copyOf(cash, n);
            position = Arrays.copyOf(position, n);
        }
        time[size] = t;
        equity[size] = eq;
        cash[size] = c;
        position[size] = pos;
        size++;
    }

    // The columns themselves when they are exactly full (a backtest preallocates the bar count), else trimmed copies.
    long[] time() { return size == time.length ? time : Arrays.copyOf(time, size); }
    double[] equity() { return size == equity.length ? equity : Arrays.copyOf(equity, size); }
    double[] cash() { return size == cash.length ? cash : Arrays.copyOf(cash, size); }
    double[] position() { return size == position.length ? position : Arrays.copyOf(position, size); }
}
