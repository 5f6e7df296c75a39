package dev.tradewind.live.binance.trade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.live.Sleeper;
import dev.tradewind.live.trade.FeeValuation;
import dev.tradewind.live.trade.OrderJournal;
import dev.tradewind.live.trade.OrderTracker;
import dev.tradewind.live.trade.Reconciliation;
import dev.tradewind.live.trade.Signer;
import dev.tradewind.live.trade.UnknownOrders;
import dev.tradewind.model.Clock;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restart recovery: 50 processes in a row share one order journal against the fake exchange; each dies at a random
 * moment (before an order is sent, after it is sent but before the answer is read, or between two orders while limit
 * orders fill on the exchange unheard), and the next one starts from the journal and reconciles. At the end: no client
 * id on the exchange twice, every exchange order known to the journal, every exchange trade counted exactly once, and
 * the run's position equal to the exchange's balance change.
 */
class RestartSoakTest {
    /** A process dying where the test said. */
    static final class Killed extends Error {
        static final java.util.concurrent.atomic.AtomicInteger AT_SEND = new java.util.concurrent.atomic.AtomicInteger();
        Killed() {
            super("killed", null, false, false);
            AT_SEND.incrementAndGet();
        }
    }

    @Test
    void fiftyRestartsAtRandomMomentsLoseNoFillAndSendNoOrderTwice(@TempDir Path dir) {
        Path journalFile = dir.resolve("run.journal");
        Random rnd = new Random(20261205);
        List<String> log = new CopyOnWriteArrayList<>();
        Sleeper noWait = ms -> { };
        try (FakeSpot fake = new FakeSpot(Harness.KEY, Harness.SECRET)) {
            HttpClient http = HttpClient.newHttpClient();
            TradeRest rest = new TradeRest(http, fake.restUrl(), Harness.KEY, Signer.hmac(Harness.SECRET), Clock.SYSTEM, noWait,
                    Duration.ofSeconds(5), 5000);
            SymbolFilters filters = SymbolFilters.of(rest.get("/api/v3/exchangeInfo", new Params(), 20).body().path("symbols").get(0));
            int orders = 0, crashes = 0;
            for (int session = 1; session <= 51; session++) {
                OrderTracker tracker = new OrderTracker(FeeValuation.of("FIL", "USDT"));
                tracker.restore(OrderJournal.read(journalFile));
                OrderJournal journal = new OrderJournal(journalFile, false);
                tracker.journal(journal);
                BinanceExecution exec = new BinanceExecution(rest, filters, tracker, null, "soaks" + session, UnknownOrders.FLAG, 3, log::add);
                Reconciliation r = exec.start();
                assertThat(r.flagged()).as("session %d: %s", session, r.notes()).isEmpty();
                if (session == 51) {
                    finish(fake, exec, tracker, journalFile, orders, crashes);
                    journal.close();
                    exec.close();
                    return;
                }
                int n = 40 + rnd.nextInt(40);
                int dieAt = rnd.nextInt(n);
                String point = switch (rnd.nextInt(3)) { case 0 -> "before-send"; case 1 -> "after-send"; default -> "between"; };
                int[] sent = {0};
                exec.crashPoints(p -> {
                    if (p.equals("before-send") && sent[0]++ == dieAt && point.equals("before-send")) throw new Killed();
                    if (p.equals("after-send") && sent[0] - 1 == dieAt && point.equals("after-send")) throw new Killed();
                });
                for (int i = 0; i < n; i++) {
                    if (point.equals("between") && i == dieAt) break;
                    long id = i + 1;
                    Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
                    double qty = 1 + rnd.nextInt(3);
                    Order o = rnd.nextInt(3) == 0
                            ? Order.of(id, "FILUSDT", side, OrderType.MARKET, qty).build()
                            : Order.of(id, "FILUSDT", side, OrderType.LIMIT, qty).limit(side == Side.BUY ? 4.9 : 5.1).build();
                    exec.submit(o);
                    orders++;
                    if (i % 10 == 9) {
                        exec.awaitIdleQuietly();
                        fake.price(rnd.nextBoolean() ? "4.85" : "5.15"); // resting limits fill, unheard: no stream
                        fake.price("5.000");
                    }
                }
                exec.awaitIdleQuietly();
                crashes++;
                exec.abandon(); // SIGKILL: no goodbye, no final reconciliation
                journal.close();
            }
        }
    }

    private static void finish(FakeSpot fake, BinanceExecution exec, OrderTracker tracker, Path journalFile, int orders, int crashes) {
        List<String[]> lines = OrderJournal.read(journalFile);
        Set<String> journaled = new HashSet<>();
        Set<Long> journaledTrades = new HashSet<>();
        int fillLines = 0;
        for (String[] l : lines) {
            if (l[0].equals("S")) journaled.add(l[1]);
            if (l[0].equals("F")) {
                fillLines++;
                journaledTrades.add(Long.parseLong(l[2]));
            }
        }
        Map<String, Integer> perClient = new HashMap<>();
        for (FakeOrder o : fake.orders()) perClient.merge(o.client, 1, Integer::sum);
        Set<Long> exchangeTrades = new HashSet<>();
        for (var t : fake.trades()) exchangeTrades.add(t.path("id").asLong());

        assertThat(perClient.values()).as("an order sent twice").allMatch(c -> c == 1);
        assertThat(journaled).as("an exchange order the journal does not know").containsAll(perClient.keySet());
        assertThat(fillLines).as("a fill counted twice").isEqualTo(journaledTrades.size());
        assertThat(journaledTrades).as("fills lost or invented").isEqualTo(exchangeTrades);
        BigDecimal exchangePosition = fake.balance("FIL").subtract(new BigDecimal("100"));
        assertThat(tracker.position()).isCloseTo(exchangePosition.doubleValue(), org.assertj.core.data.Offset.offset(1e-6));
        for (OrderTracker.Tracked t : tracker.open()) {
            assertThat(fake.byClient(t.clientId())).as(t.clientId()).isNotNull().matches(FakeOrder::open);
        }
        System.out.printf(java.util.Locale.ROOT, "soak: %d sessions killed (%d next to a submit), %d orders submitted, %d on the exchange, %d trades, position %s%n",
                crashes, Killed.AT_SEND.get(), orders, perClient.size(), exchangeTrades.size(), exchangePosition.toPlainString());
        assertThat(crashes).isEqualTo(50);
        assertThat(Killed.AT_SEND.get()).as("deaths next to a submit").isGreaterThan(20);
        assertThat(exchangeTrades.size()).isGreaterThan(500);
    }
}
