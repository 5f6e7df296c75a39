package dev.tradewind.model;

import java.util.Arrays;

/**
 * Per-bar account state at each close: time, equity, cash, position size and (futures only) the initial margin in use
 * (a run's curve, and a sink's copy of one streamed to it). Time and equity are growable primitive columns; cash,
 * position and margin change only at fills and settlements and are kept as {@link Steps}. When the bar times are known
 * ahead (a backtest over stored bars) the time column is theirs, not a copy.
 */
public final class EquityCurve {
    private final long[] knownTimes;
    private long[] time;
    private double[] equity;
    private final Steps cash = new Steps();
    private final Steps position = new Steps();
    private final Steps margin;
    private double[][] spare = new double[0][];
    private int size;
    private Reader reader;
    private int read; // points handed to the reader

    /**
     * Reads a curve's points once they are final, in order, a stretch at a time, while they are still in the cache: a
     * sweep's trial computes its drawdowns as the run writes its curve instead of in a pass over it afterwards.
     */
    public interface Reader {
        /** Points {@code [from, to)}, final; the arguments are the curve's columns (read only). */
        void points(long[] time, double[] equity, Steps position, int from, int to);

        /**
         * The same for points that all have the equity {@code value} ({@link #constant}): a reader may settle them from
         * it alone. By default it reads them as any others.
         */
        default void constant(long[] time, double[] equity, Steps position, int from, int to, double value) {
            points(time, equity, position, from, to);
        }
    }

    /** Points written but not yet read are handed over at least this often while a run adds them one at a time. */
    private static final int READ_EVERY = 4096;

    public EquityCurve(int capacity) { this(capacity, null); }

    /** A curve whose {@code i}-th point is at {@code knownTimes[i]} (checked), or null when the times are not known. */
    public EquityCurve(int capacity, long[] knownTimes) { this(capacity, knownTimes, false); }

    /** The same, with a margin column when {@code withMargin} (a futures run). */
    public EquityCurve(int capacity, long[] knownTimes, boolean withMargin) {
        this.knownTimes = knownTimes;
        int c = knownTimes != null ? Math.max(1, knownTimes.length) : Math.max(1, capacity);
        time = knownTimes != null ? knownTimes : new long[c];
        equity = new double[c];
        margin = withMargin ? new Steps() : null;
    }

    /**
     * Empties the curve to be written again from its first point, keeping its columns (no allocation, no zeroing: a
     * curve of known times is overwritten point by point). Arrays handed out before are overwritten by the next run.
     */
    public void clear() {
        size = 0;
        read = 0;
        cash.clear();
        position.clear();
        if (margin != null) margin.clear();
    }

    /**
     * Hands every point of this curve to {@code reader} once it is final: the points written before the next
     * {@link #appendKnown}, every 4,096 {@link #add}s, and the rest at {@link #flush}. Null stops it. The
     * points already written are not handed over (set it before a run, after {@link #clear}).
     */
    public void readBy(Reader reader) {
        this.reader = reader;
        read = size;
    }

    /** Hands the points written since the last hand-over to the reader, if any (a run has ended). */
    public void flush() {
        if (reader != null && read < size) {
            int from = read;
            read = size;
            reader.points(time, equity, position, from, size);
        }
    }

    /**
     * The {@code k}-th spare column of this curve's length, kept with the curve from run to run for a run's other
     * per-bar values (its indicator lines), so a run into a reused curve allocates and zeroes none. Its values are
     * whatever the last run into this curve left there: the caller writes every point before reading it.
     */
    public double[] spare(int k) {
        if (k >= spare.length) spare = Arrays.copyOf(spare, k + 1);
        if (spare[k] == null || spare[k].length < equity.length) spare[k] = new double[equity.length];
        return spare[k];
    }

    /** Whether this curve can take a run over {@code times}: its times are exactly those, and a margin column iff asked. */
    public boolean fits(long[] times, boolean withMargin) { return knownTimes == times && (margin != null) == withMargin; }

    public void add(long t, double eq, double c, double pos) { add(t, eq, c, pos, 0); }

    // the rare paths live in methods of their own: add runs every bar and is inlined into the engine's bar loop
    private IllegalStateException notKnown() { return new IllegalStateException("bar " + size + " is not at the known time"); }

    private void grow() {
        int n = size * 2;
        time = Arrays.copyOf(time, n);
        equity = Arrays.copyOf(equity, n);
    }

    public void add(long t, double eq, double c, double pos, double marginUsed) {
        if (knownTimes != null) {
            if (size >= knownTimes.length || knownTimes[size] != t) throw notKnown();
        } else {
            if (size == time.length) grow();
            time[size] = t;
        }
        equity[size] = eq;
        cash.add(c);
        position.add(pos);
        if (margin != null) margin.add(marginUsed);
        size++;
        if (reader != null && size - read >= READ_EVERY) flush();
    }

    /**
     * Appends the points at {@code times[from..to)}, which must be this curve's known times from its next point on, with
     * one cash, position and margin for all, and returns the equity column: the caller writes point {@code i}'s equity
     * at index {@code i} (a stretch of bars on which only the mark moved).
     */
    public double[] appendKnown(long[] times, int from, int to, double c, double pos, double marginUsed) {
        if (times != knownTimes || from != size || to > knownTimes.length) throw notKnown();
        flush(); // the points before are final
        cash.fill(to - from, c);
        position.fill(to - from, pos);
        if (margin != null) margin.fill(to - from, marginUsed);
        size = to;
        return equity;
    }

    /**
     * The points just appended by {@link #appendKnown} ({@code [from, to)}, written) all have the equity {@code value}
     * (a stretch out of the market): they go to the reader now, saying so.
     */
    public void constant(int from, int to, double value) {
        if (reader == null) return;
        if (from != read || to != size) throw new IllegalStateException("points " + from + ".." + to + " are not the last appended");
        read = size;
        reader.constant(time, equity, position, from, to, value);
    }

    // The columns themselves when they are exactly full (a backtest preallocates the bar count), else trimmed copies.
    public long[] time() { return size == time.length ? time : Arrays.copyOf(time, size); }
    public double[] equity() { return size == equity.length ? equity : Arrays.copyOf(equity, size); }
    /** The cash column: the curve's own (written on by its next points). */
    public Steps cash() { return cash; }
    /** The position column: the curve's own (written on by its next points). */
    public Steps position() { return position; }
    /** The margin column, or null when the curve has none (spot); the curve's own. */
    public Steps margin() { return margin; }
}
