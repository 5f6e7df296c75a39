package dev.tradewind.model;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A run's signals (every entry the strategy asked for, sent or refused) as rows of two longs, read as {@link Signal}s
 * made on each {@link #get}: one long for the order id, the side and the outcome's index among the distinct outcomes
 * ({@code sent} and the refusals' reasons), then the raw bits of the price. A signal at the time its order was sent,
 * with that order's side and quantity, reads the time and quantity from the run's {@link OrderTable} (16 bytes, one
 * cache line to write, where five columns took 37 bytes); any other keeps them, and its order id, in a column a chunk
 * gets from its first such signal. A signal whose order id or outcome's index is past the row's bits is kept whole, as
 * an object. Chunks of 1,024 rows (the first one starts at 16 and grows fourfold up to that), so a long log never
 * copies what it holds. Append-only; not thread-safe.
 */
public final class SignalLog extends AbstractList<Signal> implements RandomAccess {
    private static final int FIELDS = 2;
    private static final int TIME = 0, QUANTITY = 1, ORDER = 2; // in the extra column
    // the first long: the side (bits 0-1), the time and quantity are the order's (2), kept whole (3), the outcome's
    // index (8-31) and the order id (32-63, when of the order)
    private static final long OF_ORDER = 1L << 2;
    private static final long WHOLE = 1L << 3;
    private static final int OUTCOMES = 1 << 24;
    private static final Side[] SIDES = Side.values();

    private final OrderTable orders;
    private final RowChunks rows = new RowChunks(FIELDS, 3);
    private final Dictionary outcomes = new Dictionary();
    private final java.util.Map<Integer, Signal> whole = new java.util.HashMap<>();
    private int size;
    // the outcome coded last and its code, read without the dictionary (most signals repeat it)
    private String lastOutcome;
    private int lastCode;

    /** A log that keeps every field of its signals. */
    public SignalLog() { this(null); }

    /** A log whose signals read their time and quantity from their orders in {@code orders} (the run's table). */
    public SignalLog(OrderTable orders) { this.orders = orders; }

    /** Appends {@code new Signal(time, orderId, side, quantity, price, outcome)}. */
    public void add(long time, long orderId, Side side, double quantity, double price, String outcome) {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(outcome, "outcome");
        rows.reserve(size);
        long[] r = rows.chunk(size);
        int k = rows.offset(size);
        int code = outcome == lastOutcome ? lastCode : outcomes.codeWithin(outcome, OUTCOMES);
        lastOutcome = outcome;
        lastCode = code;
        boolean ofOrder = orders != null && orderId >>> 32 == 0 && orders.has(orderId)
                && orders.sentTime(orderId) == time && orders.side(orderId) == side
                && Double.doubleToRawLongBits(orders.sentQuantity(orderId)) == Double.doubleToRawLongBits(quantity);
        if (code < 0) {
            whole.put(size, new Signal(time, orderId, side, quantity, price, outcome));
            r[k] = WHOLE;
        } else {
            if (!ofOrder) {
                long[] x = rows.extra(size);
                int e = rows.extraOffset(size);
                x[e + TIME] = time;
                x[e + QUANTITY] = Double.doubleToRawLongBits(quantity);
                x[e + ORDER] = orderId;
            }
            r[k] = side.ordinal() | (ofOrder ? OF_ORDER | orderId << 32 : 0) | (long) code << 8;
            r[k + 1] = Double.doubleToRawLongBits(price);
        }
        size++;
        modCount++;
    }

    @Override
    public boolean add(Signal s) {
        add(s.time(), s.orderId(), s.side(), s.quantity(), s.price(), s.outcome());
        return true;
    }

    @Override
    public Signal get(int index) {
        Objects.checkIndex(index, size);
        long[] r = rows.chunk(index);
        int k = rows.offset(index);
        long head = r[k];
        if (head == WHOLE) return whole.get(index);
        Side side = SIDES[(int) head & 3];
        double price = Double.longBitsToDouble(r[k + 1]);
        String why = outcomes.value((int) (head >>> 8) & (OUTCOMES - 1));
        if ((head & OF_ORDER) != 0) {
            long id = head >>> 32;
            return new Signal(orders.sentTime(id), id, side, orders.sentQuantity(id), price, why);
        }
        long[] x = rows.extra(index);
        int e = rows.extraOffset(index);
        return new Signal(x[e + TIME], x[e + ORDER], side, Double.longBitsToDouble(x[e + QUANTITY]), price, why);
    }

    @Override public int size() { return size; }
}
