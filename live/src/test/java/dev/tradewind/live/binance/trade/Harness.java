package dev.tradewind.live.binance.trade;

import dev.tradewind.engine.VenueListener;
import dev.tradewind.live.Backoff;
import dev.tradewind.live.Sleeper;
import dev.tradewind.live.trade.FeeValuation;
import dev.tradewind.live.trade.OrderTracker;
import dev.tradewind.live.trade.RiskGate;
import dev.tradewind.live.trade.Signer;
import dev.tradewind.live.trade.UnknownOrders;
import dev.tradewind.model.Clock;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;

/** The adapter wired to a {@link FakeSpot}: a recording listener, a sleeper that records waits, a short timeout. */
final class Harness implements AutoCloseable {
    static final String KEY = "test-key-0123456789";
    static final String SECRET = "test-secret-abcdefghijklmnopqrstuvwxyz";
    final FakeSpot fake = new FakeSpot(KEY, SECRET);
    final List<OrderEvent> events = new CopyOnWriteArrayList<>();
    final List<Long> waits = new CopyOnWriteArrayList<>();
    final List<String> log = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();
    final TradeRest rest;
    final BinanceExecution exec;
    final OrderTracker tracker = new OrderTracker(FeeValuation.of("FIL", "USDT"));
    UserStream stream;

    Harness(RiskGate risk, UnknownOrders unknown) {
        Sleeper sleeper = ms -> waits.add(ms);
        rest = new TradeRest(http, fake.restUrl(), KEY, Signer.hmac(SECRET), Clock.SYSTEM, sleeper, Duration.ofMillis(2000), 5000);
        var info = rest.get("/api/v3/exchangeInfo", new Params(), 20).body().path("symbols").get(0);
        exec = new BinanceExecution(rest, SymbolFilters.of(info), tracker, risk, "twtest", unknown, 3, log::add);
        exec.connect(new VenueListener() {
            @Override public void onEvent(OrderEvent e) { events.add(e); }
            @Override public double positionQuantity(dev.tradewind.model.OrderView order) { throw new UnsupportedOperationException(); }
        });
    }

    Harness() { this(null, UnknownOrders.FLAG); }

    /** Starts the user data stream and waits until it is subscribed. */
    Harness withStream() {
        stream = new UserStream(http, fake.wsApiUrl(), rest, exec, Backoff.exponential(20, 200, RandomGenerator.of("L64X128MixRandom")),
                e -> { }, log::add);
        stream.start();
        await(() -> fake.subscribers() == 1 && stream.subscribed());
        return this;
    }

    static void await(BooleanSupplier b) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!b.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("condition not met within 10 s");
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** The events as short strings: {@code Accepted 1}, {@code Filled 1 10@5 fee=0.05 rem=0}, {@code Rejected 1 why}. */
    List<String> transcript() {
        return events.stream().map(e -> switch (e) {
            case OrderEvent.Accepted a -> "Accepted " + a.orderId();
            case OrderEvent.Filled f -> "Filled " + f.orderId() + " " + num(f.fill().quantity()) + "@" + num(f.fill().price())
                    + " fee=" + num(f.fill().fee()) + " rem=" + num(f.remaining());
            case OrderEvent.Canceled c -> "Canceled " + c.orderId();
            case OrderEvent.Expired x -> "Expired " + x.orderId();
            case OrderEvent.Rejected r -> "Rejected " + r.orderId() + " " + r.reason();
            case OrderEvent.Triggered t -> "Triggered " + t.orderId();
            case OrderEvent.Updated u -> "Updated " + u.orderId();
            case OrderEvent.Modified m -> "Modified " + m.orderId();
        }).toList();
    }

    static String num(double d) {
        return new java.math.BigDecimal(Double.toString(d)).setScale(8, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    @Override
    public void close() {
        if (stream != null) stream.close();
        exec.close();
        fake.close();
    }
}
