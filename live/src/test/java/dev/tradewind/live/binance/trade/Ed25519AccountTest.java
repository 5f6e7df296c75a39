package dev.tradewind.live.binance.trade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.engine.VenueListener;
import dev.tradewind.live.Backoff;
import dev.tradewind.live.trade.Credentials;
import dev.tradewind.live.trade.FeeValuation;
import dev.tradewind.live.trade.OrderTracker;
import dev.tradewind.live.trade.UnknownOrders;
import dev.tradewind.model.Clock;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An account keyed by Ed25519 (the key type Binance recommends): REST orders and the stream subscription are signed with it. */
class Ed25519AccountTest {

    @Test
    void ordersAndTheUserStreamWorkWithAnEd25519Key(@TempDir Path dir) throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path pem = dir.resolve("ed.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        Path keys = dir.resolve("keys");
        Files.writeString(keys, "key=ed-key-1\nsecret-file=ed.pem\n");
        for (Path p : List.of(pem, keys)) Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        Credentials c = Credentials.load(keys, Map.of());
        try (FakeSpot fake = new FakeSpot("ed-key-1", pair.getPublic())) {
            HttpClient http = HttpClient.newHttpClient();
            TradeRest rest = new TradeRest(http, fake.restUrl(), c.key(), c.signer(), Clock.SYSTEM, ms -> { }, Duration.ofSeconds(5), 5000);
            SymbolFilters f = SymbolFilters.of(rest.get("/api/v3/exchangeInfo", new Params(), 20).body().path("symbols").get(0));
            OrderTracker tracker = new OrderTracker(FeeValuation.of("FIL", "USDT"));
            List<OrderEvent> events = new CopyOnWriteArrayList<>();
            try (BinanceExecution exec = new BinanceExecution(rest, f, tracker, null, "ed", UnknownOrders.FLAG, 3, s -> { })) {
                exec.connect(new VenueListener() {
                    @Override public void onEvent(OrderEvent e) { events.add(e); }
                    @Override public double positionQuantity(dev.tradewind.model.OrderView order) { return 0; }
                });
                exec.start();
                try (UserStream stream = new UserStream(http, fake.wsApiUrl(), rest, exec, Backoff.exponential(20, 200, RandomGenerator.getDefault()), e -> { }, s -> { })) {
                    stream.start();
                    Harness.await(stream::subscribed);
                    exec.submit(BinanceExecutionTest.limit(1, dev.tradewind.model.Side.BUY, 4, 4.8));
                    exec.awaitIdle();
                    fake.price("4.7");
                    Harness.await(() -> events.size() == 2);
                }
            }
            assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("Accepted", "Filled");
            assertThat(fake.signatureFailures()).isZero();
        }
        // a request signed with another key is refused by the same account
        try (FakeSpot fake = new FakeSpot("ed-key-1", KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic())) {
            TradeRest rest = new TradeRest(HttpClient.newHttpClient(), fake.restUrl(), c.key(), c.signer(), Clock.SYSTEM, ms -> { },
                    Duration.ofSeconds(5), 5000);
            assertThat(rest.signed("GET", "/api/v3/account", new Params(), 20, false).reason())
                    .isEqualTo("binance -1022: Signature for this request is not valid.");
        }
    }
}
