package dev.tradewind.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A run's order events in the order they happened, kept as primitive columns and read as {@link OrderEvent}s made on
 * each {@link #get}: acceptances and fills, nearly all of a backtest's events, take one int (a kind and an index) where
 * each was an object and a reference. An acceptance at the time its order was sent keeps the order id and reads the
 * time from the run's {@link OrderTable}; the n-th fill event keeps n, the index of the n-th {@link Fill} of the run's
 * fill list (as a run adds them: the fill, then its event), and reads the order id and time from that fill. What a fill
 * left working is kept only where a fill left something (a column for the chunk made by its first such fill): 4 bytes
 * an event where a kind, an order id and a time took 13 more, 68 -> 16 bytes a round trip. Every other event is kept as
 * it is. The columns are chunks of 1,024 rows (the first one starts at 16 and grows fourfold up to that), so a long log
 * never copies what it holds. Append-only; not thread-safe.
 */
public final class EventLog extends AbstractList<OrderEvent> implements RandomAccess {
    // a row is one int: the kind (bits 30-31) and the order id, the fill's index or the index in others (0-29)
    private static final int ACCEPTED = 0;
    private static final int FILLED = 1;
    private static final int OTHER = 2;
    private static final int KIND_SHIFT = 30;
    private static final int REF = (1 << KIND_SHIFT) - 1;
    private static final int BITS = 10;
    private static final int CHUNK = 1 << BITS;
    private static final int MASK = CHUNK - 1;
    private static final int FIRST = 16;

    private final List<Fill> fills;
    private final OrderTable orders;
    private final List<OrderEvent> others = new ArrayList<>();
    private int[][] rows = new int[4][];
    private int size;
    private int capacity;
    private double[][] remaining = new double[4][]; // by fill; a chunk only once a fill of it left something working
    private int fillRows;

    /**
     * A log whose fill events refer to {@code fills} (the run's list, which the log reads but never changes) and whose
     * acceptances read their orders' times from {@code orders} (the run's table, which has each order before its
     * events).
     */
    public EventLog(List<Fill> fills, OrderTable orders) {
        this.fills = fills;
        this.orders = orders;
    }

    /** Appends {@code new OrderEvent.Accepted(orderId, time)}. */
    public void accepted(long orderId, long time) {
        if (orderId > REF || !orders.has(orderId) || orders.sentTime(orderId) != time) {
            other(new OrderEvent.Accepted(orderId, time));
            return;
        }
        row(ACCEPTED, (int) orderId);
    }

    /** Appends {@code new OrderEvent.Filled(orderId, time, fills.get(fill), remaining)}; the fill is in the list already. */
    public void filled(long orderId, long time, int fill, double remaining) {
        boolean inStep = fill == fillRows; // the next fill: fills and their events come in step, as a run adds them
        if (inStep) fillRows++;
        if (!inStep || fill > REF || !ofFill(fill, orderId, time)) { // kept as it is
            other(new OrderEvent.Filled(orderId, time, fills.get(fill), remaining));
            return;
        }
        int r = fill;
        if (Double.doubleToRawLongBits(remaining) != 0) { // not 0.0: the chunk's column, made on its first such fill
            int c = r >>> BITS;
            if (c >= this.remaining.length) this.remaining = Arrays.copyOf(this.remaining, Math.max(c + 1, 2 * this.remaining.length));
            if (this.remaining[c] == null) this.remaining[c] = new double[CHUNK];
            this.remaining[c][r & MASK] = remaining;
        }
        row(FILLED, r);
    }

    /** Whether fill {@code fill} is of order {@code orderId} at {@code time}, as its event is. */
    private boolean ofFill(int fill, long orderId, long time) {
        if (fills instanceof FillLog log) return log.orderId(fill) == orderId && log.time(fill) == time;
        Fill f = fills.get(fill);
        return f.orderId() == orderId && f.time() == time;
    }

    /** Appends any event (a fill event as it is: {@link #filled} keeps it in columns). */
    @Override
    public boolean add(OrderEvent e) {
        if (e instanceof OrderEvent.Accepted a) accepted(a.orderId(), a.time());
        else other(e);
        return true;
    }

    private void other(OrderEvent e) {
        if (others.size() > REF) throw new IllegalStateException("more than " + REF + " events kept whole");
        others.add(e);
        row(OTHER, others.size() - 1);
    }

    private void row(int k, int r) {
        if (size == capacity) {
            int c = size >>> BITS;
            if (c == rows.length) rows = Arrays.copyOf(rows, c * 2);
            int n = chunkLength(rows[c] == null ? -1 : rows[c].length, c);
            rows[c] = rows[c] == null ? new int[n] : Arrays.copyOf(rows[c], n);
            capacity = c * CHUNK + n;
        }
        rows[size >>> BITS][size & MASK] = k << KIND_SHIFT | r;
        size++;
        modCount++;
    }

    /**
     * The length of chunk {@code c} when it grows from {@code length} (-1: not there yet); {@link SignalLog}'s and
     * {@link RowChunks}' too. The first chunk grows fourfold, not twofold: fewer copies of it while a run is young (the
     * order flow of a 1M-bar crossover run 538.2 -> 527.4 B per round trip, of a 100k-bar one 687.7 -> 585.6, with the
     * order table and {@link Steps} alike; the same bytes per run without orders).
     */
    static int chunkLength(int length, int c) {
        if (length < 0) return c == 0 ? FIRST : CHUNK;
        return Math.min(CHUNK, length * 4);
    }

    @Override
    public OrderEvent get(int index) {
        Objects.checkIndex(index, size);
        int row = rows[index >>> BITS][index & MASK];
        int r = row & REF;
        return switch (row >>> KIND_SHIFT) {
            case ACCEPTED -> new OrderEvent.Accepted(r, orders.sentTime(r));
            case FILLED -> {
                double[] left = r >>> BITS < remaining.length ? remaining[r >>> BITS] : null;
                Fill f = fills.get(r);
                yield new OrderEvent.Filled(f.orderId(), f.time(), f, left == null ? 0.0 : left[r & MASK]);
            }
            default -> others.get(r);
        };
    }

    @Override public int size() { return size; }
}
