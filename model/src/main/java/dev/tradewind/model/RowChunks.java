package dev.tradewind.model;

import java.util.Arrays;

/**
 * Rows of a fixed number of longs in chunks of 1,024 rows (the first chunk starts small and grows fourfold up to that),
 * so a log that grows never copies what it holds: the storage of {@link FillLog}, {@link TradeLog} and
 * {@link SignalLog}. Row {@code i} is {@code chunk(i)[offset(i) .. offset(i) + fields)}. A row may also have
 * {@code extras} more longs, in a column a chunk gets only when one of its rows asks for them ({@link #extra}): the
 * fields most rows need not keep, because they can be read elsewhere. Not thread-safe.
 */
final class RowChunks {
    static final int BITS = 10;
    private static final int MASK = (1 << BITS) - 1;
    private final int fields;
    private final int extras;
    private long[][] rows = new long[4][];
    private long[][] extra = new long[4][];
    private int capacity;

    RowChunks(int fields) { this(fields, 0); }

    RowChunks(int fields, int extras) {
        this.fields = fields;
        this.extras = extras;
    }

    /** Makes room for row {@code row} if it has none; rows are added in order, so {@code row} is at most the capacity. */
    void reserve(int row) {
        if (row < capacity) return;
        int c = row >>> BITS;
        if (c == rows.length) {
            rows = Arrays.copyOf(rows, c * 2);
            extra = Arrays.copyOf(extra, c * 2);
        }
        int n = EventLog.chunkLength(rows[c] == null ? -1 : rows[c].length / fields, c);
        rows[c] = rows[c] == null ? new long[n * fields] : Arrays.copyOf(rows[c], n * fields);
        if (extra[c] != null) extra[c] = Arrays.copyOf(extra[c], n * extras);
        capacity = c * (1 << BITS) + n;
    }

    /** The chunk holding row {@code row}. */
    long[] chunk(int row) { return rows[row >>> BITS]; }

    /** Where row {@code row} starts in its chunk. */
    int offset(int row) { return (row & MASK) * fields; }

    /** The extra column of row {@code row}'s chunk, made if it has none yet (the row must be reserved). */
    long[] extra(int row) {
        int c = row >>> BITS;
        if (extra[c] == null) extra[c] = new long[rows[c].length / fields * extras];
        return extra[c];
    }

    /** Where row {@code row}'s extra longs start in its chunk's extra column. */
    int extraOffset(int row) { return (row & MASK) * extras; }
}
