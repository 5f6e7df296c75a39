package dev.tradewind.model;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A run's closed round trips as rows of four longs, read as {@link Trade}s made on each {@link #get}: the bars held,
 * side and where the rest is in one long, then the raw bits of gross PnL, MAE and MFE. A round trip of two fills, the
 * last two of the run's {@link FillLog} when it closed (its entry and exit times and prices, its quantity the exit's,
 * its costs their fees, worked out as a trade tracker does), keeps the exit fill's index and reads the rest from the
 * fills (32 bytes a trade where ten longs took 80, and an object and its reference 116); any other keeps its quantity,
 * times, prices, costs and the symbol's code among the distinct symbols, six longs more, in a column a chunk gets from
 * its first such trade. The net PnL is gross less costs, as a run's trades have it, or else kept beside the rows. Trade
 * {@code i} has id {@code i + 1}: trades are numbered in the order they close, and one added out of that sequence is
 * refused. Two reads of one index give equal trades, not the same object. Chunks of 1,024 rows (the first one starts
 * smaller and grows fourfold up to that), so a long log never copies what it holds. Append-only; not thread-safe.
 */
public final class TradeLog extends AbstractList<Trade> implements RandomAccess, TradePnls {
    private static final int FIELDS = 4;
    private static final int HEAD = 0, GROSS = 1, MAE = 2, MFE = 3;
    private static final int QUANTITY = 0, ENTRY_TIME = 1, ENTRY_PRICE = 2, EXIT_TIME = 3, EXIT_PRICE = 4, COSTS = 5;
    // HEAD: side (bits 0-1), the net PnL in otherNets (2), of fills (3), the exit fill's index (of fills) or the
    // symbol's code + 1, 0 for null (4-31), the bars held (32-63)
    private static final long OTHER_NET = 1L << 2;
    private static final long OF_FILLS = 1L << 3;
    private static final int REF_LIMIT = 1 << 28;
    private static final Side[] SIDES = Side.values();
    private static final int NONE = 3; // a null side

    private final RowChunks rows = new RowChunks(FIELDS, 6);
    private final Dictionary symbols = new Dictionary();
    private final java.util.Map<Integer, Double> otherNets = new java.util.HashMap<>();
    private FillLog fills;
    private int size;

    /** Reads round trips of two fills from {@code fills} (the run's, which has a trade's fills before the trade). */
    public void readFills(FillLog fills) {
        if (size > 0) throw new IllegalStateException("fills given after " + size + " trades");
        this.fills = fills;
    }

    /**
     * Appends {@code new Trade(size() + 1, symbol, side, quantity, entryTime, entryPrice, exitTime, exitPrice,
     * grossPnl, costs, netPnl, mae, mfe, barsHeld)}.
     */
    public void add(String symbol, Side side, double quantity, long entryTime, double entryPrice, long exitTime,
            double exitPrice, double grossPnl, double costs, double netPnl, double mae, double mfe, int barsHeld) {
        rows.reserve(size);
        long[] r = rows.chunk(size);
        int k = rows.offset(size);
        int exit = fills == null ? -1 : fills.size() - 1;
        boolean ofFills = exit >= 1 && exit < REF_LIMIT && ofFills(exit, symbol, side, quantity, entryTime, entryPrice,
                exitTime, exitPrice, costs);
        long ref;
        if (ofFills) {
            ref = exit;
        } else {
            ref = symbol == null ? 0 : symbols.code(symbol) + 1L;
            if (ref >= REF_LIMIT) throw new IllegalStateException("more than " + (REF_LIMIT - 1) + " symbols");
            long[] x = rows.extra(size);
            int e = rows.extraOffset(size);
            x[e + QUANTITY] = Double.doubleToRawLongBits(quantity);
            x[e + ENTRY_TIME] = entryTime;
            x[e + ENTRY_PRICE] = Double.doubleToRawLongBits(entryPrice);
            x[e + EXIT_TIME] = exitTime;
            x[e + EXIT_PRICE] = Double.doubleToRawLongBits(exitPrice);
            x[e + COSTS] = Double.doubleToRawLongBits(costs);
        }
        boolean otherNet = Double.doubleToRawLongBits(netPnl) != Double.doubleToRawLongBits(grossPnl - costs);
        if (otherNet) otherNets.put(size, netPnl);
        r[k + HEAD] = (side == null ? NONE : side.ordinal()) | (otherNet ? OTHER_NET : 0) | (ofFills ? OF_FILLS : 0)
                | ref << 4 | (long) barsHeld << 32;
        r[k + GROSS] = Double.doubleToRawLongBits(grossPnl);
        r[k + MAE] = Double.doubleToRawLongBits(mae);
        r[k + MFE] = Double.doubleToRawLongBits(mfe);
        size++;
        modCount++;
    }

    /** Whether fills {@code exit - 1} and {@code exit} are the round trip's entry and exit, bit for bit. */
    private boolean ofFills(int exit, String symbol, Side side, double quantity, long entryTime, double entryPrice,
            long exitTime, double exitPrice, double costs) {
        int entry = exit - 1;
        double q = fills.quantity(exit);
        return fills.time(entry) == entryTime && fills.time(exit) == exitTime && same(q, quantity)
                && same(perUnit(fills.price(entry), q), entryPrice) && same(perUnit(fills.price(exit), q), exitPrice)
                && same(costs(entry, exit, q), costs) && side != null && fills.side(entry) == side && symbol != null
                && symbol.equals(fills.symbol(entry));
    }

    /**
     * A round trip's price from a fill of {@code q} at {@code price}: its value over its quantity, as a trade tracker
     * works it out (not always {@code price} to the last bit).
     */
    private static double perUnit(double price, double q) { return q * price / q; }

    /** A round trip's costs from its two fills: the entry's fee and the exit's share of its fee for {@code q}. */
    private double costs(int entry, int exit, double q) { return fills.fee(entry) + fills.fee(exit) * q / q; }

    private static boolean same(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }

    /** Appends {@code t}, whose id must be the next one ({@code size() + 1}). */
    @Override
    public boolean add(Trade t) {
        if (t.id() != size + 1L) throw new IllegalArgumentException("trade " + t.id() + " added as trade " + (size + 1));
        add(t.symbol(), t.side(), t.quantity(), t.entryTime(), t.entryPrice(), t.exitTime(), t.exitPrice(), t.grossPnl(),
                t.costs(), t.netPnl(), t.mae(), t.mfe(), t.barsHeld());
        return true;
    }

    @Override
    public Trade get(int index) {
        Objects.checkIndex(index, size);
        long[] r = rows.chunk(index);
        int k = rows.offset(index);
        long head = r[k + HEAD];
        int side = (int) (head & 3);
        int ref = (int) (head >>> 4) & (REF_LIMIT - 1);
        double gross = Double.longBitsToDouble(r[k + GROSS]);
        String symbol;
        double quantity, entryPrice, exitPrice, costs;
        long entryTime, exitTime;
        if ((head & OF_FILLS) != 0) {
            symbol = fills.symbol(ref - 1);
            quantity = fills.quantity(ref);
            entryTime = fills.time(ref - 1);
            entryPrice = perUnit(fills.price(ref - 1), quantity);
            exitTime = fills.time(ref);
            exitPrice = perUnit(fills.price(ref), quantity);
            costs = costs(ref - 1, ref, quantity);
        } else {
            long[] x = rows.extra(index);
            int e = rows.extraOffset(index);
            symbol = ref == 0 ? null : symbols.value(ref - 1);
            quantity = Double.longBitsToDouble(x[e + QUANTITY]);
            entryTime = x[e + ENTRY_TIME];
            entryPrice = Double.longBitsToDouble(x[e + ENTRY_PRICE]);
            exitTime = x[e + EXIT_TIME];
            exitPrice = Double.longBitsToDouble(x[e + EXIT_PRICE]);
            costs = Double.longBitsToDouble(x[e + COSTS]);
        }
        double net = (head & OTHER_NET) != 0 ? otherNets.get(index) : gross - costs;
        return new Trade(index + 1, symbol, side == NONE ? null : SIDES[side], quantity, entryTime, entryPrice,
                exitTime, exitPrice, gross, costs, net, Double.longBitsToDouble(r[k + MAE]),
                Double.longBitsToDouble(r[k + MFE]), (int) (head >>> 32));
    }

    /** Trade {@code index}'s net PnL, read without making the trade (a sweep's statistics read only this). */
    @Override
    public double netPnl(int index) {
        Objects.checkIndex(index, size);
        long[] r = rows.chunk(index);
        int k = rows.offset(index);
        long head = r[k + HEAD];
        if ((head & OTHER_NET) != 0) return otherNets.get(index);
        return Double.longBitsToDouble(r[k + GROSS]) - costs(index, head);
    }

    /** The costs of trade {@code index}, whose first long is {@code head}. */
    private double costs(int index, long head) {
        if ((head & OF_FILLS) != 0) {
            int exit = (int) (head >>> 4) & (REF_LIMIT - 1);
            return costs(exit - 1, exit, fills.quantity(exit));
        }
        return Double.longBitsToDouble(rows.extra(index)[rows.extraOffset(index) + COSTS]);
    }

    @Override public int size() { return size; }

    /** A read-only view of this log, as it grows. */
    public java.util.List<Trade> readOnly() { return new ReadOnly(this); }

    private static final class ReadOnly extends AbstractList<Trade> implements RandomAccess, TradePnls {
        private final TradeLog log;

        ReadOnly(TradeLog log) { this.log = log; }

        @Override public Trade get(int index) { return log.get(index); }
        @Override public int size() { return log.size(); }
        @Override public double netPnl(int index) { return log.netPnl(index); }
    }
}
