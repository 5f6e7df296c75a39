package dev.tradewind.store;

import dev.tradewind.model.Fill;
import dev.tradewind.model.Liquidity;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import dev.tradewind.model.Signal;
import dev.tradewind.model.TimeInForce;
import dev.tradewind.model.Trade;
import dev.tradewind.model.TrailUnit;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The column layouts of the orders, fills, trades and signals in {@code packed_rows} (schema V7, see
 * V7__packed_rows.sql), written and read side by side so that they cannot drift apart. Rows are taken one call each
 * ({@code set(i, row)}): a method called per row is compiled by the JIT after a few hundred calls, where one loop over
 * 40,000 rows would run in the interpreter to its end (a loop is compiled on the stack only after 60,000 turns), and
 * a recorded run is written once, by a JVM that has just started.
 */
final class PackedRows {
    private PackedRows() {}

    /** The orders in id order (as the row table read them back); two with one id are refused. */
    static byte[] orders(List<OrderRecord> rows) throws SQLException {
        Orders t = new Orders(rows.size());
        for (int i = 0; i < rows.size(); i++) t.set(i, rows.get(i));
        return increasing(t.order) ? t.pack() : orders(sorted(rows, x -> x.order().id(), "order"));
    }

    /** The fills in id order; two with one id are refused. */
    static byte[] fills(List<Fill> rows) throws SQLException {
        Fills t = new Fills(rows.size());
        for (int i = 0; i < rows.size(); i++) t.set(i, rows.get(i));
        return increasing(t.fill) ? t.pack() : fills(sorted(rows, Fill::id, "fill"));
    }

    /** The trades in id order (closing order is not id order when positions overlap); two with one id are refused. */
    static byte[] trades(List<Trade> rows) throws SQLException {
        Trades t = new Trades(rows.size());
        for (int i = 0; i < rows.size(); i++) t.set(i, rows.get(i));
        return increasing(t.trade) ? t.pack() : trades(sorted(rows, Trade::id, "trade"));
    }

    private static boolean increasing(long[] ids) {
        for (int i = 1; i < ids.length; i++) if (ids[i - 1] >= ids[i]) return false;
        return true;
    }

    /** The rows sorted by id, which are then strictly increasing: two rows with one id are refused, as the keys did. */
    private static <T> List<T> sorted(List<T> rows, ToLongFunction<T> id, String what) throws SQLException {
        List<T> s = new ArrayList<>(rows);
        s.sort(Comparator.comparingLong(id));
        for (int k = 1; k < s.size(); k++) {
            long a = id.applyAsLong(s.get(k - 1));
            if (a == id.applyAsLong(s.get(k))) throw new SQLException("two " + what + "s with id " + a);
        }
        return s;
    }

    static byte[] signals(List<Signal> rows) {
        Signals t = new Signals(rows.size());
        for (int i = 0; i < rows.size(); i++) t.set(i, rows.get(i));
        return t.pack();
    }

    private static final class Orders {
        final int n;
        final long[] order, time, expire, reduce, post, parent, oco, updated;
        final double[] quantity, limit, stop, trail, filled, average;
        final Columns.Texts symbol, side, type, tif, trailUnit, tag, status, reason;

        Orders(int n) {
            this.n = n;
            order = new long[n];
            time = new long[n];
            expire = new long[n];
            reduce = new long[n];
            post = new long[n];
            parent = new long[n];
            oco = new long[n];
            updated = new long[n];
            quantity = new double[n];
            limit = new double[n];
            stop = new double[n];
            trail = new double[n];
            filled = new double[n];
            average = new double[n];
            symbol = new Columns.Texts(n);
            side = new Columns.Texts(n);
            type = new Columns.Texts(n);
            tif = new Columns.Texts(n);
            trailUnit = new Columns.Texts(n);
            tag = new Columns.Texts(n);
            status = new Columns.Texts(n);
            reason = new Columns.Texts(n);
        }

        void set(int i, OrderRecord x) {
            Order o = x.order();
            order[i] = o.id();
            time[i] = o.time();
            symbol.set(i, o.symbol());
            side.set(i, o.side().name());
            type.set(i, o.type().name());
            quantity[i] = o.quantity();
            limit[i] = o.limitPrice();
            stop[i] = o.stopPrice();
            tif.set(i, o.tif().name());
            expire[i] = o.expireTime();
            trail[i] = o.trail();
            trailUnit.set(i, o.trailUnit().name());
            reduce[i] = o.reduceOnly() ? 1 : 0;
            post[i] = o.postOnly() ? 1 : 0;
            parent[i] = o.parentId();
            oco[i] = o.ocoId();
            tag.set(i, o.tag() == null ? "" : o.tag()); // as the row table stored it (NOT NULL)
            status.set(i, x.status().name());
            filled[i] = x.filledQuantity();
            average[i] = x.averageFillPrice();
            updated[i] = x.updated();
            reason.set(i, x.reason() == null ? "" : x.reason());
        }

        byte[] pack() {
            return new Columns.Writer(n).longs(order).longs(time).texts(symbol).texts(side).texts(type).doubles(quantity)
                    .doubles(limit).doubles(stop).texts(tif).longs(expire).doubles(trail).texts(trailUnit).longs(reduce)
                    .longs(post).longs(parent).longs(oco).texts(tag).texts(status).doubles(filled).doubles(average)
                    .longs(updated).texts(reason).finish();
        }
    }

    static List<OrderRecord> orders(Columns.Reader k) throws SQLException {
        long[] order = k.longs(), time = k.longs();
        String[] symbol = k.texts(), side = k.texts(), type = k.texts();
        double[] quantity = k.doubles(), limit = k.doubles(), stop = k.doubles();
        String[] tif = k.texts();
        long[] expire = k.longs();
        double[] trail = k.doubles();
        String[] trailUnit = k.texts();
        long[] reduce = k.longs(), post = k.longs(), parent = k.longs(), oco = k.longs();
        String[] tag = k.texts(), status = k.texts();
        double[] filled = k.doubles(), average = k.doubles();
        long[] updated = k.longs();
        String[] reason = k.texts();
        k.end();
        List<OrderRecord> out = new ArrayList<>(order.length);
        for (int i = 0; i < order.length; i++) {
            Order o = new Order(order[i], symbol[i], Side.valueOf(side[i]), OrderType.valueOf(type[i]), quantity[i], limit[i],
                    stop[i], TimeInForce.valueOf(tif[i]), expire[i], trail[i], TrailUnit.valueOf(trailUnit[i]), reduce[i] != 0,
                    post[i] != 0, parent[i], oco[i], time[i], tag[i]);
            out.add(new OrderRecord(o, OrderStatus.valueOf(status[i]), filled[i], average[i], updated[i], reason[i]));
        }
        return out;
    }

    private static final class Fills {
        final int n;
        final long[] fill, order, time;
        final double[] quantity, price, fee;
        final Columns.Texts symbol, side, liquidity;

        Fills(int n) {
            this.n = n;
            fill = new long[n];
            order = new long[n];
            time = new long[n];
            quantity = new double[n];
            price = new double[n];
            fee = new double[n];
            symbol = new Columns.Texts(n);
            side = new Columns.Texts(n);
            liquidity = new Columns.Texts(n);
        }

        void set(int i, Fill f) {
            fill[i] = f.id();
            order[i] = f.orderId();
            time[i] = f.time();
            symbol.set(i, f.symbol());
            side.set(i, f.side().name());
            quantity[i] = f.quantity();
            price[i] = f.price();
            fee[i] = f.fee();
            liquidity.set(i, f.liquidity().name());
        }

        byte[] pack() {
            return new Columns.Writer(n).longs(fill).longs(order).longs(time).texts(symbol).texts(side).doubles(quantity)
                    .doubles(price).doubles(fee).texts(liquidity).finish();
        }
    }

    static List<Fill> fills(Columns.Reader k) throws SQLException {
        long[] fill = k.longs(), order = k.longs(), time = k.longs();
        String[] symbol = k.texts(), side = k.texts();
        double[] quantity = k.doubles(), price = k.doubles(), fee = k.doubles();
        String[] liquidity = k.texts();
        k.end();
        List<Fill> out = new ArrayList<>(fill.length);
        for (int i = 0; i < fill.length; i++) {
            out.add(new Fill(fill[i], order[i], time[i], symbol[i], Side.valueOf(side[i]), quantity[i], price[i], fee[i],
                    Liquidity.valueOf(liquidity[i])));
        }
        return out;
    }

    private static final class Trades {
        final int n;
        final long[] trade, entry, exit, bars;
        final double[] quantity, entryPrice, exitPrice, gross, costs, net, mae, mfe;
        final Columns.Texts symbol, side;

        Trades(int n) {
            this.n = n;
            trade = new long[n];
            entry = new long[n];
            exit = new long[n];
            bars = new long[n];
            quantity = new double[n];
            entryPrice = new double[n];
            exitPrice = new double[n];
            gross = new double[n];
            costs = new double[n];
            net = new double[n];
            mae = new double[n];
            mfe = new double[n];
            symbol = new Columns.Texts(n);
            side = new Columns.Texts(n);
        }

        void set(int i, Trade t) {
            trade[i] = t.id();
            symbol.set(i, t.symbol());
            side.set(i, t.side().name());
            quantity[i] = t.quantity();
            entry[i] = t.entryTime();
            entryPrice[i] = t.entryPrice();
            exit[i] = t.exitTime();
            exitPrice[i] = t.exitPrice();
            gross[i] = t.grossPnl();
            costs[i] = t.costs();
            net[i] = t.netPnl();
            mae[i] = t.mae();
            mfe[i] = t.mfe();
            bars[i] = t.barsHeld();
        }

        byte[] pack() {
            return new Columns.Writer(n).longs(trade).texts(symbol).texts(side).doubles(quantity).longs(entry)
                    .doubles(entryPrice).longs(exit).doubles(exitPrice).doubles(gross).doubles(costs).doubles(net)
                    .doubles(mae).doubles(mfe).longs(bars).finish();
        }
    }

    static List<Trade> trades(Columns.Reader k) throws SQLException {
        long[] trade = k.longs();
        String[] symbol = k.texts(), side = k.texts();
        double[] quantity = k.doubles();
        long[] entry = k.longs();
        double[] entryPrice = k.doubles();
        long[] exit = k.longs();
        double[] exitPrice = k.doubles(), gross = k.doubles(), costs = k.doubles(), net = k.doubles(), mae = k.doubles(),
                mfe = k.doubles();
        long[] bars = k.longs();
        k.end();
        List<Trade> out = new ArrayList<>(trade.length);
        for (int i = 0; i < trade.length; i++) {
            if (bars[i] != (int) bars[i]) throw new SQLException("trade " + trade[i] + " held " + bars[i] + " bars: malformed");
            out.add(new Trade(trade[i], symbol[i], Side.valueOf(side[i]), quantity[i], entry[i], entryPrice[i], exit[i],
                    exitPrice[i], gross[i], costs[i], net[i], mae[i], mfe[i], (int) bars[i]));
        }
        return out;
    }

    private static final class Signals {
        final int n;
        final long[] time, order;
        final double[] quantity, price;
        final Columns.Texts side, outcome;

        Signals(int n) {
            this.n = n;
            time = new long[n];
            order = new long[n];
            quantity = new double[n];
            price = new double[n];
            side = new Columns.Texts(n);
            outcome = new Columns.Texts(n);
        }

        void set(int i, Signal x) {
            time[i] = x.time();
            order[i] = x.orderId();
            side.set(i, x.side().name());
            quantity[i] = x.quantity();
            price[i] = x.price();
            outcome.set(i, x.outcome());
        }

        byte[] pack() {
            return new Columns.Writer(n).longs(time).longs(order).texts(side).doubles(quantity).doubles(price).texts(outcome)
                    .finish();
        }
    }

    static List<Signal> signals(Columns.Reader k) throws SQLException {
        long[] time = k.longs(), order = k.longs();
        String[] side = k.texts();
        double[] quantity = k.doubles(), price = k.doubles();
        String[] outcome = k.texts();
        k.end();
        List<Signal> out = new ArrayList<>(time.length);
        for (int i = 0; i < time.length; i++) {
            out.add(new Signal(time[i], order[i], Side.valueOf(side[i]), quantity[i], price[i], outcome[i]));
        }
        return out;
    }
}
