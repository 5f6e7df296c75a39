package dev.tradewind.data;

import dev.tradewind.model.BarSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * Bars appended one at a time into chunks, never copied while they grow, then joined into exact-length columns. Each
 * new chunk holds half as many bars as are already stored ({@link #MIN_CHUNK} to {@link #MAX_CHUNK}), so a large file
 * is held in a few large arrays: the garbage collectors place those outside the young generation (G1's humongous
 * regions, the parallel collector's old generation when they exceed half of eden) instead of copying them at every
 * young collection, which cost seconds on 10M bars. A file of N bars peaks at about 56 bytes a bar plus the last
 * chunk's unused part (at most a third of the bars, usually far less), where doubling arrays would peak at 144. With a
 * {@link BarStream}, the chunks are handed to it as they are made and the bars published every {@link #PUBLISH} bars.
 * Given columns to fill once their length is known ({@link Into}: the file's lines counted while the first chunks
 * fill, or a part of columns shared by the halves of a {@link SplitLoad}), the bars move into them at the next chunk's
 * start and fill them: when the count was exact, those are the series' columns, with no join and no second copy of the
 * bars (10M bars: 48 bytes a bar where the join held 96).
 * Not thread-safe.
 */
final class BarChunks {
    static final int MIN_CHUNK = 1 << 16;
    static final int MAX_CHUNK = 1 << 22;
    static final int PUBLISH = 1 << 14;

    /** Bars {@code from} to {@code from + capacity - 1} of columns to fill. */
    record Target(long[] time, double[][] values, int from, int capacity) {
        /** New columns of {@code n} bars, filled from the first. */
        static Target of(int n) { return new Target(new long[n], new double[5][n], 0, n); }
    }

    /** Where the bars go: asked at each new chunk until it answers. */
    interface Into {
        /** The columns to move the {@code stored} bars into, null while unknown, {@link #NONE} for none. */
        Target at(int stored);
    }

    /** An answer of {@link Into}: keep the chunks. */
    static final Target NONE = new Target(null, null, 0, 0);

    private final BarStream stream;
    private final Into into; // null: none
    private boolean placed; // into answered
    private Target target; // the columns taken from into, if any

    private final List<long[]> times = new ArrayList<>();
    private final List<double[][]> values = new ArrayList<>(); // per chunk: open, high, low, close, volume
    private long[] time;
    private double[][] v;
    private int used;
    private int limit;
    private int size;

    BarChunks() { this(null, null); }

    /** Chunks that hand their bars to {@code stream} (or to nobody: null) and move into what {@code into} gives. */
    BarChunks(BarStream stream, Into into) {
        this.stream = stream;
        this.into = into;
    }

    int size() { return size; }

    void add(long t, double o, double h, double l, double c, double vol) {
        if (time == null || used == limit) next();
        long[] tt = time;
        double[][] vv = v;
        int at = used;
        tt[at] = t;
        vv[0][at] = o;
        vv[1][at] = h;
        vv[2][at] = l;
        vv[3][at] = c;
        vv[4][at] = vol;
        used = at + 1;
        size++;
        if ((size & (PUBLISH - 1)) == 0 && stream != null) stream.publish(size);
    }

    /** The length of the chunk that follows {@code stored} bars. */
    static int chunkAfter(int stored) { return Math.clamp(stored / 2, MIN_CHUNK, MAX_CHUNK); }

    /** Whether every bar is in the columns {@link Into} gave (none outgrew them). */
    boolean allPlaced() { return target != null && times.size() == 1 && size <= target.capacity; }

    private void next() {
        if (!placed && into != null && place()) return;
        int n = chunkAfter(size);
        start(new long[n], new double[5][n], 0);
        if (stream != null) stream.chunk(size, time, v);
    }

    /** A new chunk, filled from index {@code from} to its end (the first chunk only, when it is the target's). */
    private void start(long[] t, double[][] vv, int from) {
        times.add(t);
        values.add(vv);
        time = t;
        v = vv;
        used = from;
        limit = end(times.size() - 1);
    }

    /** The first index of chunk {@code k}: the target's part of its columns, or the whole chunk. */
    private int from(int k) { return k == 0 && target != null ? target.from : 0; }

    /** The index after chunk {@code k}'s last. */
    private int end(int k) { return k == 0 && target != null ? target.from + target.capacity : times.get(k).length; }

    /**
     * Moves the bars into the columns {@code into} gives, if it gives some with room for more bars; true if it did.
     * Called when every chunk is full, so they join end to end.
     */
    private boolean place() {
        Target t = into.at(size);
        if (t == null) return false;
        placed = true;
        if (t == NONE || t.capacity <= size) return false; // a count the bars outgrew: the file changed
        join(t.time, t.values, t.from);
        times.clear();
        values.clear();
        target = t;
        start(t.time, t.values, t.from + size);
        if (stream != null) stream.chunk(0, t.time, t.values); // after the chunks it replaces, read first
        return true;
    }

    /**
     * Copies the bars into {@code t} and {@code vv} from index {@code at}, a column at a time, and drops the chunks; a
     * null column of {@code vv} is made when its turn comes, so at most one column's worth is held twice meanwhile.
     */
    private void join(long[] t, double[][] vv, int at) {
        int chunks = times.size();
        int[] from = new int[chunks];
        int[] count = new int[chunks];
        for (int k = 0, left = size; k < chunks; k++) {
            from[k] = from(k);
            count[k] = Math.min(end(k) - from[k], left);
            left -= count[k];
        }
        for (int k = 0, to = at; k < chunks; k++) {
            System.arraycopy(times.get(k), from[k], t, to, count[k]);
            times.set(k, null);
            to += count[k];
        }
        for (int col = 0; col < 5; col++) {
            if (vv[col] == null) vv[col] = new double[at + size];
            for (int k = 0, to = at; k < chunks; k++) {
                System.arraycopy(values.get(k)[col], from[k], vv[col], to, count[k]);
                values.get(k)[col] = null;
                to += count[k];
            }
        }
    }

    /** The bars as a series; this builder is empty afterwards. */
    BarSeries toSeries(String symbol) {
        if (stream != null) stream.publish(size);
        long[] t;
        double[][] columns;
        if (times.size() == 1 && from(0) == 0 && times.get(0).length == size) {
            t = times.get(0); // exactly full: no copy
            columns = values.get(0);
        } else {
            t = new long[size];
            columns = new double[5][];
            join(t, columns, 0);
        }
        times.clear();
        values.clear();
        target = null;
        time = null;
        v = null;
        used = 0;
        limit = 0;
        size = 0;
        return new BarSeries(symbol, t, columns[0], columns[1], columns[2], columns[3], columns[4]);
    }
}
