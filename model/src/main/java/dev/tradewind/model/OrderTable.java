package dev.tradewind.model;


import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every order of a run by id, with its status kept through the one transition table in {@link OrderStatus}. The
 * state of order {@code id} is at index {@code id - 1} of parallel columns, so the records at the end of a run are
 * read in sequence rather than from objects scattered over the run's heap. Kept by a run, and by a sink that rebuilds
 * the same records from the streamed orders and events.
 */
public final class OrderTable {
    private Order[] orders = new Order[64];
    private OrderStatus[] status = new OrderStatus[64];
    private double[] filled = new double[64];
    private double[] avgPrice = new double[64];
    private long[] updated = new long[64];
    private String[] reason = new String[64];
    private int size;
    /** Indexes of the working orders, in the order they opened. */
    private int[] open = new int[8];
    private int openCount;

    /** Registers a new order; ids must be assigned 1, 2, 3... */
    public void add(Order o) {
        if (o.id() != size + 1) throw new IllegalStateException("order ids out of sequence: " + o.id());
        if (size == orders.length) grow();
        orders[size] = o;
        status[size] = OrderStatus.NEW;
        updated[size] = o.time();
        reason[size] = "";
        size++;
    }

    private void grow() {
        int n = size * 2;
        orders = Arrays.copyOf(orders, n);
        status = Arrays.copyOf(status, n);
        filled = Arrays.copyOf(filled, n);
        avgPrice = Arrays.copyOf(avgPrice, n);
        updated = Arrays.copyOf(updated, n);
        reason = Arrays.copyOf(reason, n);
    }

    /** Applies an event; throws IllegalStateException for an illegal transition. */
    public void apply(OrderEvent e) {
        int i = (int) e.orderId() - 1;
        OrderStatus was = status[i];
        OrderStatus next = e.status();
        boolean sameStatus = e instanceof OrderEvent.Updated || e instanceof OrderEvent.Modified;
        if (sameStatus && next != was) {
            throw new IllegalStateException("update of order " + e.orderId() + " claims " + next + " but it is " + was);
        }
        OrderStatus now = was;
        if (!(was == next && (next == OrderStatus.PARTIALLY_FILLED || sameStatus))) now = was.transition(next);
        status[i] = now;
        updated[i] = e.time();
        switch (e) {
            case OrderEvent.Filled f -> {
                double q = f.fill().quantity();
                avgPrice[i] = (filled[i] * avgPrice[i] + q * f.fill().price()) / (filled[i] + q);
                filled[i] += q;
            }
            case OrderEvent.Rejected r -> reason[i] = r.reason();
            case OrderEvent.Accepted a -> { }
            case OrderEvent.Updated u -> { }
            case OrderEvent.Modified m -> orders[i] = orders[i].modified(m.quantity(), m.limitPrice(), m.stopPrice());
            case OrderEvent.Triggered t -> { }
            case OrderEvent.Canceled c -> { }
            case OrderEvent.Expired ex -> { }
        }
        if (now.isOpen() && !was.isOpen()) {
            if (openCount == open.length) open = Arrays.copyOf(open, openCount * 2);
            open[openCount++] = i;
        }
        if (!now.isOpen() && was.isOpen()) {
            int k = 0;
            while (open[k] != i) k++;
            System.arraycopy(open, k + 1, open, k, openCount - k - 1);
            openCount--;
        }
    }

    public int size() { return size; }

    /** Order {@code id} as it stands now (modifications applied), or null when there is no such order. */
    public Order order(long id) { return id >= 1 && id <= size ? orders[(int) id - 1] : null; }

    /** Order {@code id}'s status; it must exist. */
    public OrderStatus status(long id) { return status[(int) id - 1]; }

    /** How much of order {@code id} has filled; it must exist. */
    public double filled(long id) { return filled[(int) id - 1]; }

    public int openCount() { return openCount; }

    /** Whether any working order is a bracket child. */
    public boolean anyOpenChild() {
        for (int k = 0; k < openCount; k++) if (orders[open[k]].isChild()) return true;
        return false;
    }

    /** The orders still working, in id order (a copy: cancelling while iterating is safe). */
    public List<Order> openOrders() {
        if (openCount == 0) return List.of();
        int[] ids = Arrays.copyOf(open, openCount);
        Arrays.sort(ids);
        List<Order> out = new ArrayList<>(ids.length);
        for (int i : ids) out.add(orders[i]);
        return out;
    }

    public List<OrderRecord> records() {
        List<OrderRecord> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new OrderRecord(orders[i], status[i], filled[i], filled[i] > 0 ? avgPrice[i] : Double.NaN, updated[i], reason[i]));
        }
        return out;
    }
}
