package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.BacktestResult;
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
import dev.tradewind.store.testing.Backend;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Orders, fills, trades and signals recorded as packed columns (V7) read back exactly as the row tables gave them:
 * every row and field (NaN prices, empty and odd texts, every enum), in id order whatever order the run listed them
 * in; two rows with one id are refused as the row tables' keys refused them; runs recorded as rows before V7 still
 * read, beside new ones, on both databases.
 */
class PackedRowsTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyRowAndFieldReadsBackInIdOrder(Backend b) throws Exception {
        BacktestResult base = SampleRun.result(400);
        BacktestResult r = with(base, orders(3_000, 7), fills(2_500, 8), trades(1_200, 9), signals(900, 10));
        try (RunStore store = RunStore.open(b.target(tmp), true)) {
            long id = record(store, r);
            assertThat(store.orders(id)).isEqualTo(sorted(r.orders(), x -> x.order().id()));
            assertThat(store.fills(id)).isEqualTo(sorted(r.fills(), Fill::id));
            assertThat(store.trades(id)).isEqualTo(sorted(r.trades(), Trade::id));
            assertThat(store.signals(id)).isEqualTo(r.signals()); // in the order they came, as seq kept them
            assertThat(store.orders(id)).isNotEqualTo(r.orders()); // the run listed them out of id order
            assertThat(store.counts(id)).containsEntry("orders", 3_000L).containsEntry("fills", 2_500L)
                    .containsEntry("trades", 1_200L);
            try (Connection c = RunStore.dataSource(store.target()).getConnection()) {
                for (String table : List.of("orders", "fills", "trades", "signals")) {
                    assertThat(count(c, "SELECT count(*) FROM " + table + " WHERE run_id = " + id)).as(table).isZero();
                }
                assertThat(count(c, "SELECT count(*) FROM packed_rows WHERE run_id = " + id)).isEqualTo(4);
            }
            assertThat(store.delete(id)).isTrue();
            try (Connection c = RunStore.dataSource(store.target()).getConnection()) {
                assertThat(count(c, "SELECT count(*) FROM packed_rows WHERE run_id = " + id)).isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoRowsWithOneIdAreRefusedAndNothingIsStored(Backend b) {
        BacktestResult base = SampleRun.result(200);
        List<Fill> fills = new ArrayList<>(base.fills());
        fills.add(fills.get(1));
        BacktestResult r = with(base, base.orders(), fills, base.trades(), base.signals());
        try (RunStore store = RunStore.open(b.target(tmp), true)) {
            Recording rec = store.begin(SampleRun.start("dup"));
            assertThatThrownBy(() -> rec.complete(SampleRun.completion(r))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("two fills with id " + fills.get(1).id());
            assertThat(store.get(rec.id()).status()).isEqualTo(RunStatus.FAILED);
            assertThat(store.orders(rec.id())).isEmpty();
            assertThat(store.fills(rec.id())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRunRecordedAsRowsBeforeV7StillReadsBesideANewOne(Backend b) throws Exception {
        StoreTarget t = b.target(tmp);
        DataSource ds = RunStore.dataSource(t);
        MigrationTest.migrateTo(t, ds, "6");
        BacktestResult old = with(SampleRun.result(300), orders(500, 1), fills(400, 2), trades(200, 3), signals(150, 4));
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO runs (id, strategy, parameters, code_version, "
                    + "started_ns, status, host, pid) VALUES (7, 'old', '{}', 'tradewind old', 1, 'completed', 'h', 1)")) {
                p.executeUpdate();
            }
            V6Rows.write(c, 7, old);
        }
        try (RunStore store = RunStore.open(t, true)) {
            assertThat(store.orders(7)).isEqualTo(sorted(old.orders(), x -> x.order().id()));
            assertThat(store.fills(7)).isEqualTo(sorted(old.fills(), Fill::id));
            assertThat(store.trades(7)).isEqualTo(sorted(old.trades(), Trade::id));
            assertThat(store.signals(7)).isEqualTo(old.signals());
            assertThat(store.counts(7)).containsEntry("orders", 500L).containsEntry("fills", 400L).containsEntry("trades", 200L);
            long id = record(store, old);
            assertThat(store.orders(id)).isEqualTo(store.orders(7));
            assertThat(store.fills(id)).isEqualTo(store.fills(7));
            assertThat(store.trades(id)).isEqualTo(store.trades(7));
            assertThat(store.signals(id)).isEqualTo(store.signals(7));
            assertThat(store.counts(id)).containsEntry("orders", 500L).containsEntry("fills", 400L).containsEntry("trades", 200L);
        }
    }

    private static long record(RunStore store, BacktestResult r) {
        try (Recording rec = store.begin(SampleRun.start("packed"))) {
            rec.complete(SampleRun.completion(r));
            return rec.id();
        }
    }

    private static int count(Connection c, String sql) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private static <T> List<T> sorted(List<T> rows, java.util.function.ToLongFunction<T> id) {
        List<T> s = new ArrayList<>(rows);
        s.sort(java.util.Comparator.comparingLong(id));
        return s;
    }

    static BacktestResult with(BacktestResult r, List<OrderRecord> orders, List<Fill> fills, List<Trade> trades,
            List<Signal> signals) {
        return new BacktestResult(r.params(), r.warmup(), orders, r.events(), fills, trades, r.time(), r.equity(), r.cash(),
                r.position(), r.marginUsed(), r.startingCash(), r.openTradePnl(), r.unrealizedPnl(), r.fees(), r.log(),
                signals, r.ledger(), r.notes());
    }

    private static <E extends Enum<E>> E any(SplittableRandom rnd, Class<E> type) {
        E[] all = type.getEnumConstants();
        return all[rnd.nextInt(all.length)];
    }

    private static final String[] TEXTS = {"", "x", "stop hit, at 1.5", "ünïcødé €", "\"quoted\"\nnew line", "🙂"};

    private static double price(SplittableRandom rnd) {
        return rnd.nextInt(5) == 0 ? Double.NaN : rnd.nextDouble(0.0001, 1e6);
    }

    /** Random orders of every kind with distinct ids in a shuffled order. */
    static List<OrderRecord> orders(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<OrderRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = 1 + i * 3L + rnd.nextInt(3);
            Order o = new Order(id, rnd.nextBoolean() ? "SYN" : "BTC-USDT", any(rnd, Side.class), any(rnd, OrderType.class),
                    rnd.nextDouble(0.001, 1e4), price(rnd), price(rnd), any(rnd, TimeInForce.class),
                    rnd.nextBoolean() ? 0 : rnd.nextLong(1L << 62), price(rnd), any(rnd, TrailUnit.class), rnd.nextBoolean(),
                    rnd.nextBoolean(), rnd.nextInt(3) == 0 ? rnd.nextLong(1, id + 1) : 0, rnd.nextInt(4) == 0 ? id + 1 : 0,
                    1_690_848_000_000_000_000L + rnd.nextLong(1L << 50), TEXTS[rnd.nextInt(TEXTS.length)]);
            out.add(new OrderRecord(o, any(rnd, OrderStatus.class), rnd.nextDouble(0, 1e4), price(rnd),
                    1_690_848_000_000_000_000L + rnd.nextLong(1L << 50), TEXTS[rnd.nextInt(TEXTS.length)]));
        }
        Collections.shuffle(out, new java.util.Random(seed));
        return out;
    }

    static List<Fill> fills(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Fill> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Fill(2 + i * 2L, rnd.nextLong(1, 9_000), 1_690_848_000_000_000_000L + rnd.nextLong(1L << 50),
                    rnd.nextBoolean() ? "SYN" : "ETH", any(rnd, Side.class), rnd.nextDouble(1e-6, 1e4),
                    rnd.nextDouble(1e-4, 1e6), rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble(-1, 10), any(rnd, Liquidity.class)));
        }
        Collections.swap(out, 0, n - 1);
        Collections.swap(out, 10, 11);
        return out;
    }

    static List<Trade> trades(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Trade> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long entry = 1_690_848_000_000_000_000L + rnd.nextLong(1L << 50);
            out.add(new Trade(i + 1, "SYN", any(rnd, Side.class), rnd.nextDouble(0.01, 100), entry, rnd.nextDouble(1, 1e5),
                    entry + rnd.nextLong(1L << 40), rnd.nextDouble(1, 1e5), rnd.nextDouble(-1e4, 1e4), rnd.nextDouble(0, 10),
                    rnd.nextDouble(-1e4, 1e4), -rnd.nextDouble(0, 1e3), rnd.nextDouble(0, 1e3), rnd.nextInt(0, 100_000)));
        }
        Collections.reverse(out); // closing order is not id order when positions overlap
        return out;
    }

    static List<Signal> signals(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Signal> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Signal(1_690_848_000_000_000_000L + rnd.nextLong(1L << 50), rnd.nextLong(0, 5_000), any(rnd, Side.class),
                    rnd.nextDouble(0.01, 100), price(rnd), rnd.nextBoolean() ? "sent" : TEXTS[rnd.nextInt(TEXTS.length)]));
        }
        return out;
    }

    /** How builds before V7 wrote these four tables: a row per item (the V6 writer's statements). */
    static final class V6Rows {
        static void write(Connection c, long id, BacktestResult r) throws Exception {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO orders (run_id, order_id, time_ns, symbol, side, type, "
                    + "quantity, limit_price, stop_price, tif, expire_ns, trail, trail_unit, reduce_only, post_only, parent_id, "
                    + "oco_id, tag, status, filled_quantity, avg_fill_price, updated_ns, reason) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (OrderRecord x : r.orders()) {
                    Order o = x.order();
                    p.setLong(1, id);
                    p.setLong(2, o.id());
                    p.setLong(3, o.time());
                    p.setString(4, o.symbol());
                    p.setString(5, o.side().name());
                    p.setString(6, o.type().name());
                    p.setDouble(7, o.quantity());
                    nullable(p, 8, o.limitPrice());
                    nullable(p, 9, o.stopPrice());
                    p.setString(10, o.tif().name());
                    p.setLong(11, o.expireTime());
                    nullable(p, 12, o.trail());
                    p.setString(13, o.trailUnit().name());
                    p.setBoolean(14, o.reduceOnly());
                    p.setBoolean(15, o.postOnly());
                    p.setLong(16, o.parentId());
                    p.setLong(17, o.ocoId());
                    p.setString(18, o.tag());
                    p.setString(19, x.status().name());
                    p.setDouble(20, x.filledQuantity());
                    nullable(p, 21, x.averageFillPrice());
                    p.setLong(22, x.updated());
                    p.setString(23, x.reason());
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO fills (run_id, fill_id, order_id, time_ns, symbol, side, "
                    + "quantity, price, fee, liquidity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO trades (run_id, trade_id, symbol, side, quantity, "
                    + "entry_ns, entry_price, exit_ns, exit_price, gross_pnl, costs, net_pnl, mae, mfe, bars_held) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO signals (run_id, seq, time_ns, order_id, side, quantity, "
                    + "price, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Signal x : r.signals()) {
                    p.setLong(1, id);
                    p.setInt(2, ++n);
                    p.setLong(3, x.time());
                    p.setLong(4, x.orderId());
                    p.setString(5, x.side().name());
                    p.setDouble(6, x.quantity());
                    nullable(p, 7, x.price());
                    p.setString(8, x.outcome());
                    p.executeUpdate();
                }
            }
        }

        private static void nullable(PreparedStatement p, int i, double x) throws Exception {
            if (Double.isNaN(x)) p.setNull(i, Types.DOUBLE);
            else p.setDouble(i, x);
        }
    }
}
