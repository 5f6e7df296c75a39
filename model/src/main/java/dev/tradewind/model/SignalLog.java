package dev.tradewind.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A run's signals (every entry the strategy asked for, sent or refused) as primitive columns, read as {@link Signal}s
 * made on each {@link #get}: an order id, a side, a price and the outcome's index among the distinct outcomes
 * ({@code sent} and the refusals' reasons) where each was an object and a reference. A signal at the time its order
 * was sent, with that order's side and quantity, reads the time and quantity from the run's {@link OrderTable} (17
 * bytes where 37 kept them); any other keeps them, and its order id, in a column a chunk gets from its first such
 * signal. Chunks of 1,024 rows (the first one starts at 16 and grows fourfold up to that), so a long log never copies
 * what it holds. Append-only; not thread-safe.
 */
public final class SignalLog extends AbstractList<Signal> implements RandomAccess {
    private static final int BITS = 10;
    private static final int CHUNK = 1 << BITS;
    private static final int MASK = CHUNK - 1;
    private static final Side[] SIDES = Side.values();
    private static final byte OF_ORDER = 4; // in the side column: the time and quantity are the order's
    private static final int KEPT = 3; // longs a signal that is not its order's keeps: time, quantity, order id

    private final OrderTable orders;
    private int[][] order = new int[4][];
    private double[][] price = new double[4][];
    private byte[][] side = new byte[4][];
    private int[][] outcome = new int[4][];
    private long[][] kept = new long[4][]; // a chunk's time, quantity and order id, from its first signal that keeps them
    private final Dictionary outcomes = new Dictionary();
    private int size;
    private int capacity;

    /** A log that keeps every field of its signals. */
    public SignalLog() { this(null); }

    /** A log whose signals read their time and quantity from their orders in {@code orders} (the run's table). */
    public SignalLog(OrderTable orders) { this.orders = orders; }

    /** Appends {@code new Signal(time, orderId, side, quantity, price, outcome)}. */
    public void add(long time, long orderId, Side side, double quantity, double price, String outcome) {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(outcome, "outcome");
        if (size == capacity) grow();
        int c = size >>> BITS;
        int i = size & MASK;
        boolean ofOrder = orders != null && orders.has(orderId) && orders.sentTime(orderId) == time
                && orders.side(orderId) == side
                && Double.doubleToRawLongBits(orders.sentQuantity(orderId)) == Double.doubleToRawLongBits(quantity);
        if (ofOrder) {
            this.order[c][i] = (int) orderId;
        } else {
            if (kept[c] == null) kept[c] = new long[KEPT * this.price[c].length];
            kept[c][KEPT * i] = time;
            kept[c][KEPT * i + 1] = Double.doubleToRawLongBits(quantity);
            kept[c][KEPT * i + 2] = orderId;
        }
        this.price[c][i] = price;
        this.side[c][i] = (byte) (side.ordinal() | (ofOrder ? OF_ORDER : 0));
        this.outcome[c][i] = outcomes.code(outcome);
        size++;
        modCount++;
    }

    @Override
    public boolean add(Signal s) {
        add(s.time(), s.orderId(), s.side(), s.quantity(), s.price(), s.outcome());
        return true;
    }

    private void grow() {
        int c = size >>> BITS;
        if (c == price.length) {
            int n = c * 2;
            order = Arrays.copyOf(order, n);
            price = Arrays.copyOf(price, n);
            side = Arrays.copyOf(side, n);
            outcome = Arrays.copyOf(outcome, n);
            kept = Arrays.copyOf(kept, n);
        }
        int n = EventLog.chunkLength(price[c] == null ? -1 : price[c].length, c);
        order[c] = order[c] == null ? new int[n] : Arrays.copyOf(order[c], n);
        price[c] = price[c] == null ? new double[n] : Arrays.copyOf(price[c], n);
        side[c] = side[c] == null ? new byte[n] : Arrays.copyOf(side[c], n);
        outcome[c] = outcome[c] == null ? new int[n] : Arrays.copyOf(outcome[c], n);
        if (kept[c] != null) kept[c] = Arrays.copyOf(kept[c], KEPT * n);
        capacity = c * CHUNK + n;
    }

    @Override
    public Signal get(int index) {
        Objects.checkIndex(index, size);
        int c = index >>> BITS;
        int i = index & MASK;
        byte s = side[c][i];
        String why = outcomes.value(outcome[c][i]);
        if ((s & OF_ORDER) != 0) {
            long id = order[c][i];
            return new Signal(orders.sentTime(id), id, SIDES[s & 3], orders.sentQuantity(id), price[c][i], why);
        }
        long[] k = kept[c];
        return new Signal(k[KEPT * i], k[KEPT * i + 2], SIDES[s & 3], Double.longBitsToDouble(k[KEPT * i + 1]),
                price[c][i], why);
    }

    @Override public int size() { return size; }
}
