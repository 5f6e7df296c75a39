package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table against a plain list of records kept by hand, across its chunk boundaries (64, 256, 1,024, 2,048, ...),
 * and its records as a snapshot: a list taken earlier does not change when the table does.
 */
class OrderTableTest {
    private static Order order(long id) {
        if (id % 3 == 0 && (id < 1_500 || id > 3_500)) { // market orders: no prices (chunks with none, some with both)
            return new Order(id, "X", id % 2 == 0 ? Side.SELL : Side.BUY, OrderType.MARKET, id % 7 + 1, Double.NaN,
                    Double.NaN, TimeInForce.GTC, 1_000 + id, "t" + id);
        }
        if (id > 1_024 && id <= 2_048) return new Order(id, "X", Side.BUY, OrderType.MARKET, 1, Double.NaN, Double.NaN,
                TimeInForce.GTC, 1_000 + id, "t" + id); // a chunk of market orders only: no price column
        return new Order(id, "X", id % 2 == 0 ? Side.SELL : Side.BUY, OrderType.LIMIT, id % 7 + 1, 100 + id % 13,
                id % 11 == 0 ? 90 + id % 5 : Double.NaN, TimeInForce.GTC, 1_000 + id, "t" + id);
    }

    @Test
    void recordsMatchAReferenceAcrossChunks() {
        OrderTable table = new OrderTable();
        List<OrderRecord> expected = new ArrayList<>();
        int n = 5_000;
        for (int id = 1; id <= n; id++) {
            Order o = order(id);
            table.add(o);
            table.apply(new OrderEvent.Accepted(id, o.time() + 1));
        }
        assertThat(table.size()).isEqualTo(n);
        assertThat(table.openCount()).isEqualTo(n);
        assertThat(table.order(n + 1)).isNull();
        assertThat(table.order(0)).isNull();
        for (int id = 1; id <= n; id++) {
            Order o = order(id);
            if (id % 5 == 0) {
                Fill half = new Fill(id, id, o.time() + 3, "X", o.side(), o.quantity() / 2, 101, 0, Liquidity.MAKER);
                Fill rest = new Fill(id, id, o.time() + 4, "X", o.side(), o.quantity() / 2, 103, 0, Liquidity.MAKER);
                table.apply(new OrderEvent.Filled(id, o.time() + 3, half, o.quantity() / 2));
                table.apply(new OrderEvent.Filled(id, o.time() + 4, rest, 0));
                expected.add(new OrderRecord(o, OrderStatus.FILLED, o.quantity(), 102, o.time() + 4, ""));
            } else if (id % 5 == 1) {
                table.apply(new OrderEvent.Canceled(id, o.time() + 5));
                expected.add(new OrderRecord(o, OrderStatus.CANCELED, 0, Double.NaN, o.time() + 5, ""));
            } else if (id % 5 == 2) {
                table.apply(new OrderEvent.Modified(id, o.time() + 6, 9, 99, Double.NaN, OrderStatus.ACCEPTED));
                expected.add(new OrderRecord(o.modified(9, 99, Double.NaN), OrderStatus.ACCEPTED, 0, Double.NaN,
                        o.time() + 6, ""));
            } else {
                expected.add(new OrderRecord(o, OrderStatus.ACCEPTED, 0, Double.NaN, o.time() + 1, ""));
            }
        }
        assertThat(table.records()).isEqualTo(expected);
        assertThat(table.status(1_024)).isEqualTo(expected.get(1_023).status());
        assertThat(table.filled(1_025)).isEqualTo(expected.get(1_024).filledQuantity());
        assertThat(table.openOrders()).hasSize((int) expected.stream().filter(r -> r.status().isOpen()).count());
        assertThat(table.openOrders().get(0).id()).isEqualTo(2);
    }

    @Test
    void rejectedOrdersKeepTheirReason() {
        OrderTable table = new OrderTable();
        table.add(order(1));
        table.apply(new OrderEvent.Rejected(1, 7, "too small"));
        assertThat(table.records()).containsExactly(new OrderRecord(order(1), OrderStatus.REJECTED, 0, Double.NaN, 7, "too small"));
    }

    @Test
    void recordsTakenEarlierDoNotChangeWithTheTable() {
        OrderTable table = new OrderTable();
        for (int id = 1; id <= 70; id++) {
            table.add(order(id));
            table.apply(new OrderEvent.Accepted(id, id));
        }
        List<OrderRecord> before = table.records();
        List<OrderRecord> copy = List.copyOf(before);
        table.apply(new OrderEvent.Canceled(3, 500)); // a change to a row the earlier list holds
        table.add(order(71)); // a new row, and the first chunk grows past 64 and 256 as more come
        for (int id = 72; id <= 2_100; id++) table.add(order(id));
        table.apply(new OrderEvent.Accepted(2_100, 9));
        assertThat(before).isEqualTo(copy).hasSize(70);
        assertThat(before.get(2).status()).isEqualTo(OrderStatus.ACCEPTED);
        List<OrderRecord> after = table.records();
        assertThat(after).hasSize(2_100);
        assertThat(after.get(2).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(after.get(2_099).status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(after.get(2_098).status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void recordsAreReadOnlyAndBoundsChecked() {
        OrderTable table = new OrderTable();
        assertThat(table.records()).isEmpty();
        table.add(order(1));
        List<OrderRecord> records = table.records();
        assertThatThrownBy(() -> records.add(records.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> records.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.add(order(3))).isInstanceOf(IllegalStateException.class);
    }

    /** A view of fields that the test rewrites for every order, as a run reuses its draft. */
    private static final class Reused implements OrderView {
        Order o;
        @Override public long id() { return o.id(); }
        @Override public String symbol() { return o.symbol(); }
        @Override public Side side() { return o.side(); }
        @Override public OrderType type() { return o.type(); }
        @Override public double quantity() { return o.quantity(); }
        @Override public double limitPrice() { return o.limitPrice(); }
        @Override public double stopPrice() { return o.stopPrice(); }
        @Override public TimeInForce tif() { return o.tif(); }
        @Override public long expireTime() { return o.expireTime(); }
        @Override public double trail() { return o.trail(); }
        @Override public TrailUnit trailUnit() { return o.trailUnit(); }
        @Override public boolean reduceOnly() { return o.reduceOnly(); }
        @Override public boolean postOnly() { return o.postOnly(); }
        @Override public long parentId() { return o.parentId(); }
        @Override public long ocoId() { return o.ocoId(); }
        @Override public long time() { return o.time(); }
        @Override public String tag() { return o.tag(); }
    }

    private static <T> T pick(java.util.Random r, T[] values) { return values[r.nextInt(values.length)]; }

    /** An order with every field drawn at random: most at their defaults, as a run's orders are. */
    private static Order random(java.util.Random r, long id) {
        String[] symbols = {"BTCUSDT", "SPX 250117C05000", null};
        String[] tags = {"", "", "flatten", null, "t" + r.nextInt(1_000)};
        boolean unusual = r.nextInt(4) == 0;
        TrailUnit unit = unusual && r.nextBoolean() ? pick(r, TrailUnit.values()) : TrailUnit.NONE;
        return new Order(id, r.nextInt(10) == 0 ? pick(r, symbols) : "BTCUSDT", pick(r, Side.values()),
                pick(r, OrderType.values()), r.nextInt(1_000) / 8.0, r.nextBoolean() ? Double.NaN : 100 + r.nextGaussian(),
                r.nextBoolean() ? Double.NaN : 90 + r.nextGaussian(), pick(r, TimeInForce.values()),
                unusual && r.nextBoolean() ? r.nextLong() : Long.MAX_VALUE, unit == TrailUnit.NONE ? Double.NaN : r.nextDouble(),
                unit, r.nextBoolean(), r.nextBoolean(), unusual && r.nextBoolean() ? r.nextInt((int) id) : 0,
                unusual && r.nextBoolean() ? r.nextInt(5_000) : 0, r.nextLong(), pick(r, tags));
    }

    @Test
    void ordersGivenAsReusedViewsReadBackAsTheOrdersTheyDescribe() {
        for (long seed = 1; seed <= 20; seed++) {
            java.util.Random r = new java.util.Random(seed);
            OrderTable table = new OrderTable();
            List<Order> sent = new ArrayList<>();
            Reused view = new Reused();
            int n = 1 + r.nextInt(3_000);
            for (int id = 1; id <= n; id++) {
                Order o = random(r, id);
                sent.add(o);
                if (r.nextBoolean()) {
                    table.add(o);
                } else {
                    view.o = o; // rewritten for the next order: the table must have copied it
                    table.add(view);
                }
                if (r.nextInt(9) == 0) table.apply(new OrderEvent.Rejected(id, o.time(), "no " + id));
            }
            List<OrderRecord> records = table.records();
            for (int id = 1; id <= n; id++) {
                Order o = sent.get(id - 1);
                assertThat(table.order(id)).as("seed %d order %d", seed, id).isEqualTo(o);
                OrderRecord rec = records.get(id - 1);
                assertThat(rec.order()).isEqualTo(o);
                assertThat(rec.reason()).isEqualTo(rec.status() == OrderStatus.REJECTED ? "no " + id : "");
            }
        }
    }

    @Test
    void tagsPastTheCodesAndTagsFirstGivenLateReadBack() {
        OrderTable table = new OrderTable();
        int n = 2_600;
        // 300 distinct tags: the 256th comes while the first chunk has 256 rows, so the column of tags past the 255
        // codes is made then and copied when the chunk grows; then null tags, repeats of coded ones and more new ones,
        // then untagged orders with a new tag now and then into the third chunk
        java.util.function.IntFunction<String> tagOf = id -> id <= 300 ? "distinct " + id
                : id <= 700 ? (id % 5 == 0 ? null : id % 2 == 0 ? "distinct " + (1 + id % 7) : "distinct " + id)
                : id % 100 == 0 ? "late " + id : "";
        for (int id = 1; id <= n; id++) {
            table.add(new Order(id, "X", Side.BUY, OrderType.MARKET, 1, Double.NaN, Double.NaN, TimeInForce.GTC, id,
                    tagOf.apply(id)));
        }
        List<OrderRecord> records = table.records();
        table.add(new Order(n + 1, "X", Side.BUY, OrderType.MARKET, 1, Double.NaN, Double.NaN, TimeInForce.GTC, n + 1, "after"));
        for (int id = 1; id <= n; id++) {
            assertThat(table.order(id).tag()).as("order %d", id).isEqualTo(tagOf.apply(id));
            assertThat(records.get(id - 1).order().tag()).as("record %d", id).isEqualTo(tagOf.apply(id));
        }
        assertThat(table.order(n + 1).tag()).isEqualTo("after");
    }
}
