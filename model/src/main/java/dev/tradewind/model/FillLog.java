package dev.tradewind.model;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A run's fills as rows of four longs, read as {@link Fill}s made on each {@link #get}: one long for the order id,
 * side, liquidity and the symbol's code among the distinct symbols, then the time and the raw bits of price and fee.
 * The quantity goes in a column a chunk gets from its first fill that needs it: a fill that completed its order alone
 * (the order's whole quantity, its side and symbol) reads those from the run's {@link OrderTable}, where they no longer
 * change (32 bytes such a fill where six longs took 48, and an object and its reference 76). A null field reads back
 * null. Fill {@code i}'s id is {@code i + 1}, as a simulated venue numbers them; a fill with another id, or an order id
 * or symbol code past the row's bits, is kept whole, as an object. Two reads of one index give equal fills, not the
 * same object. Chunks of 1,024 rows (the first one starts at 16 and grows fourfold up to that), so a long log never
 * copies what it holds. Append-only; not thread-safe.
 */
public final class FillLog extends AbstractList<Fill> implements RandomAccess {
    private static final int FIELDS = 4;
    private static final int HEAD = 0, TIME = 1, PRICE = 2, FEE = 3;
    // HEAD: side (bits 0-1, 3: null), liquidity (2-3, 3: null), kept whole (4), the quantity, side and symbol are the
    // order's (5), the symbol's code (8-31, NO_SYMBOL: null) and the order id (32-63, unsigned)
    private static final long WHOLE = 1L << 4;
    private static final long OF_ORDER = 1L << 5;
    private static final int NONE = 3;
    private static final int NO_SYMBOL = 0xFF_FFFF;
    private static final Side[] SIDES = Side.values();
    private static final Liquidity[] ROLES = Liquidity.values();

    private final RowChunks rows = new RowChunks(FIELDS, 1);
    private final Dictionary symbols = new Dictionary();
    private final java.util.Map<Integer, Fill> whole = new java.util.HashMap<>();
    private final OrderTable orders;
    private int size;

    /** A log that keeps every field of its fills. */
    public FillLog() { this(null); }

    /**
     * A log whose fills read what they share with their orders from {@code orders}, which books each fill before the
     * log gets it (a run's table: its orders' side, symbol and a completed order's quantity never change).
     */
    public FillLog(OrderTable orders) { this.orders = orders; }

    /** Appends {@code new Fill(id, orderId, time, symbol, side, quantity, price, fee, liquidity)}. */
    public void add(long id, long orderId, long time, String symbol, Side side, double quantity, double price, double fee,
            Liquidity liquidity) {
        rows.reserve(size);
        long[] r = rows.chunk(size);
        int k = rows.offset(size);
        boolean ofOrder = symbol != null && ofOrder(orderId, symbol, side, quantity);
        int code = symbol == null || ofOrder ? NO_SYMBOL : symbols.code(symbol);
        boolean pastBits = orderId >>> 32 != 0 || code >= NO_SYMBOL && symbol != null && !ofOrder;
        if (id != size + 1L || pastBits) {
            whole.put(size, new Fill(id, orderId, time, symbol, side, quantity, price, fee, liquidity));
            r[k + HEAD] = WHOLE;
        } else {
            long head = (side == null ? NONE : side.ordinal()) | (liquidity == null ? NONE : liquidity.ordinal()) << 2
                    | (long) code << 8 | orderId << 32 | (ofOrder ? OF_ORDER : 0);
            if (!ofOrder) rows.extra(size)[rows.extraOffset(size)] = Double.doubleToRawLongBits(quantity);
            r[k + HEAD] = head;
            r[k + TIME] = time;
            r[k + PRICE] = Double.doubleToRawLongBits(price);
            r[k + FEE] = Double.doubleToRawLongBits(fee);
        }
        size++;
        modCount++;
    }

    /** Whether the fill is its order's whole quantity on the order's side and symbol, the order now filled. */
    private boolean ofOrder(long orderId, String symbol, Side side, double quantity) {
        return orders != null && orders.has(orderId) && orders.status(orderId) == OrderStatus.FILLED
                && Double.doubleToRawLongBits(orders.filled(orderId)) == Double.doubleToRawLongBits(quantity)
                && orders.side(orderId) == side && symbol.equals(orders.symbol(orderId));
    }

    @Override
    public boolean add(Fill f) {
        add(f.id(), f.orderId(), f.time(), f.symbol(), f.side(), f.quantity(), f.price(), f.fee(), f.liquidity());
        return true;
    }

    @Override
    public Fill get(int index) {
        Objects.checkIndex(index, size);
        long[] r = rows.chunk(index);
        int k = rows.offset(index);
        long head = r[k + HEAD];
        if (head == WHOLE) return whole.get(index);
        long orderId = head >>> 32;
        boolean ofOrder = (head & OF_ORDER) != 0;
        int side = (int) (head & 3);
        int role = (int) (head >>> 2 & 3);
        int code = (int) (head >>> 8) & NO_SYMBOL;
        return new Fill(index + 1L, orderId, r[k + TIME],
                ofOrder ? orders.symbol(orderId) : code == NO_SYMBOL ? null : symbols.value(code),
                ofOrder ? orders.side(orderId) : side == NONE ? null : SIDES[side], quantity(index, head, orderId),
                Double.longBitsToDouble(r[k + PRICE]), Double.longBitsToDouble(r[k + FEE]),
                role == NONE ? null : ROLES[role]);
    }

    /** Fill {@code index}'s order id, read without making the fill. */
    public long orderId(int index) {
        long head = head(index);
        return head == WHOLE ? whole.get(index).orderId() : head >>> 32;
    }

    /** Fill {@code index}'s time, read without making the fill. */
    public long time(int index) { return field(index, TIME, w -> w.time()); }

    /** Fill {@code index}'s price, read without making the fill. */
    public double price(int index) {
        return Double.longBitsToDouble(field(index, PRICE, w -> Double.doubleToRawLongBits(w.price())));
    }

    /** Fill {@code index}'s fee, read without making the fill. */
    public double fee(int index) {
        return Double.longBitsToDouble(field(index, FEE, w -> Double.doubleToRawLongBits(w.fee())));
    }

    /** Fill {@code index}'s quantity, read without making the fill. */
    public double quantity(int index) {
        long head = head(index);
        return head == WHOLE ? whole.get(index).quantity() : quantity(index, head, head >>> 32);
    }

    /** Fill {@code index}'s side, read without making the fill. */
    public Side side(int index) {
        long head = head(index);
        if (head == WHOLE) return whole.get(index).side();
        if ((head & OF_ORDER) != 0) return orders.side(head >>> 32);
        return (head & 3) == NONE ? null : SIDES[(int) (head & 3)];
    }

    /** Fill {@code index}'s symbol, read without making the fill. */
    public String symbol(int index) {
        long head = head(index);
        if (head == WHOLE) return whole.get(index).symbol();
        if ((head & OF_ORDER) != 0) return orders.symbol(head >>> 32);
        int code = (int) (head >>> 8) & NO_SYMBOL;
        return code == NO_SYMBOL ? null : symbols.value(code);
    }

    private double quantity(int index, long head, long orderId) {
        if ((head & OF_ORDER) != 0) return orders.filled(orderId);
        return Double.longBitsToDouble(rows.extra(index)[rows.extraOffset(index)]);
    }

    private long head(int index) {
        Objects.checkIndex(index, size);
        return rows.chunk(index)[rows.offset(index) + HEAD];
    }

    /** Field {@code f} of fill {@code index}'s row, or what {@code ofWhole} reads from it when it is kept whole. */
    private long field(int index, int f, java.util.function.ToLongFunction<Fill> ofWhole) {
        if (head(index) == WHOLE) return ofWhole.applyAsLong(whole.get(index));
        return rows.chunk(index)[rows.offset(index) + f];
    }

    @Override public int size() { return size; }
}
