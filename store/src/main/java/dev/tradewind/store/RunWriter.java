package dev.tradewind.store;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.LogLine;
import dev.tradewind.model.OnOtherThread;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.model.OrderEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a finished run's rows inside the caller's transaction: the orders, fills, trades, signals and order events
 * as one row each of packed columns ({@link Columns}, V7; the events V4), the equity curve in packed chunks, the log
 * and ledger as rows in JDBC batches flushed every {@link #BATCH} rows to bound the driver's buffers.
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

    /**
     * The run's tables a checkpoint or the completion fills (order_events holds only runs recorded before V4; orders,
     * fills, trades and signals only runs recorded before V7).
     */
    private static final String[] ROW_TABLES = {"orders", "order_events", "order_event_columns", "fills", "trades", "equity",
        "logs", "signals", "ledger", "packed_rows"};

    /**
     * Replaces run {@code id}'s rows with those of {@code r}: what a checkpoint of a run still going stored is dropped
     * and written again, whole (a run never holds a mix of two checkpoints).
     */
    static void rows(Connection c, long id, BacktestResult r) throws SQLException {
        // the equity curve's chunks (four columns a bar, the largest packing of a run) are packed on another thread
        // while this one packs and inserts the rest: 1M bars' chunks took a sixth of a recording's time
        OnOtherThread<List<Chunk>> curve = OnOtherThread.start("run-writer-equity", () -> equityChunks(r));
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
        equity(c, id, curve.get());
        logs(c, id, r);
        signals(c, id, r);
        ledger(c, id, r);
    }

    private static void signals(Connection c, long id, BacktestResult r) throws SQLException {
        packed(c, id, "signals", r.signals().size(), PackedRows.signals(r.signals()));
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

    /** The orders as one row of packed columns (schema V7), in id order as the row table was read. */
    private static void orders(Connection c, long id, BacktestResult r) throws SQLException {
        packed(c, id, "orders", r.orders().size(), PackedRows.orders(r.orders()));
    }

    /** All of a run's order events in one row of packed columns (schema V4; see V4__order_event_columns.sql). */
    private static void events(Connection c, long id, BacktestResult r) throws SQLException {
        List<OrderEvent> events = r.events();
        int n = events.size();
        Events e = new Events(n);
        for (int i = 0; i < n; i++) e.set(i, events.get(i));
        try (PreparedStatement p = c.prepareStatement("INSERT INTO order_event_columns (run_id, events, order_id, time_ns, "
                + "kind, status, fill_id, quantity, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, id);
            p.setInt(2, n);
            p.setBytes(3, Packed.timesXor(e.order, 0, n));
            p.setBytes(4, Packed.timesXor(e.time, 0, n));
            p.setString(5, e.kinds.toString());
            p.setString(6, e.statuses.toString());
            p.setBytes(7, Packed.timesXor(e.fill, 0, n));
            p.setBytes(8, Packed.doublesXor(e.quantity, 0, n));
            p.setString(9, JsonText.write(e.reasons));
            p.executeUpdate();
        }
    }

    /** The V4 event columns being filled, an event a call (see {@link PackedRows} for why a call each). */
    private static final class Events {
        final long[] order, time, fill;
        final double[] quantity;
        final StringBuilder kinds, statuses;
        final List<String> reasons = new ArrayList<>();

        Events(int n) {
            order = new long[n];
            time = new long[n];
            fill = new long[n];
            quantity = new double[n];
            kinds = new StringBuilder(n * 9);
            statuses = new StringBuilder(n * 9);
        }

        void set(int i, OrderEvent e) {
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
    }

    /** The fills as one row of packed columns (schema V7), in id order. */
    private static void fills(Connection c, long id, BacktestResult r) throws SQLException {
        packed(c, id, "fills", r.fills().size(), PackedRows.fills(r.fills()));
    }

    /** The closed trades as one row of packed columns (schema V7), in id order. */
    private static void trades(Connection c, long id, BacktestResult r) throws SQLException {
        packed(c, id, "trades", r.trades().size(), PackedRows.trades(r.trades()));
    }

    private static void packed(Connection c, long id, String table, int n, byte[] data) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO packed_rows (run_id, table_name, row_count, data) "
                + "VALUES (?, ?, ?, ?)")) {
            p.setLong(1, id);
            p.setString(2, table);
            p.setInt(3, n);
            p.setBytes(4, data);
            p.executeUpdate();
        }
    }

    /** Bars {@code [from, from + size)} of the equity curve, its columns packed. */
    private record Chunk(int from, int size, byte[] time, byte[] equity, byte[] cash, byte[] position) {}

    /** The equity curve in chunks of {@link Packed#CHUNK} bars. */
    private static List<Chunk> equityChunks(BacktestResult r) {
        int n = r.bars();
        List<Chunk> chunks = new ArrayList<>();
        for (int from = 0; from < n; from += Packed.CHUNK) {
            int size = Math.min(Packed.CHUNK, n - from);
            chunks.add(new Chunk(from, size, Packed.timesXor(r.time(), from, size), Packed.doublesXor(r.equity(), from, size),
                    Packed.doublesXor(r.cash().toArray(from, size), 0, size), Packed.doublesXor(r.position().toArray(from, size), 0, size)));
        }
        return chunks;
    }

    private static void equity(Connection c, long id, List<Chunk> chunks) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO equity (run_id, chunk, first_bar, bars, encoding, time_ns, "
                + "equity, cash, position) VALUES (?, ?, ?, ?, " + Packed.XOR + ", ?, ?, ?, ?)")) {
            for (int i = 0; i < chunks.size(); i++) {
                Chunk k = chunks.get(i);
                p.setLong(1, id);
                p.setInt(2, i);
                p.setInt(3, k.from());
                p.setInt(4, k.size());
                p.setBytes(5, k.time());
                p.setBytes(6, k.equity());
                p.setBytes(7, k.cash());
                p.setBytes(8, k.position());
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
