package dev.tradewind.data;

import dev.tradewind.model.BarSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * Bars appended one at a time into fixed chunks, never copied while they grow, then joined into exact-length columns.
 * A file of N bars peaks at about 56 bytes a bar (the chunks, then each final column while its chunks are released)
 * where doubling arrays would peak at 144. Not thread-safe.
 */
final class BarChunks {
    private static final int CHUNK = 1 << 16;

    private final List<long[]> times = new ArrayList<>();
    private final List<double[][]> values = new ArrayList<>(); // per chunk: open, high, low, close, volume
    private long[] time;
    private double[][] v;
    private int used = CHUNK;
    private int size;

    int size() { return size; }

    void add(long t, double o, double h, double l, double c, double vol) {
        if (used == CHUNK) {
            time = new long[CHUNK];
            v = new double[5][CHUNK];
            times.add(time);
            values.add(v);
            used = 0;
        }
        time[used] = t;
        v[0][used] = o;
        v[1][used] = h;
        v[2][used] = l;
        v[3][used] = c;
        v[4][used] = vol;
        used++;
        size++;
    }

    /** The bars as a series; this builder is empty afterwards. */
    BarSeries toSeries(String symbol) {
        long[] t = new long[size];
        for (int k = 0, at = 0; k < times.size(); k++, at += CHUNK) {
            System.arraycopy(times.get(k), 0, t, at, Math.min(CHUNK, size - at));
            times.set(k, null);
        }
        double[][] columns = new double[5][];
        for (int col = 0; col < 5; col++) {
            double[] out = new double[size];
            for (int k = 0, at = 0; k < values.size(); k++, at += CHUNK) {
                System.arraycopy(values.get(k)[col], 0, out, at, Math.min(CHUNK, size - at));
                values.get(k)[col] = null;
            }
            columns[col] = out;
        }
        times.clear();
        values.clear();
        time = null;
        v = null;
        used = CHUNK;
        size = 0;
        return new BarSeries(symbol, t, columns[0], columns[1], columns[2], columns[3], columns[4]);
    }
}
