package dev.tradewind.model;


import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Every order of a run by id, with its status kept through the one transition table in {@link OrderStatus}. The
 * state of order {@code id} is at index {@code id - 1} of parallel columns, so the records at the end of a run are
 * read in sequence rather than from objects scattered over the run's heap. The columns are chunks of 1,024 rows (the
 * first one starts smaller and grows to that), so a growing table never copies what it holds. Kept by a run, and by a
 * sink that rebuilds the same records from the streamed orders and events.
 */
public final class OrderTable {
    private static final int BITS = 10;
    private static final int CHUNK = 1 << BITS;
    private static final int MASK = CHUNK - 1;
    private static final int FIRST = 64;

    private Order[][] orders = new Order[4][];
    private OrderStatus[][] status = new OrderStatus[4][];
    private double[][] filled = new double[4][];
    private double[][] avgPrice = new double[4][];
    private long[][] updated = new long[4][];
    private String[][] reason = new String[4][];
    private int size;
    private int capacity;
    /** A {@link #records} view reads the columns: they are copied before the table changes. */
    private boolean shared;
    /** Indexes of the working orders, in the order they opened. */
    private int[] open = new int[8];
    private int openCount;

    /** Registers a new order; ids must be assigned 1, 2, 3... */
    public void add(Order o) {
        if (o.id() != size + 1) throw new IllegalStateException("order ids out of sequence: " + o.id());
        if (shared) unshare();
        if (size == capacity) grow();
        int c = size >>> BITS;
        int k = size & MASK;
        orders[c][k] = o;
        status[c][k] = OrderStatus.NEW;
        updated[c][k] = o.time();
        reason[c][k] = "";
        size++;
    }

    /** Room for one more row: the first chunk doubles up to a full one, then a new chunk is added. */
    private void grow() {
        int c = size >>> BITS;
        if (c == orders.length) {
            int n = c * 2;
            orders = Arrays.copyOf(orders, n);
            status = Arrays.copyOf(status, n);
            filled = Arrays.copyOf(filled, n);
            avgPrice = Arrays.copyOf(avgPrice, n);
            updated = Arrays.copyOf(updated, n);
            reason = Arrays.copyOf(reason, n);
        }
        if (orders[c] == null) {
            int n = c == 0 ? FIRST : CHUNK;
            orders[c] = new Order[n];
            status[c] = new OrderStatus[n];
            filled[c] = new double[n];
            avgPrice[c] = new double[n];
            updated[c] = new long[n];
            reason[c] = new String[n];
            capacity = c * CHUNK + n;
        } else {
            int n = Math.min(CHUNK, orders[c].length * 2);
            resizeChunk(c, n);
            capacity = c * CHUNK + n;
        }
    }

    private void resizeChunk(int c, int n) {
        orders[c] = Arrays.copyOf(orders[c], n);
        status[c] = Arrays.copyOf(status[c], n);
        filled[c] = Arrays.copyOf(filled[c], n);
        avgPrice[c] = Arrays.copyOf(avgPrice[c], n);
        updated[c] = Arrays.copyOf(updated[c], n);
        reason[c] = Arrays.copyOf(reason[c], n);
    }

    /** Gives the table its own columns, leaving the old ones to the {@link #records} views that read them. */
    private void unshare() {
        orders = orders.clone();
        status = status.clone();
        filled = filled.clone();
        avgPrice = avgPrice.clone();
        updated = updated.clone();
        reason = reason.clone();
        for (int c = 0; c < orders.length && orders[c] != null; c++) resizeChunk(c, orders[c].length);
        shared = false;
    }

    /** Applies an event; throws IllegalStateException for an illegal transition. */
    public void apply(OrderEvent e) {
        switch (e) {
            case OrderEvent.Accepted a -> accepted(a.orderId(), a.time());
            case OrderEvent.Filled f -> filled(f.orderId(), f.time(), f.fill().quantity(), f.fill().price(), f.remaining());
            default -> applyOther(e);
        }
    }

    /** {@link #apply} of {@code new OrderEvent.Accepted(id, time)}, without the event. */
    public void accepted(long id, long time) { step((int) id - 1, OrderStatus.ACCEPTED, time); }

    /**
     * {@link #apply} of a {@link OrderEvent.Filled} of order {@code id} at {@code time} by a fill of {@code quantity} at
     * {@code price}, leaving {@code remaining} working, without the event.
     */
    public void filled(long id, long time, double quantity, double price, double remaining) {
        int i = (int) id - 1;
        step(i, remaining > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.FILLED, time);
        int k = i & MASK;
        double[] fc = filled[i >>> BITS];
        double[] ac = avgPrice[i >>> BITS];
        ac[k] = (fc[k] * ac[k] + quantity * price) / (fc[k] + quantity);
        fc[k] += quantity;
    }

    /** Moves row {@code i} to status {@code next} at {@code time} (an event that is not an update or modification). */
    private void step(int i, OrderStatus next, long time) {
        if (shared) unshare();
        int c = i >>> BITS;
        int k = i & MASK;
        OrderStatus was = status[c][k];
        OrderStatus now = was == next && next == OrderStatus.PARTIALLY_FILLED ? was : was.transition(next);
        status[c][k] = now;
        updated[c][k] = time;
        track(i, was, now);
    }

    private void applyOther(OrderEvent e) {
        int i = (int) e.orderId() - 1;
        if (shared) unshare();
        int c = i >>> BITS;
        int k = i & MASK;
        OrderStatus was = status[c][k];
        OrderStatus next = e.status();
        boolean sameStatus = e instanceof OrderEvent.Updated || e instanceof OrderEvent.Modified;
        if (sameStatus && next != was) {
            throw new IllegalStateException("update of order " + e.orderId() + " claims " + next + " but it is " + was);
        }
        OrderStatus now = was;
        if (!(was == next && (next == OrderStatus.PARTIALLY_FILLED || sameStatus))) now = was.transition(next);
        status[c][k] = now;
        updated[c][k] = e.time();
        switch (e) {
            case OrderEvent.Rejected r -> reason[c][k] = r.reason();
            case OrderEvent.Modified m -> orders[c][k] = orders[c][k].modified(m.quantity(), m.limitPrice(), m.stopPrice());
            default -> { }
        }
        track(i, was, now);
    }

    /** Keeps the list of working orders as row {@code i} goes from {@code was} to {@code now}. */
    private void track(int i, OrderStatus was, OrderStatus now) {
        if (now.isOpen() && !was.isOpen()) {
            if (openCount == open.length) open = Arrays.copyOf(open, openCount * 2);
            open[openCount++] = i;
        }
        if (!now.isOpen() && was.isOpen()) {
            int j = 0;
            while (open[j] != i) j++;
            System.arraycopy(open, j + 1, open, j, openCount - j - 1);
            openCount--;
        }
    }

    public int size() { return size; }

    /** Order {@code id} as it stands now (modifications applied), or null when there is no such order. */
    public Order order(long id) { return id >= 1 && id <= size ? at(orders, (int) id - 1) : null; }

    /** Order {@code id}'s status; it must exist. */
    public OrderStatus status(long id) { return at(status, (int) id - 1); }

    /** How much of order {@code id} has filled; it must exist. */
    public double filled(long id) {
        int i = (int) id - 1;
        return filled[i >>> BITS][i & MASK];
    }

    private static <T> T at(T[][] column, int i) { return column[i >>> BITS][i & MASK]; }

    public int openCount() { return openCount; }

    /** Whether any working order is a bracket child. */
    public boolean anyOpenChild() {
        for (int j = 0; j < openCount; j++) if (at(orders, open[j]).isChild()) return true;
        return false;
    }

    /** The orders still working, in id order (a copy: cancelling while iterating is safe). */
    public List<Order> openOrders() {
        if (openCount == 0) return List.of();
        int[] ids = Arrays.copyOf(open, openCount);
        Arrays.sort(ids);
        List<Order> out = new ArrayList<>(ids.length);
        for (int i : ids) out.add(at(orders, i));
        return out;
    }

    /**
     * Every order's record as the table stands now, in id order: a read-only list that builds each record when read
     * from columns it shares with the table until the table next changes (then the table copies them), so it keeps
     * this moment's state without a record object per order.
     */
    public List<OrderRecord> records() {
        shared = size > 0;
        return new Records(orders, status, filled, avgPrice, updated, reason, size);
    }

    /** The records of the first {@code size} rows of the columns. */
    private static final class Records extends AbstractList<OrderRecord> implements RandomAccess {
        private final Order[][] orders;
        private final OrderStatus[][] status;
        private final double[][] filled;
        private final double[][] avgPrice;
        private final long[][] updated;
        private final String[][] reason;
        private final int size;

        Records(Order[][] orders, OrderStatus[][] status, double[][] filled, double[][] avgPrice, long[][] updated,
                String[][] reason, int size) {
            this.orders = orders;
            this.status = status;
            this.filled = filled;
            this.avgPrice = avgPrice;
            this.updated = updated;
            this.reason = reason;
            this.size = size;
        }

        @Override
        public OrderRecord get(int i) {
            Objects.checkIndex(i, size);
            int c = i >>> BITS;
            int k = i & MASK;
            double f = filled[c][k];
            return new OrderRecord(orders[c][k], status[c][k], f, f > 0 ? avgPrice[c][k] : Double.NaN, updated[c][k],
                    reason[c][k]);
        }

        @Override public int size() { return size; }
    }
}
