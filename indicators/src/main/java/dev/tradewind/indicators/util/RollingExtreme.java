package dev.tradewind.indicators.util;

/**
 * Maximum (or minimum) of the last {@code window} values, with how many pushes ago it was seen; a monotonic
 * deque in primitive arrays, amortized O(1) per push. Among equal extremes the most recent wins (TA-Lib).
 */
public final class RollingExtreme {

    private final int window;
    private final double sign;
    private final double[] values;
    private final long[] seqs;
    private int front;
    private int size;
    private long seq;

    private RollingExtreme(int window, double sign) {
        this.window = Check.atLeast("window", window, 1);
        this.sign = sign;
        this.values = new double[window + 1];
        this.seqs = new long[window + 1];
    }

    /** Rolling maximum. */
    public static RollingExtreme max(int window) { return new RollingExtreme(window, 1); }

    /** Rolling minimum. */
    public static RollingExtreme min(int window) { return new RollingExtreme(window, -1); }

    /** Pushes {@code x} (not NaN). */
    public void push(double x) {
        double v = sign * x;
        while (size > 0 && values[index(front + size - 1)] <= v) size--;
        int back = index(front + size);
        values[back] = v;
        seqs[back] = seq;
        size++;
        if (seq - seqs[front] >= window) {
            front = index(front + 1);
            size--;
        }
        seq++;
    }

    /** The extreme of the last {@code window} pushes (or of all pushes, if fewer); NaN before the first push. */
    public double value() { return seq == 0 ? Double.NaN : sign * values[front]; }

    /** How many pushes ago the extreme was pushed (0 = the latest push). */
    public int age() { return (int) (seq - 1 - seqs[front]); }

    /** Whether {@code window} values have been pushed. */
    public boolean full() { return seq >= window; }

    private int index(int i) { return i >= values.length ? i - values.length : i; }
}
