package dev.tradewind.model;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A run's closed round trips as rows of ten longs, read as {@link Trade}s made on each {@link #get}: the bars held,
 * side and the symbol's code among the distinct symbols in one long, then the raw bits of quantity, entry time and
 * price, exit time and price, gross PnL, costs, MAE and MFE (80 bytes a trade where an object and its reference took
 * 116). The net PnL is gross less costs, as a run's trades have it, or else kept beside the rows. Trade {@code i} has
 * id {@code i + 1}: trades are numbered in the order they close, and one added out of that sequence is refused. Two
 * reads of one index give equal trades, not the same object. Chunks of 1,024 rows (the first one starts smaller and
 * grows fourfold up to that), so a long log never copies what it holds. Append-only; not thread-safe.
 */
public final class TradeLog extends AbstractList<Trade> implements RandomAccess, TradePnls {
    private static final int FIELDS = 10;
    private static final long OTHER_NET = 1L << 34; // the net PnL is not gross less costs: it is in otherNets
    private static final Side[] SIDES = Side.values();
    private static final int NONE = 3; // a null side

    private final RowChunks rows = new RowChunks(FIELDS);
    private final Dictionary symbols = new Dictionary();
    private final java.util.Map<Integer, Double> otherNets = new java.util.HashMap<>();
    private int size;

    /**
     * Appends {@code new Trade(size() + 1, symbol, side, quantity, entryTime, entryPrice, exitTime, exitPrice, grossPnl,
     * costs, netPnl, mae, mfe, barsHeld)}.
     */
    public void add(String symbol, Side side, double quantity, long entryTime, double entryPrice, long exitTime,
            double exitPrice, double grossPnl, double costs, double netPnl, double mae, double mfe, int barsHeld) {
        rows.reserve(size);
        long[] r = rows.chunk(size);
        int k = rows.offset(size);
        long code = symbol == null ? 0 : symbols.code(symbol) + 1L; // 0: a null symbol
        boolean otherNet = Double.doubleToRawLongBits(netPnl) != Double.doubleToRawLongBits(grossPnl - costs);
        if (otherNet) otherNets.put(size, netPnl);
        r[k] = (barsHeld & 0xFFFF_FFFFL) | (long) (side == null ? NONE : side.ordinal()) << 32 | (otherNet ? OTHER_NET : 0)
                | code << 35;
        r[k + 1] = Double.doubleToRawLongBits(quantity);
        r[k + 2] = entryTime;
        r[k + 3] = Double.doubleToRawLongBits(entryPrice);
        r[k + 4] = exitTime;
        r[k + 5] = Double.doubleToRawLongBits(exitPrice);
        r[k + 6] = Double.doubleToRawLongBits(grossPnl);
        r[k + 7] = Double.doubleToRawLongBits(costs);
        r[k + 8] = Double.doubleToRawLongBits(mae);
        r[k + 9] = Double.doubleToRawLongBits(mfe);
        size++;
        modCount++;
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
        long x = r[k];
        int side = (int) (x >>> 32 & 3);
        long code = x >>> 35;
        return new Trade(index + 1, code == 0 ? null : symbols.value((int) (code - 1)), side == NONE ? null : SIDES[side],
                Double.longBitsToDouble(r[k + 1]), r[k + 2], Double.longBitsToDouble(r[k + 3]), r[k + 4],
                Double.longBitsToDouble(r[k + 5]), Double.longBitsToDouble(r[k + 6]), Double.longBitsToDouble(r[k + 7]),
                net(index, x, r, k), Double.longBitsToDouble(r[k + 8]), Double.longBitsToDouble(r[k + 9]), (int) x);
    }

    /** Trade {@code index}'s net PnL, read without making the trade (a sweep's statistics read only this). */
    @Override
    public double netPnl(int index) {
        Objects.checkIndex(index, size);
        long[] r = rows.chunk(index);
        int k = rows.offset(index);
        return net(index, r[k], r, k);
    }

    /** The net PnL of trade {@code index}, whose row starts at {@code r[k]} (that is {@code x}). */
    private double net(int index, long x, long[] r, int k) {
        if ((x & OTHER_NET) != 0) return otherNets.get(index);
        return Double.longBitsToDouble(r[k + 6]) - Double.longBitsToDouble(r[k + 7]);
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
