package dev.tradewind.indicators;

import java.util.Arrays;

/**
 * The recorded values of every series of a graph, one row per bar, rows contiguous: a bar is one sequential
 * write, not one write per series into as many arrays (which defeats the prefetcher with 50+ series).
 * Allocated at the first bar with the capacity hint, then grows by half when full.
 */
final class History {

    private final int capacity;
    private Ref[] columns = new Ref[0];
    private double[] data;
    private int length;

    History(int capacity) { this.capacity = capacity; }

    int addColumn(Ref ref) {
        columns = Arrays.copyOf(columns, columns.length + 1);
        columns[columns.length - 1] = ref;
        return columns.length - 1;
    }

    void record(double open, double high, double low, double close, double volume) {
        Ref[] refs = columns;
        int width = refs.length;
        if (width == 0) {
            length++;
            return;
        }
        if (data == null) data = new double[Math.max(capacity, 1) * width];
        int base = length * width;
        if (base + width > data.length) data = Arrays.copyOf(data, (length + (length >> 1) + 1) * width);
        double[] d = data;
        for (int j = 0; j < width; j++) d[base + j] = refs[j].read(open, high, low, close, volume);
        length++;
    }

    int length() { return length; }

    double get(int column, int barsAgo) {
        return barsAgo < length ? data[(length - 1 - barsAgo) * columns.length + column] : Double.NaN;
    }

    double[] column(int column) {
        double[] out = new double[length];
        int width = columns.length;
        for (int i = 0; i < length; i++) out[i] = data[i * width + column];
        return out;
    }
}
