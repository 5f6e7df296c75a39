package dev.tradewind.data;

import dev.tradewind.model.BarSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Bars appended one at a time into chunks, never copied while they grow, then joined into exact-length columns. Each
 * new chunk holds half as many bars as are already stored ({@link #MIN_CHUNK} to {@link #MAX_CHUNK}), so a large file
 * is held in a few large arrays: the garbage collectors place those outside the young generation (G1's humongous
 * regions, the parallel collector's old generation when they exceed half of eden) instead of copying them at every
 * young collection, which cost seconds on 10M bars. A file of N bars peaks at about 56 bytes a bar plus the last
 * chunk's unused part (at most a third of the bars, usually far less), where doubling arrays would peak at 144. With a
 * {@link BarStream}, the chunks are handed to it as they are made and the bars published every {@link #PUBLISH} bars.
 * Given the most bars the load can hold (from a {@link LineCount} that finishes while the first chunks fill), the bars
 * move at the next chunk's start into columns of that length and fill them: when the count was exact, those are the
 * series' columns, with no join and no second copy of the bars (10M bars: 48 bytes a bar where the join held 96).
 * Not thread-safe.
 */
final class BarChunks {
    static final int MIN_CHUNK = 1 << 16;
    static final int MAX_CHUNK = 1 << 22;
    static final int PUBLISH = 1 << 14;

    private final BarStream stream;
    private final LongSupplier most; // the most bars the load can hold, or -1 while unknown; null: none will come
    private boolean sized;

    private final List<long[]> times = new ArrayList<>();
    private final List<double[][]> values = new ArrayList<>(); // per chunk: open, high, low, close, volume
    private long[] time;
    private double[][] v;
    private int used;
    private int size;

    BarChunks() { this(null, null); }

    /**
     * Chunks that hand their bars to {@code stream} (or to nobody: null) and move into columns of the length
     * {@code most} gives once it gives one (-1 until then; null for never).
     */
    BarChunks(BarStream stream, LongSupplier most) {
        this.stream = stream;
        this.most = most;
    }

    int size() { return size; }

    void add(long t, double o, double h, double l, double c, double vol) {
        if (time == null || used == time.length) next();
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

    private void next() {
        if (!sized && most != null && resize()) return;
        int n = chunkAfter(size);
        time = new long[n];
        v = new double[5][n];
        times.add(time);
        values.add(v);
        used = 0;
        if (stream != null) stream.chunk(size, time, v);
    }

    /**
     * Moves the bars into columns of the length {@code most} gives, if it gives one with room for more bars; true if
     * it did. Called when every chunk is full, so they join end to end.
     */
    private boolean resize() {
        long n = most.getAsLong();
        if (n < 0) return false;
        sized = true;
        if (n <= size || n > Integer.MAX_VALUE - 8) return false; // a count the bars outgrew: the file changed
        long[] t = new long[(int) n];
        double[][] vv = new double[5][(int) n];
        for (int k = 0, at = 0; k < times.size(); k++) {
            System.arraycopy(times.get(k), 0, t, at, times.get(k).length);
            for (int col = 0; col < 5; col++) System.arraycopy(values.get(k)[col], 0, vv[col], at, times.get(k).length);
            at += times.get(k).length;
        }
        times.clear();
        values.clear();
        times.add(t);
        values.add(vv);
        time = t;
        v = vv;
        used = size;
        if (stream != null) stream.chunk(0, t, vv); // after the chunks it replaces, which the stream still reads first
        return true;
    }

    /** The bars as a series; this builder is empty afterwards. */
    BarSeries toSeries(String symbol) {
        if (stream != null) stream.publish(size);
        long[] t;
        if (times.size() == 1 && times.get(0).length == size) {
            t = times.get(0); // exactly full: no copy
        } else {
            t = new long[size];
            for (int k = 0, at = 0; k < times.size(); k++) {
                long[] chunk = times.get(k);
                System.arraycopy(chunk, 0, t, at, Math.min(chunk.length, size - at));
                at += chunk.length;
                times.set(k, null);
            }
        }
        double[][] columns = new double[5][];
        for (int col = 0; col < 5; col++) {
            if (values.size() == 1 && values.get(0)[col].length == size) {
                columns[col] = values.get(0)[col];
                continue;
            }
            double[] out = new double[size];
            for (int k = 0, at = 0; k < values.size(); k++) {
                double[] chunk = values.get(k)[col];
                System.arraycopy(chunk, 0, out, at, Math.min(chunk.length, size - at));
                at += chunk.length;
                values.get(k)[col] = null; // released as soon as copied: one column's worth extra at a time
            }
            columns[col] = out;
        }
        times.clear();
        values.clear();
        time = null;
        v = null;
        used = 0;
        size = 0;
        return new BarSeries(symbol, t, columns[0], columns[1], columns[2], columns[3], columns[4]);
    }
}
