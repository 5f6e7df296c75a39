package dev.tradewind.engine;

import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.Trade;

/**
 * What a member has not yet heard of, in the order it happened: order events and closed trades, interleaved. A ring of
 * two typed columns (each entry fills one of them) rather than a queue of {@code Object}: telling the two apart by
 * {@code instanceof} against the sealed {@code OrderEvent} interface costs a secondary-supers lookup per event on the
 * engine's hottest order path. No allocation once grown. Not thread-safe.
 */
final class Pending {
    private OrderEvent[] events = new OrderEvent[16];
    private Trade[] trades = new Trade[16];
    private int mask = 15;
    private int head;
    private int size;

    boolean isEmpty() { return size == 0; }

    void add(OrderEvent e) {
        int k = reserve();
        events[k] = e;
        trades[k] = null;
    }

    void add(Trade t) {
        int k = reserve();
        trades[k] = t;
        events[k] = null;
    }

    /** The oldest entry's order event, or null when it is a trade (or there is none). */
    OrderEvent event() { return events[head]; }

    /** The oldest entry's trade, or null when it is an order event (or there is none). */
    Trade trade() { return trades[head]; }

    /** Drops the oldest entry (its slot is cleared when reused: small enough for the JIT to inline on the bar path). */
    void pop() {
        head = (head + 1) & mask;
        size--;
    }

    private int reserve() {
        if (size == events.length) grow();
        int k = (head + size) & mask;
        size++;
        return k;
    }

    private void grow() {
        int n = events.length;
        OrderEvent[] e = new OrderEvent[n * 2];
        Trade[] t = new Trade[n * 2];
        for (int i = 0; i < size; i++) {
            e[i] = events[(head + i) & (n - 1)];
            t[i] = trades[(head + i) & (n - 1)];
        }
        events = e;
        trades = t;
        mask = n * 2 - 1;
        head = 0;
    }
}
