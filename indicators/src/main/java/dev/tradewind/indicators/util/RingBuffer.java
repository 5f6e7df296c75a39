package dev.tradewind.indicators.util;

import java.util.Arrays;

/** The last {@code capacity} doubles pushed; O(1) push and indexed read, no allocation after construction. */
public final class RingBuffer {

    private final double[] data;
    private int next;
    private int size;

    public RingBuffer(int capacity) {
        data = new double[Check.atLeast("capacity", capacity, 1)];
        Arrays.fill(data, Double.NaN);
    }

    /** Pushes {@code x}; returns the value it evicts, or NaN while the buffer is not full. */
    public double push(double x) {
        double evicted = data[next];
        data[next] = x;
        if (++next == data.length) next = 0;
        if (size < data.length) size++;
        return evicted;
    }

    /** The value pushed {@code barsAgo} pushes ago (0 = latest); NaN if not held. */
    public double get(int barsAgo) {
        if (barsAgo < 0 || barsAgo >= size) return Double.NaN;
        int i = next - 1 - barsAgo;
        return data[i < 0 ? i + data.length : i];
    }

    /** Number of values held. */
    public int size() { return size; }

    /** Whether {@link #size()} equals the capacity. */
    public boolean full() { return size == data.length; }

    public int capacity() { return data.length; }
}
