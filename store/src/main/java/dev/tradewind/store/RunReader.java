package dev.tradewind.store;

import dev.tradewind.model.LogLine;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Liquidity;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import dev.tradewind.model.Trade;
import dev.tradewind.model.TrailUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads runs and their rows back as the model's types. Reads never wait for a writer (WAL on SQLite, MVCC on PostgreSQL). */
final class RunReader {
    private static final String RUN_COLUMNS = "id, strategy, strategy_sha256, symbol, data, parameters, config, "
            + "data_fingerprint, code_version, started_ns, ended_ns, status, message, statistics, orders_hash, bars, host, "
            + "pid, process_start_ns";

    private RunReader() {}

    static List<StoredRun> list(Connection c, Dialect d, RunFilter f) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + RUN_COLUMNS + " FROM runs WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.strategy() != null) {
            sql.append(" AND strategy = ?");
            args.add(f.strategy());
        }
        if (f.symbol() != null) {
            sql.append(" AND symbol = ?");
            args.add(f.symbol());
        }
        boolean live = f.status() == RunStatus.RUNNING || f.status() == RunStatus.INCOMPLETE;
        if (f.status() != null) {
            sql.append(" AND status = ?");
            args.add(live ? "running" : f.status() == RunStatus.STOPPED ? "completed" : f.status().label());
        }
        if (f.fromNs() != null) {
            sql.append(" AND started_ns >= ?");
            args.add(f.fromNs());
        }
        if (f.toNs() != null) {
            sql.append(" AND started_ns < ?");
            args.add(f.toNs());
        }
        sql.append(" ORDER BY id DESC");
        // a status a reader derives (incomplete from running, stopped from completed) is filtered below, not by a LIMIT
        boolean derived = live || f.status() == RunStatus.COMPLETED || f.status() == RunStatus.STOPPED;
        if (!derived) sql.append(" LIMIT ").append(f.limit());
        List<StoredRun> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) p.setObject(i + 1, args.get(i));
            try (ResultSet r = p.executeQuery()) {
                while (r.next() && out.size() < f.limit()) {
                    StoredRun run = run(c, d, r);
                    if (f.status() == null || run.status() == f.status()) out.add(run);
                }
            }
        }
        return out;
    }

    static StoredRun find(Connection c, Dialect d, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM runs WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? run(c, d, r) : null;
            }
        }
    }

    private static StoredRun run(Connection c, Dialect d, ResultSet r) throws SQLException {
        long id = r.getLong("id");
        RunStatus status = RunStatus.parse(r.getString("status"));
        String host = r.getString("host");
        long pid = r.getLong("pid");
        long start = r.getLong("process_start_ns");
        if (status == RunStatus.RUNNING && !Liveness.alive(c, d, id, host, pid, start)) status = RunStatus.INCOMPLETE;
        String message = r.getString("message");
        if (status == RunStatus.COMPLETED && message != null && message.startsWith(RunStatus.STOPPED_PREFIX)) status = RunStatus.STOPPED;
        return new StoredRun(id, r.getString("strategy"), r.getString("strategy_sha256"), r.getString("symbol"),
                r.getString("data"), JsonText.strings(r.getString("parameters")), r.getString("config"),
                r.getString("data_fingerprint"), r.getString("code_version"), r.getLong("started_ns"),
                r.getLong("ended_ns"), status, r.getString("message"), JsonText.objects(r.getString("statistics")),
                r.getString("orders_hash"), r.getInt("bars"), host, pid);
    }

    static List<OrderRecord> orders(Connection c, long id) throws SQLException {
        Columns.Reader k = packed(c, id, "orders");
        if (k != null) return PackedRows.orders(k);
        List<OrderRecord> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM orders WHERE run_id = ? ORDER BY order_id")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Order o = new Order(r.getLong("order_id"), r.getString("symbol"), Side.valueOf(r.getString("side")),
                            OrderType.valueOf(r.getString("type")), r.getDouble("quantity"), Sql.getDouble(r, "limit_price"),
                            Sql.getDouble(r, "stop_price"), TimeInForce.valueOf(r.getString("tif")), r.getLong("expire_ns"),
                            Sql.getDouble(r, "trail"), TrailUnit.valueOf(r.getString("trail_unit")),
                            r.getBoolean("reduce_only"), r.getBoolean("post_only"), r.getLong("parent_id"),
                            r.getLong("oco_id"), r.getLong("time_ns"), r.getString("tag"));
                    out.add(new OrderRecord(o, OrderStatus.valueOf(r.getString("status")), r.getDouble("filled_quantity"),
                            Sql.getDouble(r, "avg_fill_price"), r.getLong("updated_ns"), r.getString("reason")));
                }
            }
        }
        return out;
    }

    static List<Fill> fills(Connection c, long id) throws SQLException {
        Columns.Reader k = packed(c, id, "fills");
        if (k != null) return PackedRows.fills(k);
        List<Fill> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM fills WHERE run_id = ? ORDER BY fill_id")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Fill(r.getLong("fill_id"), r.getLong("order_id"), r.getLong("time_ns"), r.getString("symbol"),
                            Side.valueOf(r.getString("side")), r.getDouble("quantity"), r.getDouble("price"),
                            r.getDouble("fee"), Liquidity.valueOf(r.getString("liquidity"))));
                }
            }
        }
        return out;
    }

    static List<dev.tradewind.model.Signal> signals(Connection c, long id) throws SQLException {
        Columns.Reader k = packed(c, id, "signals");
        if (k != null) return PackedRows.signals(k);
        List<dev.tradewind.model.Signal> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM signals WHERE run_id = ? ORDER BY seq")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new dev.tradewind.model.Signal(r.getLong("time_ns"), r.getLong("order_id"),
                            Side.valueOf(r.getString("side")), r.getDouble("quantity"), Sql.getDouble(r, "price"),
                            r.getString("outcome")));
                }
            }
        }
        return out;
    }

    static List<dev.tradewind.model.LedgerEntry> ledger(Connection c, long id) throws SQLException {
        List<dev.tradewind.model.LedgerEntry> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM ledger WHERE run_id = ? ORDER BY seq")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new dev.tradewind.model.LedgerEntry(r.getLong("time_ns"),
                            dev.tradewind.model.LedgerEntry.Kind.valueOf(r.getString("kind")), r.getDouble("amount"),
                            r.getString("note")));
                }
            }
        }
        return out;
    }

    static List<OrderEvent> events(Connection c, long id) throws SQLException {
        Map<Long, Fill> fills = new HashMap<>();
        for (Fill f : fills(c, id)) fills.put(f.id(), f);
        List<OrderEvent> packed = packedEvents(c, id, fills);
        if (packed != null) return packed;
        List<OrderEvent> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM order_events WHERE run_id = ? ORDER BY seq")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long order = r.getLong("order_id");
                    long time = r.getLong("time_ns");
                    String kind = r.getString("kind");
                    out.add(switch (kind) {
                        case "ACCEPTED" -> new OrderEvent.Accepted(order, time);
                        case "TRIGGERED" -> new OrderEvent.Triggered(order, time);
                        case "FILLED" -> new OrderEvent.Filled(order, time, fills.get(r.getLong("fill_id")),
                                r.getDouble("quantity"));
                        case "UPDATED" -> new OrderEvent.Updated(order, time, r.getDouble("quantity"),
                                OrderStatus.valueOf(r.getString("status")));
                        case "MODIFIED" -> Modification.parse(order, time, r.getDouble("quantity"),
                                OrderStatus.valueOf(r.getString("status")), r.getString("reason"));
                        case "CANCELED" -> new OrderEvent.Canceled(order, time);
                        case "EXPIRED" -> new OrderEvent.Expired(order, time);
                        case "REJECTED" -> new OrderEvent.Rejected(order, time, r.getString("reason"));
                        default -> throw new StoreException("run " + id + ": unknown order event kind '" + kind
                                + "' (written by a newer Tradewind?)");
                    });
                }
            }
        }
        return out;
    }

    /** The run's events from its V4 column row, or null if it has none (recorded before V4: rows in order_events). */
    private static List<OrderEvent> packedEvents(Connection c, long id, Map<Long, Fill> fills) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT events, order_id, time_ns, kind, status, fill_id, quantity, "
                + "reason FROM order_event_columns WHERE run_id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) return null;
                int n = r.getInt(1);
                long[] order = new long[n], time = new long[n], fill = new long[n];
                double[] quantity = new double[n];
                Packed.timesXor(r.getBytes(2), order, 0, n);
                Packed.timesXor(r.getBytes(3), time, 0, n);
                String[] kinds = n == 0 ? new String[0] : r.getString(4).split(",", -1);
                String[] statuses = n == 0 ? new String[0] : r.getString(5).split(",", -1);
                Packed.timesXor(r.getBytes(6), fill, 0, n);
                Packed.doublesXor(r.getBytes(7), quantity, 0, n);
                List<String> reasons = JsonText.list(r.getString(8));
                if (kinds.length != n || statuses.length != n) {
                    throw new SQLException("run " + id + ": order event columns disagree on the number of events");
                }
                List<OrderEvent> out = new ArrayList<>(n);
                int rejected = 0;
                for (int i = 0; i < n; i++) {
                    out.add(switch (kinds[i]) {
                        case "ACCEPTED" -> new OrderEvent.Accepted(order[i], time[i]);
                        case "TRIGGERED" -> new OrderEvent.Triggered(order[i], time[i]);
                        case "FILLED" -> new OrderEvent.Filled(order[i], time[i], fills.get(fill[i]), quantity[i]);
                        case "UPDATED" -> new OrderEvent.Updated(order[i], time[i], quantity[i],
                                OrderStatus.valueOf(statuses[i]));
                        case "MODIFIED" -> {
                            if (rejected >= reasons.size()) throw new SQLException("run " + id + ": a modification without its prices");
                            yield Modification.parse(order[i], time[i], quantity[i], OrderStatus.valueOf(statuses[i]),
                                    reasons.get(rejected++));
                        }
                        case "CANCELED" -> new OrderEvent.Canceled(order[i], time[i]);
                        case "EXPIRED" -> new OrderEvent.Expired(order[i], time[i]);
                        case "REJECTED" -> {
                            if (rejected >= reasons.size()) throw new SQLException("run " + id + ": a rejection without its reason");
                            yield new OrderEvent.Rejected(order[i], time[i], reasons.get(rejected++));
                        }
                        default -> throw new StoreException("run " + id + ": unknown order event kind '" + kinds[i]
                                + "' (written by a newer Tradewind?)");
                    });
                }
                return out;
            }
        }
    }

    static List<Trade> trades(Connection c, long id) throws SQLException {
        Columns.Reader k = packed(c, id, "trades");
        if (k != null) return PackedRows.trades(k);
        List<Trade> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM trades WHERE run_id = ? ORDER BY trade_id")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Trade(r.getLong("trade_id"), r.getString("symbol"), Side.valueOf(r.getString("side")),
                            r.getDouble("quantity"), r.getLong("entry_ns"), r.getDouble("entry_price"), r.getLong("exit_ns"),
                            r.getDouble("exit_price"), r.getDouble("gross_pnl"), r.getDouble("costs"), r.getDouble("net_pnl"),
                            r.getDouble("mae"), r.getDouble("mfe"), r.getInt("bars_held")));
                }
            }
        }
        return out;
    }

    /** The reader of run {@code id}'s packed rows of {@code table} (V7), or null if it has none (recorded before V7). */
    private static Columns.Reader packed(Connection c, long id, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT row_count, data FROM packed_rows WHERE run_id = ? AND table_name = ?")) {
            p.setLong(1, id);
            p.setString(2, table);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new Columns.Reader(r.getBytes(2), r.getInt(1), "run " + id + " " + table) : null;
            }
        }
    }

    static StoredEquity equity(Connection c, long id) throws SQLException {
        int n = 0;
        try (PreparedStatement p = c.prepareStatement("SELECT sum(bars) FROM equity WHERE run_id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) n = r.getInt(1);
            }
        }
        long[] time = new long[n];
        double[] equity = new double[n], cash = new double[n], position = new double[n];
        try (PreparedStatement p = c.prepareStatement("SELECT first_bar, bars, time_ns, equity, cash, position, "
                + "encoding FROM equity WHERE run_id = ? ORDER BY chunk")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    int from = r.getInt(1);
                    int size = r.getInt(2);
                    if (from < 0 || size < 0 || from + size > n) throw new SQLException("run " + id + ": equity chunks overlap");
                    switch (r.getInt(7)) {
                        case Packed.RAW -> {
                            Packed.longs(r.getBytes(3), time, from, size);
                            Packed.doubles(r.getBytes(4), equity, from, size);
                            Packed.doubles(r.getBytes(5), cash, from, size);
                            Packed.doubles(r.getBytes(6), position, from, size);
                        }
                        case Packed.XOR -> {
                            Packed.timesXor(r.getBytes(3), time, from, size);
                            Packed.doublesXor(r.getBytes(4), equity, from, size);
                            Packed.doublesXor(r.getBytes(5), cash, from, size);
                            Packed.doublesXor(r.getBytes(6), position, from, size);
                        }
                        default -> throw new StoreException("run " + id + ": unknown equity encoding " + r.getInt(7)
                                + " (written by a newer Tradewind?)");
                    }
                }
            }
        }
        return new StoredEquity(time, equity, cash, position);
    }

    static List<LogLine> logs(Connection c, long id) throws SQLException {
        List<LogLine> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT time_ns, level, message FROM logs WHERE run_id = ? ORDER BY seq")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(new LogLine(r.getLong(1), r.getString(2), r.getString(3)));
            }
        }
        return out;
    }
}
