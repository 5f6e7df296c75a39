package dev.tradewind.model;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A run's fills as rows of six longs, read as {@link Fill}s made on each {@link #get}: order id, time, the raw bits of
 * quantity, price and fee, and one long for side, liquidity and the symbol's code among the distinct symbols (48 bytes
 * a fill where an object and its reference took 76); a null field reads back null. Fill {@code i}'s id is
 * {@code i + 1}, as a simulated venue numbers them, or else kept beside the rows. Two reads of one index give equal
 * fills, not the same object. Chunks of 1,024 rows (the first one starts at 16 and grows fourfold up to that), so a long log never
 * copies what it holds. Append-only; not thread-safe.
 */
public final class FillLog extends AbstractList<Fill> implements RandomAccess {
    private static final int FIELDS = 6;
    private static final long OTHER_ID = 1L << 48; // the id is not the fill's number: it is in otherIds
    private static final Side[] SIDES = Side.values();
    private static final Liquidity[] ROLES = Liquidity.values();
    private static final int NONE = 0xFF; // a null side or liquidity
    private static final long NO_SYMBOL = 0xFFFF_FFFFL; // a null symbol

    private final RowChunks rows = new RowChunks(FIELDS);
    private final Dictionary symbols = new Dictionary();
    private final java.util.Map<Integer, Long> otherIds = new java.util.HashMap<>();
    private int size;

    /** Appends {@code new Fill(id, orderId, time, symbol, side, quantity, price, fee, liquidity)}. */
    public void add(long id, long orderId, long time, String symbol, Side side, double quantity, double price, double fee,
            Liquidity liquidity) {
        // a null field (an exchange's fill of unknown liquidity, say) is kept as null, as the list of objects kept it
        long codes = (side == null ? NONE : side.ordinal()) | (long) (liquidity == null ? NONE : liquidity.ordinal()) << 8
                | (symbol == null ? NO_SYMBOL : symbols.code(symbol)) << 16;
        if (id != size + 1L) {
            otherIds.put(size, id);
            codes |= OTHER_ID;
        }
        rows.reserve(size);
        long[] r = rows.chunk(size);
        int k = rows.offset(size);
        r[k] = orderId;
        r[k + 1] = time;
        r[k + 2] = Double.doubleToRawLongBits(quantity);
        r[k + 3] = Double.doubleToRawLongBits(price);
        r[k + 4] = Double.doubleToRawLongBits(fee);
        r[k + 5] = codes;
        size++;
        modCount++;
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
        long codes = r[k + 5];
        int side = (int) (codes & 0xFF);
        int role = (int) (codes >>> 8 & 0xFF);
        long symbol = codes >>> 16 & NO_SYMBOL;
        long id = (codes & OTHER_ID) != 0 ? otherIds.get(index) : index + 1L;
        return new Fill(id, r[k], r[k + 1], symbol == NO_SYMBOL ? null : symbols.value((int) symbol),
                side == NONE ? null : SIDES[side], Double.longBitsToDouble(r[k + 2]), Double.longBitsToDouble(r[k + 3]),
                Double.longBitsToDouble(r[k + 4]), role == NONE ? null : ROLES[role]);
    }

    @Override public int size() { return size; }
}
