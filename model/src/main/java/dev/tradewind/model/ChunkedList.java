package dev.tradewind.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list that only grows at its end, in chunks of 1,024 elements (the first one starts at 16 and doubles up to that), so
 * adding never copies what it holds, unlike {@link java.util.ArrayList}'s growth: what a run collects (events, fills,
 * trades) as it goes. {@link #set} and removal are unsupported. Not thread-safe.
 */
public final class ChunkedList<T> extends AbstractList<T> implements RandomAccess {
    private static final int BITS = 10;
    private static final int CHUNK = 1 << BITS;
    private static final int MASK = CHUNK - 1;
    private static final int FIRST = 16;

    private Object[][] chunks = new Object[4][];
    private int size;
    private int capacity;

    @Override
    public boolean add(T e) {
        if (size == capacity) grow();
        chunks[size >>> BITS][size & MASK] = e;
        size++;
        modCount++;
        return true;
    }

    private void grow() {
        int c = size >>> BITS;
        if (c == chunks.length) chunks = Arrays.copyOf(chunks, c * 2);
        int n = chunks[c] == null ? (c == 0 ? FIRST : CHUNK) : Math.min(CHUNK, chunks[c].length * 2);
        chunks[c] = chunks[c] == null ? new Object[n] : Arrays.copyOf(chunks[c], n);
        capacity = c * CHUNK + n;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int i) {
        Objects.checkIndex(i, size);
        return (T) chunks[i >>> BITS][i & MASK];
    }

    @Override public int size() { return size; }

    @Override
    public Object[] toArray() {
        Object[] out = new Object[size];
        for (int at = 0, c = 0; at < size; at += CHUNK, c++) System.arraycopy(chunks[c], 0, out, at, Math.min(CHUNK, size - at));
        return out;
    }
}
