package dev.tradewind.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.Execution;
import dev.tradewind.engine.FillMode;
import dev.tradewind.engine.SameBarPolicy;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Liquidity;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import dev.tradewind.model.TrailUnit;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.OrderBuilder;
import dev.tradewind.strategy.Strategy;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The venue reuses a done order's {@link Working} for a new order: a reused one must carry nothing of the old order.
 * Checked field by field, and by running many random orders (brackets, OCO exits, cancels, modifications, partial fills,
 * every time in force) with and without reuse: the results must be equal.
 */
class WorkingReuseTest {
    static final long HOUR = 3_600_000_000_000L;
    static final long T0 = 19_723L * 24 * HOUR;
    static final Instrument SPOT = new Instrument("TEST", Instrument.Kind.SPOT, 0.01, 1, 1, 1, 0.5, 0);

    @AfterEach
    void reuseAgain() { SimulatedVenue.reuseWorking = true; }

    @Test
    void aResetWorkingEqualsANewOneInEveryField() throws IllegalAccessException {
        Order old = new Order(1, "TEST", Side.BUY, OrderType.TRAILING_STOP, 5, 101, 99, TimeInForce.DAY, 42, 2,
                TrailUnit.PRICE, true, true, 7, 8, T0, "old");
        Working used = new Working(old, 3);
        Working other = new Working(old, 3);
        for (Field f : fields()) f.set(used, changed(f, f.get(used), other));
        for (Field f : fields()) assertThat(f.get(used)).as(f.getName()).isNotEqualTo(f.get(new Working(old, 3)));

        Order next = new Order(2, "TEST", Side.SELL, OrderType.LIMIT, 3, 100, Double.NaN, TimeInForce.GTC, T0 + HOUR, "next");
        Working reset = used.reset(next, 4);
        Working fresh = new Working(next, 4);
        assertThat(reset).isSameAs(used);
        for (Field f : fields()) assertThat(f.get(reset)).as(f.getName()).isEqualTo(f.get(fresh));
        assertThat(reset.order.toOrder()).isEqualTo(next); // the order's fields, copied whole (checked field by field below)
    }

    @Test
    void orderFieldsSetFromAnOrderKeepNothingOfTheOneBefore() throws IllegalAccessException {
        Order old = new Order(1, "TEST", Side.BUY, OrderType.TRAILING_STOP, 5, 101, 99, TimeInForce.DAY, 42, 2,
                TrailUnit.PRICE, true, true, 7, 8, T0, "old");
        Order next = new Order(2, "NEXT", Side.SELL, OrderType.LIMIT, 3, 100, Double.NaN, TimeInForce.GTC, T0 + HOUR, "next");
        dev.tradewind.model.OrderFields used = new dev.tradewind.model.OrderFields().set(old);
        assertThat(used.toOrder()).isEqualTo(old);
        List<Field> fields = new ArrayList<>();
        for (Field f : dev.tradewind.model.OrderFields.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            f.setAccessible(true);
            fields.add(f);
            f.set(used, changed(f, f.get(used), null));
        }
        assertThat(fields).hasSize(17); // every field of an order
        used.set(next);
        dev.tradewind.model.OrderFields fresh = new dev.tradewind.model.OrderFields().set(next);
        for (Field f : fields) assertThat(f.get(used)).as(f.getName()).isEqualTo(f.get(fresh));
        assertThat(used.toOrder()).isEqualTo(next);
    }

    @Test
    void randomOrdersGiveTheSameResultsWithAndWithoutReuse() {
        Execution[] executions = {
            Execution.DEFAULT.withVolumeShare(0.5),
            Execution.DEFAULT.withSameBar(SameBarPolicy.TARGET_FIRST, null).withLatency(1, 0),
            Execution.DEFAULT.withSameBar(SameBarPolicy.NEAREST_TO_OPEN, null).withVolumeShare(0.3)};
        int orders = 0;
        for (long seed = 1; seed <= 12; seed++) {
            BarSeries bars = bars(seed, 600);
            for (Execution e : executions) {
                for (FillMode mode : FillMode.values()) {
                    EngineConfig config = EngineConfig.of(SPOT, 1_000_000).withExecution(e).withFillMode(mode);
                    SimulatedVenue.reuseWorking = false;
                    BacktestResult fresh = new Engine(config).backtest(new RandomOrders(seed), Map.of(), bars);
                    SimulatedVenue.reuseWorking = true;
                    BacktestResult reused = new Engine(config).backtest(new RandomOrders(seed), Map.of(), bars);
                    String what = "seed " + seed + ", " + e + ", " + mode;
                    assertThat(reused.orders()).as(what).isEqualTo(fresh.orders());
                    assertThat(reused.events()).as(what).isEqualTo(fresh.events());
                    assertThat(reused.fills()).as(what).isEqualTo(fresh.fills());
                    assertThat(reused.trades()).as(what).isEqualTo(fresh.trades());
                    assertThat(reused.equity()).as(what).isEqualTo(fresh.equity());
                    orders += fresh.orders().size();
                    assertThat(fresh.fills()).as(what).isNotEmpty();
                    assertThat(fresh.events()).as(what).anyMatch(x -> x.status() == dev.tradewind.model.OrderStatus.CANCELED)
                            .anyMatch(x -> x.status() == dev.tradewind.model.OrderStatus.EXPIRED)
                            .anyMatch(x -> x.status() == dev.tradewind.model.OrderStatus.PARTIALLY_FILLED
                                    || e.volumeShare() == 0);
                }
            }
        }
        assertThat(orders).isGreaterThan(10_000);
    }

    @Test
    void aListenerThatSubmitsFromInsideTheVenueGetsTheSameEventsWithAndWithoutReuse() {
        SimulatedVenue.reuseWorking = false;
        List<String> fresh = reentrant();
        SimulatedVenue.reuseWorking = true;
        List<String> reused = reentrant();
        assertThat(reused).isEqualTo(fresh);
        assertThat(fresh).hasSizeGreaterThan(1_000).anyMatch(x -> x.contains("Filled")).anyMatch(x -> x.contains("Canceled"));
    }

    /**
     * A venue driven bar by bar whose listener sends a market and a limit order, and cancels an older one, while the
     * venue is still telling it of a fill (inside the matching loop): a view reused too early would show here.
     */
    private static List<String> reentrant() {
        SimulatedVenue venue = new SimulatedVenue(EngineConfig.of(SPOT, 1_000_000));
        List<String> events = new ArrayList<>();
        long[] ids = {0};
        double[] position = {0};
        long[] now = {T0};
        venue.connect(new dev.tradewind.engine.VenueListener() {
            @Override
            public void onEvent(dev.tradewind.model.OrderEvent e) {
                events.add(e.toString());
                if (e instanceof dev.tradewind.model.OrderEvent.Filled f) {
                    position[0] += f.fill().side().sign() * f.fill().quantity();
                    if (ids[0] < 3_000) {
                        Side side = position[0] > 0 ? Side.SELL : Side.BUY;
                        long id = ++ids[0];
                        OrderType type = id % 5 == 0 ? OrderType.MARKET_ON_CLOSE : OrderType.MARKET;
                        TimeInForce tif = id % 3 == 0 ? TimeInForce.IOC : TimeInForce.GTC;
                        venue.submit(new Order(id, "TEST", side, type, 1 + id % 3, Double.NaN, Double.NaN, tif, Long.MAX_VALUE,
                                Double.NaN, dev.tradewind.model.TrailUnit.NONE, id % 4 == 0, false, 0, 0, now[0], ""));
                        venue.submit(new Order(++ids[0], "TEST", side, OrderType.LIMIT, 2, f.fill().price() - side.sign(),
                                Double.NaN, TimeInForce.GTC, now[0], ""));
                        venue.cancel(ids[0] - 4, now[0]);
                    }
                }
            }

            @Override public double positionQuantity(dev.tradewind.model.OrderView order) { return position[0]; }
        });
        BarSeries bars = bars(5, 400);
        for (int i = 0; i < bars.size(); i++) {
            now[0] = bars.time()[i];
            if (i % 7 == 0) {
                venue.submit(new Order(++ids[0], "TEST", Side.BUY, OrderType.MARKET, 1, Double.NaN, Double.NaN,
                        TimeInForce.GTC, now[0], ""));
            }
            venue.barEnds(now[0] + HOUR);
            venue.onBar(now[0], bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i], bars.volume()[i]);
            venue.onBarClose(now[0], bars.close()[i]);
        }
        return events;
    }

    private static List<Field> fields() {
        List<Field> out = new ArrayList<>();
        for (Field f : Working.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("order")) continue; // the order: a test of its own
            f.setAccessible(true);
            out.add(f);
        }
        return out;
    }

    /** A value of {@code f}'s type unlike {@code v}. */
    private static Object changed(Field f, Object v, Working other) {
        Class<?> t = f.getType();
        if (t == long.class) return (Long) v + 11;
        if (t == int.class) return (Integer) v + 11;
        if (t == double.class) return Double.isNaN((Double) v) ? 12.5 : (Double) v + 12.5;
        if (t == boolean.class) return !(Boolean) v;
        if (t == Working.class) return other;
        if (t == Liquidity.class) return v == Liquidity.MAKER ? Liquidity.TAKER : Liquidity.MAKER;
        if (t == String.class) return v + "-changed";
        if (t == Side.class) return ((Side) v).opposite();
        if (t.isEnum()) { // another constant of the order's enums (type, time in force, trailing unit)
            Object[] all = t.getEnumConstants();
            return all[(((Enum<?>) v).ordinal() + 1) % all.length];
        }
        throw new AssertionError("a field of a type this test does not change: " + f);
    }

    /** Hourly bars of a seeded random walk, with volume, over several days. */
    private static BarSeries bars(long seed, int n) {
        Random r = new Random(seed);
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        double p = 100;
        for (int i = 0; i < n; i++) {
            t[i] = T0 + i * HOUR;
            o[i] = p;
            double close = Math.max(1, p + r.nextGaussian() * 1.5);
            h[i] = Math.max(o[i], close) + r.nextDouble() * 1.5;
            l[i] = Math.max(0.5, Math.min(o[i], close) - r.nextDouble() * 1.5);
            c[i] = close;
            v[i] = 5 + r.nextInt(40);
            p = close + r.nextGaussian() * 0.3;
        }
        return new BarSeries("TEST", t, o, h, l, c, v);
    }

    /** Sends, cancels and modifies orders of every kind at random (seeded). */
    static final class RandomOrders implements Strategy {
        private final Random r;
        private final List<Long> ids = new ArrayList<>();

        RandomOrders(long seed) { r = new Random(seed * 31 + 7); }

        @Override
        public void onBar(Context ctx) {
            for (int k = r.nextInt(3); k > 0; k--) send(ctx);
            if (!ids.isEmpty() && r.nextInt(4) == 0) ctx.cancel(ids.get(r.nextInt(ids.size())));
            if (!ids.isEmpty() && r.nextInt(6) == 0) {
                ctx.modify(ids.get(r.nextInt(ids.size())), 1 + r.nextInt(20), Double.NaN, Double.NaN);
            }
            if (r.nextInt(40) == 0) ctx.cancelAll();
            if (r.nextInt(60) == 0) ctx.flatten();
        }

        private void send(Context ctx) {
            double c = ctx.close();
            double q = 1 + r.nextInt(20);
            boolean buy = ctx.position().quantity() <= 0 ? r.nextInt(4) > 0 : r.nextInt(3) == 0;
            Side side = buy ? Side.BUY : Side.SELL;
            int s = buy ? 1 : -1;
            double d = 0.2 + r.nextDouble() * 3;
            OrderBuilder b = ctx.order(side, q);
            switch (r.nextInt(8)) {
                case 0 -> { }
                case 1 -> b.limit(c - s * d);
                case 2 -> b.stop(c + s * d);
                case 3 -> b.stopLimit(c + s * d, c + s * (d + 0.5));
                case 4 -> b.trailing(d, TrailUnit.PRICE);
                case 5 -> b.limitIfTouched(c - s * d, c - s * (d - 0.1));
                case 6 -> b.onClose();
                default -> {
                    ids.add(r.nextBoolean() ? ctx.buy(q) : ctx.sell(q));
                    return;
                }
            }
            TimeInForce[] tifs = TimeInForce.values();
            TimeInForce tif = tifs[r.nextInt(tifs.length)];
            if (tif == TimeInForce.GTD) b.goodTill(ctx.time() + (1 + r.nextInt(10)) * HOUR);
            else b.tif(tif);
            if (buy && r.nextInt(3) == 0) {
                if (r.nextBoolean()) b.stopLoss(c - 2 - r.nextDouble() * 3);
                if (r.nextBoolean()) b.takeProfit(c + 2 + r.nextDouble() * 3);
            }
            if (!buy && r.nextInt(4) == 0) b.reduceOnly();
            if (r.nextInt(15) == 0) b.postOnly();
            long id = b.submit();
            ids.add(id);
            if (r.nextBoolean()) ids.add(id + 1);
            if (ids.size() > 50) ids.remove(0);
        }
    }
}
