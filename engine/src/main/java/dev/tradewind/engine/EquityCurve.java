package dev.tradewind.engine;

import java.util.Arrays;

/**
 * Per-bar account state at each close: time, equity, cash, position size and (futures only) the initial margin in use,
 * in growable primitive columns. When the bar times are known ahead (a backtest over stored bars) the time column is
 * theirs, not a copy.
 */
final class EquityCurve {
    private final long[] knownTimes;
    private long[] time;
    private double[] equity;
    private double[] cash;
    private double[] position;
    private double[] margin;
    private int size;

    EquityCurve(int capacity) { this(capacity, null); }

    /** A curve whose {@code i}-th point is at {@code knownTimes[i]} (checked), or null when the times are not known. */
    EquityCurve(int capacity, long[] knownTimes) { this(capacity, knownTimes, false); }

    /** The same, with a margin column when {@code withMargin} (a futures run). */
    EquityCurve(int capacity, long[] knownTimes, boolean withMargin) {
        this.knownTimes = knownTimes;
        int c = knownTimes != null ? Math.max(1, knownTimes.length) : Math.max(1, capacity);
        time = knownTimes != null ? knownTimes : new long[c];
        equity = new double[c];
        cash = new double[c];
        position = new double[c];
        margin = withMargin ? new double[c] : null;
    }

    void add(long t, double eq, double c, double pos) { add(t, eq, c, pos, 0); }

    void add(long t, double eq, double c, double pos, double marginUsed) {
        if (knownTimes != null) {
            if (size >= knownTimes.length || knownTimes[size] != t) throw new IllegalStateException("bar " + size + " is not at the known time");
            equity[size] = eq;
            cash[size] = c;
            position[size] = pos;
            if (margin != null) margin[size] = marginUsed;
            size++;
            return;
        }
        if (size == time.length) {
            int n = size * 2;
            time = Arrays.copyOf(time, n);
            equity = Arrays.copyOf(equity, n);
            cash = Arrays.copyOf(cash, n);
            position = Arrays.copyOf(position, n);
            if (margin != null) margin = Arrays.copyOf(margin, n);
        }
        time[size] = t;
        equity[size] = eq;
        cash[size] = c;
        position[size] = pos;
        if (margin != null) margin[size] = marginUsed;
        size++;
    }

    // The columns themselves when they are exactly full (a backtest preallocates the bar count), else trimmed copies.
    long[] time() { return size == time.length ? time : Arrays.copyOf(time, size); }
    double[] equity() { return size == equity.length ? equity : Arrays.copyOf(equity, size); }
    double[] cash() { return size == cash.length ? cash : Arrays.copyOf(cash, size); }
    double[] position() { return size == position.length ? position : Arrays.copyOf(position, size); }
    /** The margin column, or null when the curve has none (spot). */
    double[] margin() { return margin == null ? null : size == margin.length ? margin : Arrays.copyOf(margin, size); }
}
