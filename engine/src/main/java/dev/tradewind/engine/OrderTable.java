package dev.tradewind.engine;

import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderStatus;
import java.util.ArrayList;
import java.util.List;

/** Every order of a run by id, with its status kept through the one transition table in {@link OrderStatus}. */
final class OrderTable {
    private final List<Entry> entries = new ArrayList<>();
    private final List<Entry> open = new ArrayList<>();

    /** Registers a new order; ids must be assigned 1, 2, 3... */
    void add(Order o) {
        if (o.id() != entries.size() + 1) throw new IllegalStateException("order ids out of sequence: " + o.id());
        entries.add(new Entry(o));
    }

    /** Applies an event; throws IllegalStateException for an illegal transition. */
    void apply(OrderEvent e) {
        Entry x = entries.get((int) e.orderId() - 1);
        boolean wasOpen = x.status.isOpen();
        OrderStatus next = e.status();
        if (e instanceof OrderEvent.Updated && next != x.status) {
            throw new IllegalStateException("update of order " + e.orderId() + " claims " + next + " but it is " + x.status);
        }
        if (!(x.status == next && (next == OrderStatus.PARTIALLY_FILLED || e instanceof OrderEvent.Updated))) {
            x.status = x.status.transition(next);
        }
        x.updated = e.time();
        switch (e) {
            case OrderEvent.Filled f -> {
                double q = f.fill().quantity();
                x.avgPrice = (x.filled * x.avgPrice + q * f.fill().price()) / (x.filled + q);
                x.filled += q;
            }
            case OrderEvent.Rejected r -> x.reason = r.reason();
            case OrderEvent.Accepted a -> { }
            case OrderEvent.Updated u -> { }
            case OrderEvent.Triggered t -> { }
            case OrderEvent.Canceled c -> { }
            case OrderEvent.Expired ex -> { }
        }
        if (x.status.isOpen() && !wasOpen) open.add(x);
        if (!x.status.isOpen() && wasOpen) open.remove(x);
    }

    int size() { return entries.size(); }

    int openCount() { return open.size(); }

    /** Whether any working order is a bracket child. */
    boolean anyOpenChild() {
        for (int i = 0, n = open.size(); i < n; i++) if (open.get(i).order.isChild()) return true;
        return false;
    }

    /** The orders still working, in id order (a copy: cancelling while iterating is safe). */
    List<Order> openOrders() {
        if (open.isEmpty()) return List.of();
        List<Order> out = new ArrayList<>(open.size());
        for (Entry x : open) out.add(x.order);
        out.sort(java.util.Comparator.comparingLong(Order::id));
        return out;
    }

    List<OrderRecord> records() {
        List<OrderRecord> out = new ArrayList<>(entries.size());
        for (Entry x : entries) {
            out.add(new OrderRecord(x.order, x.status, x.filled, x.filled > 0 ? x.avgPrice : Double.NaN, x.updated, x.reason));
        }
        return out;
    }

    private static final class Entry {
        final Order order;
        OrderStatus status = OrderStatus.NEW;
        double filled;
        double avgPrice;
        long updated;
        String reason = "";

        Entry(Order order) {
            this.order = order;
            this.updated = order.time();
        }
    }
}
