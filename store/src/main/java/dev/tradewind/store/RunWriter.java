package dev.tradewind.store;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.LogLine;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.Trade;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a finished run's rows with JDBC batches inside the caller's transaction: no commit per row. Flushes every
 * {@link #BATCH} rows to bound the driver's buffers.
 */
final class RunWriter {
    static final int BATCH = 8192;

    private RunWriter() {}

    /** Marks run {@code id} completed with its results; false if it is not a running run (deleted or finished). */
    static boolean finish(Connection c, long id, Completion done, long endedNs) throws SQLException {
        return finish(c, id, done, endedNs, null);
    }

    /** The same, with a message on the run (a paper run stopped by its user says so); null for none. */
    static boolean finish(Connection c, long id, Completion done, long endedNs, String message) throws SQLException {
        Statistics s = done.statistics();
        Map<String, Object> stats = done.results() != null ? done.results() : new LinkedHashMap<>(s.toMap());
        BacktestResult r = done.result();
        try (PreparedStatement p = c.prepareStatement("UPDATE runs SET status = 'completed', ended_ns = ?, symbol = ?, "
                + "parameters = ?, config = ?, data_fingerprint = ?, strategy_sha256 = ?, statistics = ?, orders_hash = ?, "
                + "bars = ?, final_equity = ?, total_return = ?, sharpe = ?, max_drawdown = ?, trades = ?, message = ? "
                + "WHERE id = ? AND status = 'running'")) {
            p.setLong(1, endedNs);
            Sql.setText(p, 2, done.symbol());
            p.setString(3, JsonText.write(r.params()));
            Sql.setText(p, 4, done.config());
            Sql.setText(p, 5, done.dataFingerprint());
            Sql.setText(p, 6, done.strategySha256());
            p.setString(7, JsonText.write(stats));
            p.setString(8, stats.get("orders_hash") instanceof String h ? h : r.ordersHash());
            p.setInt(9, r.bars());
            Sql.setDouble(p, 10, s.finalEquity());
            Sql.setDouble(p, 11, s.totalReturn());
            Sql.setDouble(p, 12, s.sharpe());
            Sql.setDouble(p, 13, s.maxDrawdown());
            p.setInt(14, s.trades());
            Sql.setText(p, 15, message);
            p.setLong(16, id);
            if (p.executeUpdate() != 1) return false;
        }
        rows(c, id, r);
        return true;
    }

    /** The run's tables a checkpoint or the completion fills (order_events holds only runs recorded before V4). */
    private static final String[] ROW_TABLES = {"orders", "order_events", "order_event_columns", "fills", "trades", "equity",
        "logs", "signals", "ledger"};

    /**
     * Replaces run {@code id}'s rows with those of {@code r}: what a checkpoint of a run still going stored is dropped
     * and written again, whole (a run never holds a mix of two checkpoints).
     */
    static void rows(Connection c, long id, BacktestResult r) throws SQLException {
        for (String table : ROW_TABLES) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
                p.setLong(1, id);
                p.executeUpdate();
            }
        }
        orders(c, id, r);
        events(c, id, r);
        fills(c, id, r);
        trades(c, id, r);
        equity(c, id, r);
        logs(c, id, r);
        signals(c, id, r);
        ledger(c, id, r);
    }

    private static void signals(Connection c, long id, BacktestResult r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO signals (run_id, seq, time_ns, order_id, side, quantity, "
                + "price, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (var x : r.signals()) {
                p.setLong(1, id);
                p.setInt(2, n + 1);
                p.setLong(3, x.time());
                p.setLong(4, x.orderId());
                p.setString(5, x.side().name());
                p.setDouble(6, x.quantity());
                Sql.setDouble(p, 7, x.price());
                p.setString(8, x.outcome());
                add(p, ++n);
            }
            p.executeBatch();
        }
    }

    private static void ledger(Connection c, long id, BacktestResult r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO ledger (run_id, seq, time_ns, kind, amount, note) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (var x : r.ledger()) {
                p.setLong(1, id);
                p.setInt(2, n + 1);
                p.setLong(3, x.time());
                p.setString(4, x.kind().name());
                p.setDouble(5, x.amount());
                p.setString(6, x.note());
                add(p, ++n);
            }
            p.executeBatch();
        }
    }

    private static void orders(Connection c, long id, BacktestResult r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO orders (run_id, order_id, time_ns, symbol, side, type, "
                + "quantity, limit_price, stop_price, tif, expire_ns, trail, trail_unit, reduce_only, post_only, parent_id, "
                + "oco_id, tag, status, filled_quantity, avg_fill_price, updated_ns, reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (OrderRecord x : r.orders()) {
                Order o = x.order();
                p.setLong(1, id);
                p.setLong(2, o.id());
                p.setLong(3, o.time());
                p.setString(4, o.symbol());
                p.setString(5, o.side().name());
                p.setString(6, o.type().name());
                p.setDouble(7, o.quantity());
                Sql.setDouble(p, 8, o.limitPrice());
                Sql.setDouble(p, 9, o.stopPrice());
                p.setString(10, o.tif().name());
                p.setLong(11, o.expireTime());
                Sql.setDouble(p, 12, o.trail());
                p.setString(13, o.trailUnit().name());
                p.setBoolean(14, o.reduceOnly());
                p.setBoolean(15, o.postOnly());
                p.setLong(16, o.parentId());
                p.setLong(17, o.ocoId());
                p.setString(18, o.tag() == null ? "" : o.tag());
                p.setString(19, x.status().name());
                p.setDouble(20, x.filledQuantity());
                Sql.setDouble(p, 21, x.averageFillPrice());
                p.setLong(22, x.updated());
                p.setString(23, x.reason() == null ? "" : x.reason());
                add(p, ++n);
            }
            p.executeBatch();
        }
    }

    /** All of a run's order events in one row of packed columns (schema V4; see V4__order_event_columns.sql). */
    private static void events(Connection c, long id, BacktestResult r) throws SQLException {
        List<OrderEvent> events = r.events();
        int n = events.size();
        long[] order = new long[n], time = new long[n], fill = new long[n];
        double[] quantity = new double[n];
        StringBuilder kinds = new StringBuilder(n * 9), statuses = new StringBuilder(n * 9);
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            OrderEvent e = events.get(i);
            order[i] = e.orderId();
            time[i] = e.time();
            quantity[i] = Double.NaN;
            if (i > 0) {
                kinds.append(',');
                statuses.append(',');
            }
            statuses.append(e.status().name());
            kinds.append(switch (e) {
                case OrderEvent.Accepted a -> "ACCEPTED";
                case OrderEvent.Triggered t -> "TRIGGERED";
                case OrderEvent.Filled f -> {
                    fill[i] = f.fill().id();
                    quantity[i] = f.remaining();
                    yield "FILLED";
                }
                case OrderEvent.Updated u -> {
                    quantity[i] = u.quantity();
                    yield "UPDATED";
                }
                case OrderEvent.Modified m -> {
                    quantity[i] = m.quantity();
                    reasons.add(Modification.text(m)); // its new prices, in the texts column beside rejections' reasons
                    yield "MODIFIED";
                }
                case OrderEvent.Canceled x -> "CANCELED";
                case OrderEvent.Expired x -> "EXPIRED";
                case OrderEvent.Rejected x -> {
                    reasons.add(x.reason());
                    yield "REJECTED";
                }
            });
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO order_event_columns (run_id, events, order_id, time_ns, "
                + "kind, status, fill_id, quantity, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, id);
            p.setInt(2, n);
            p.setBytes(3, Packed.timesXor(order, 0, n));
            p.setBytes(4, Packed.timesXor(time, 0, n));
            p.setString(5, kinds.toString());
            p.setString(6, statuses.toString());
            p.setBytes(7, Packed.timesXor(fill, 0, n));
            p.setBytes(8, Packed.doublesXor(quantity, 0, n));
            p.setString(9, JsonText.write(reasons));
            p.executeUpdate();
        }
    }

    private static void fills(Connection c, long id, BacktestResult r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO fills (run_id, fill_id, order_id, time_ns, symbol, side, "
                + "quantity, price, fee, liquidity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Fill f : r.fills()) {
                p.setLong(1, id);
                p.setLong(2, f.id());
                p.setLong(3, f.orderId());
                p.setLong(4, f.time());
                p.setString(5, f.symbol());
                p.setString(6, f.side().name());
                p.setDouble(7, f.quantity());
                p.setDouble(8, f.price());
                p.setDouble(9, f.fee());
                p.setString(10, f.liquidity().name());
                add(p, ++n);
            }
            p.executeBatch();
        }
    }

    private static void trades(Connection c, long id, BacktestResult r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO trades (run_id, trade_id, symbol, side, quantity, entry_ns, "
                + "entry_price, exit_ns, exit_price, gross_pnl, costs, net_pnl, mae, mfe, bars_held) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Trade t : r.trades()) {
                p.setLong(1, id);
                p.setLong(2, t.id());
                p.setString(3, t.symbol());
                p.setString(4, t.side().name());
                p.setDouble(5, t.quantity());
                p.setLong(6, t.entryTime());
                p.setDouble(7, t.entryPrice());
                p.setLong(8, t.exitTime());
                p.setDouble(9, t.exitPrice());
                p.setDouble(10, t.grossPnl());
                p.setDouble(11, t.costs());
                p.setDouble(12, t.netPnl());
                p.setDouble(13, t.mae());
                p.setDouble(14, t.mfe());
                p.setInt(15, t.barsHeld());
                add(p, ++n);
            }
            p.executeBatch();
        }
    }

    private static void equity(Connection c, long id, BacktestResult r) throws SQLException {
        int n = r.bars();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO equity (run_id, chunk, first_bar, bars, encoding, time_ns, "
                + "equity, cash, position) VALUES (?, ?, ?, ?, " + Packed.XOR + ", ?, ?, ?, ?)")) {
            for (int chunk = 0, from = 0; from < n; chunk++, from += Packed.CHUNK) {
                int size = Math.min(Packed.CHUNK, n - from);
                p.setLong(1, id);
                p.setInt(2, chunk);
                p.setInt(3, from);
                p.setInt(4, size);
                p.setBytes(5, Packed.timesXor(r.time(), from, size));
                p.setBytes(6, Packed.doublesXor(r.equity(), from, size));
                p.setBytes(7, Packed.doublesXor(r.cash(), from, size));
                p.setBytes(8, Packed.doublesXor(r.position(), from, size));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void logs(Connection c, long id, BacktestResult r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO logs (run_id, seq, time_ns, level, message) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (LogLine l : r.log()) {
                p.setLong(1, id);
                p.setInt(2, n + 1);
                p.setLong(3, l.time());
                p.setString(4, l.level());
                p.setString(5, l.message());
                add(p, ++n);
            }
            p.executeBatch();
        }
    }

    private static void add(PreparedStatement p, int n) throws SQLException {
        p.addBatch();
        if (n % BATCH == 0) p.executeBatch();
    }
}
