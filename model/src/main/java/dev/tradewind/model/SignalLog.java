package dev.tradewind.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A run's signals (every entry the strategy asked for, sent or refused) as primitive columns, read as {@link Signal}s
 * made on each {@link #get}: a time, an order id, a side, a quantity, a price and the outcome's index among the distinct
 * outcomes ({@code sent} and the refusals' reasons) where each was an object and a reference. Chunks of 1,024 rows (the
 * first one starts at 16 and grows fourfold up to that), so a long log never copies what it holds. Append-only; not
 * thread-safe.
 */
public final class SignalLog extends AbstractList<Signal> implements RandomAccess {
    private static final int BITS = 10;
    private static final int CHUNK = 1 << BITS;
    private static final int MASK = CHUNK - 1;
    private static final Side[] SIDES = Side.values();

    private long[][] time = new long[4][];
    private long[][] order = new long[4][];
    private double[][] quantity = new double[4][];
    private double[][] price = new double[4][];
    private byte[][] side = new byte[4][];
    private int[][] outcome = new int[4][];
    private final Dictionary outcomes = new Dictionary();
    private int size;
    private int capacity;

    /** Appends {@code new Signal(time, orderId, side, quantity, price, outcome)}. */
    public void add(long time, long orderId, Side side, double quantity, double price, String outcome) {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(outcome, "outcome");
        if (size == capacity) grow();
        int c = size >>> BITS;
        int i = size & MASK;
        this.time[c][i] = time;
        this.order[c][i] = orderId;
        this.quantity[c][i] = quantity;
        this.price[c][i] = price;
        this.side[c][i] = (byte) side.ordinal();
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
        if (c == time.length) {
            int n = c * 2;
            time = Arrays.copyOf(time, n);
            order = Arrays.copyOf(order, n);
            quantity = Arrays.copyOf(quantity, n);
            price = Arrays.copyOf(price, n);
            side = Arrays.copyOf(side, n);
            outcome = Arrays.copyOf(outcome, n);
        }
        int n = EventLog.chunkLength(time[c] == null ? -1 : time[c].length, c);
        time[c] = time[c] == null ? new long[n] : Arrays.copyOf(time[c], n);
        order[c] = order[c] == null ? new long[n] : Arrays.copyOf(order[c], n);
        quantity[c] = quantity[c] == null ? new double[n] : Arrays.copyOf(quantity[c], n);
        price[c] = price[c] == null ? new double[n] : Arrays.copyOf(price[c], n);
        side[c] = side[c] == null ? new byte[n] : Arrays.copyOf(side[c], n);
        outcome[c] = outcome[c] == null ? new int[n] : Arrays.copyOf(outcome[c], n);
        capacity = c * CHUNK + n;
    }

    @Override
    public Signal get(int index) {
        Objects.checkIndex(index, size);
        int c = index >>> BITS;
        int i = index & MASK;
        return new Signal(time[c][i], order[c][i], SIDES[side[c][i]], quantity[c][i], price[c][i],
                outcomes.value(outcome[c][i]));
    }

    @Override public int size() { return size; }
}
