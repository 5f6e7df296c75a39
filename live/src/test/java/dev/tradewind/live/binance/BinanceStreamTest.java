package dev.tradewind.live.binance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.live.FeedState;
import dev.tradewind.live.MarketEvent;
import dev.tradewind.live.Subscription;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Binance client against the fake exchange, one fault per test; each asserts the exact transcript of delivered bars
 * (real FIL/USDT 1m klines: in order, no gap, no duplicate, never a forming bar).
 */
class BinanceStreamTest {
    final FakeExchange fx = new FakeExchange(FakeExchange.filUsdt(2600));
    final Recorder rec = new Recorder();
    final List<Long> sleeps = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> backoffs = Collections.synchronizedList(new ArrayList<>());
    BinanceMarketData client;
    BinanceRest rest;

    @AfterEach
    void stop() {
        if (client != null) client.close();
        fx.close();
    }

    long open(int i) { return fx.klines().get(i).open(); }

    long closeOf(int i) { return fx.klines().get(i).close() + 1; }

    BinanceMarketData start(Duration readTimeout, Duration maxAge, Subscription... subs) {
        BinanceMarketData.Options o = BinanceMarketData.Options.defaults(BinanceMarket.SPOT).withUrls(fx.restUrl(), fx.wsUrl())
                .withTimeouts(Duration.ofMillis(100), readTimeout, maxAge)
                .withBackoff(attempt -> {
                    backoffs.add(attempt);
                    return 20;
                })
                .withClock(() -> fx.now() * 1_000_000L);
        HttpClient http = HttpClient.newHttpClient();
        rest = new BinanceRest(http, fx.restUrl(), BinanceMarket.SPOT, o.clock(), sleeps::add);
        client = new BinanceMarketData(o, http, rest);
        for (Subscription s : subs) client.subscribe(s);
        client.start(rec);
        return client;
    }

    /** Stall detection after 3 s of silence: never fires in a test that does not stall, even on a loaded machine. */
    BinanceMarketData start() { return start(Duration.ofSeconds(3), Duration.ofHours(1), bars(0)); }

    Subscription bars(int from) { return Subscription.bars("FILUSDT", "1m", open(from) * 1_000_000L); }

    List<String> expected(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> Recorder.line(fx.klines().get(i))).toList();
    }

    @Test
    void historyFirstThenLiveBarsWithFormingUpdatesNeverDelivered() throws Exception {
        fx.now(open(10) + 30_000); // bars 0..9 closed, 10 forming
        fx.then(s -> {
            s.awaitRequests(1);
            for (int i = 10; i <= 20; i++) {
                for (int step = 1; step <= 4; step++) s.forming(i, step, 4);
                s.closed(i);
            }
        });
        start();
        // the rate is of the last full second on the client's timer: sample it all along so the burst's second is seen
        // however late this thread runs (it failed once in CI when sampled only after the checks below)
        RateSampler rate = new RateSampler();
        assertThat(rec.awaitBars(21)).containsExactlyElementsOf(expected(0, 20));
        FeedState st = client.state();
        assertThat(st.status()).isEqualTo(FeedState.Status.CONNECTED);
        assertThat(st.restBars()).isEqualTo(10);
        assertThat(st.connects()).isEqualTo(1);
        assertThat(st.messages()).isEqualTo(11 * 5);
        assertThat(client.formingKlines()).isEqualTo(11 * 4);
        assertThat(fx.streams()).containsExactly("filusdt@kline_1m");
        assertThat(fx.requests()).containsExactly("/api/v3/klines?symbol=FILUSDT&interval=1m&startTime=" + open(0) + "&endTime="
                + (open(10) + 30_000) + "&limit=1000");
        Thread.sleep(2_500); // the timer closes the second that held the burst within this
        assertThat(rate.stop()).as("messages/s over the second that held the burst").isGreaterThan(0);
    }

    @Test
    void disconnectMidStreamReconnectsAndCatchesUp() throws Exception {
        fx.then(s -> {
            s.awaitRequests(1).closed(0, 9);
            s.now(closeOf(15)); // bars 10..15 close while the client is away
            s.disconnect();
        }).then(s -> s.awaitRequests(2).closed(15, 20));
        start();
        assertThat(rec.awaitBars(21)).containsExactlyElementsOf(expected(0, 20));
        FeedState st = client.state();
        assertThat(st.connects()).isEqualTo(2);
        // 10..15 from history at least; more when the dropped connection lost some of 0..9 in flight
        assertThat(st.restBars()).isBetween(6L, 16L);
        assertThat(st.droppedBars()).isEqualTo(1); // 15 came again on the stream
        assertThat(List.copyOf(backoffs)).containsExactly(1); // copies: the client is still running
        assertThat(fx.streams()).containsExactly("filusdt@kline_1m", "filusdt@kline_1m");
    }

    @Test
    void silentStallIsDetectedAndReplaced() throws Exception {
        fx.then(s -> {
            s.awaitRequests(1).closed(0, 9);
            s.now(closeOf(12)); // then nothing: no message, no close
        }).then(s -> s.awaitRequests(2).closed(13, 20));
        start(Duration.ofSeconds(1), Duration.ofHours(1), bars(0));
        assertThat(rec.awaitBars(21)).containsExactlyElementsOf(expected(0, 20));
        // the second connection goes silent too once its script ends, so a later check may see a third
        assertThat(client.state().connects()).isGreaterThanOrEqualTo(2);
        assertThat(client.state().restBars()).isEqualTo(3);
        assertThat(List.copyOf(backoffs)).first().isEqualTo(1);
    }

    @Test
    void duplicateAndOutOfOrderMessagesAreDroppedAndCounted() throws Exception {
        fx.then(s -> {
            s.awaitRequests(1).closed(0, 5);
            s.closed(5).closed(3); // duplicate, stale
            s.closed(7); // 6 is missing: fetched over REST before 7
            s.closed(6); // late
            s.closed(8).closed(8).closed(9, 12);
        });
        start();
        assertThat(rec.awaitBars(13)).containsExactlyElementsOf(expected(0, 12));
        assertThat(client.state().droppedBars()).isEqualTo(4);
        assertThat(client.state().restBars()).isEqualTo(1);
        assertThat(client.state().unfilledGaps()).isZero();
    }

    @Test
    void barsMissedOnTheStreamAreFilledFromHistory() throws Exception {
        fx.then(s -> s.awaitRequests(1).closed(0, 9).closed(15, 20));
        start();
        assertThat(rec.awaitBars(21)).containsExactlyElementsOf(expected(0, 20));
        assertThat(client.state().restBars()).isEqualTo(5);
        assertThat(client.state().connects()).isEqualTo(1);
        assertThat(fx.requests()).last().isEqualTo("/api/v3/klines?symbol=FILUSDT&interval=1m&startTime=" + open(10)
                + "&endTime=" + (open(15) - 1) + "&limit=1000");
    }

    @Test
    void aHoleTheExchangeCannotFillIsReportedAndLaterBarsStillFlow() throws Exception {
        fx.hide(5, 7);
        fx.then(s -> s.awaitRequests(1).closed(0, 4).closed(8, 9));
        start();
        List<String> want = new ArrayList<>(expected(0, 4));
        want.add("gap " + java.time.Instant.ofEpochMilli(open(5)) + " .. " + java.time.Instant.ofEpochMilli(open(8)));
        want.addAll(expected(8, 9));
        assertThat(rec.awaitBars(7)).containsExactlyElementsOf(want);
        assertThat(client.state().unfilledGaps()).isEqualTo(1);
    }

    @Test
    void http429WithRetryAfterIsWaitedOutDuringCatchUp() throws Exception {
        fx.now(closeOf(20));
        fx.throttle(2, 3);
        fx.then(s -> s.awaitRequests(3).closed(21, 25));
        start();
        assertThat(rec.awaitBars(26)).containsExactlyElementsOf(expected(0, 25));
        assertThat(sleeps).containsExactly(3000L, 3000L);
        assertThat(rest.retryWaits()).isEqualTo(2);
    }

    @Test
    void catchUpIsPagedByAThousandAndWaitsWhenTheWeightNearsTheLimit() throws Exception {
        fx.now(closeOf(2499));
        fx.weightBase(5400); // 90% of the spot budget of 6000 per minute
        fx.then(s -> s.awaitRequests(3).closed(2500, 2505));
        start(Duration.ofSeconds(10), Duration.ofHours(1), bars(0));
        assertThat(rec.awaitBars(2506)).containsExactlyElementsOf(expected(0, 2505));
        assertThat(fx.requests()).hasSize(3);
        assertThat(client.state().restBars()).isEqualTo(2500);
        long toMinute = 60_000 - Math.floorMod(closeOf(2499), 60_000) + 100;
        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.subList(0, 2)).containsExactly(toMinute, toMinute); // the third races with the stream's clock
        assertThat(sleeps.get(2)).isBetween(100L, 60_100L);
    }

    @Test
    void malformedMessagesAreCountedAndSkipped() throws Exception {
        fx.then(s -> {
            s.awaitRequests(1).closed(0, 3);
            s.send("{not json");
            s.send("{\"stream\":\"filusdt@kline_1m\",\"data\":{\"e\":\"kline\",\"s\":\"FILUSDT\",\"k\":{\"t\":1,\"x\":true}}}");
            s.send("[1,2]");
            s.send("{\"stream\":\"filusdt@kline_1m\",\"data\":{\"e\":\"kline\",\"s\":\"FILUSDT\",\"k\":{\"t\":1,\"T\":2,\"i\":\"1m\","
                    + "\"o\":\"x\",\"h\":\"1\",\"l\":\"1\",\"c\":\"1\",\"v\":\"1\",\"x\":true}}}");
            s.closed(4, 9);
        });
        start();
        assertThat(rec.awaitBars(10)).containsExactlyElementsOf(expected(0, 9));
        assertThat(client.state().malformed()).isEqualTo(4);
        assertThat(client.state().connects()).isEqualTo(1);
    }

    @Test
    void connectionIsReplacedBeforeTheAgeLimitWithoutBackoff() throws Exception {
        fx.then(s -> {
            s.awaitRequests(1).closed(0, 4);
            s.now(closeOf(9));
        }).then(s -> s.awaitRequests(2).closed(10, 14));
        start(Duration.ofSeconds(10), Duration.ofMillis(1000), bars(0));
        assertThat(rec.awaitBars(15)).containsExactlyElementsOf(expected(0, 14));
        assertThat(client.state().connects()).isGreaterThanOrEqualTo(2);
        assertThat(backoffs).isEmpty();
    }

    @Test
    void anUnreachableStreamIsRetriedWithGrowingAttemptsAndShowsReconnecting() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        BinanceMarketData.Options o = BinanceMarketData.Options.defaults(BinanceMarket.SPOT)
                .withUrls(fx.restUrl(), "ws://127.0.0.1:" + port).withTimeouts(Duration.ofMillis(100), Duration.ofSeconds(1),
                        Duration.ofHours(1))
                .withBackoff(attempt -> {
                    backoffs.add(attempt);
                    return 10;
                })
                .withClock(() -> 42_000_000L);
        HttpClient http = HttpClient.newHttpClient();
        client = new BinanceMarketData(o, http, new BinanceRest(http, fx.restUrl(), BinanceMarket.SPOT, o.clock(), sleeps::add));
        client.subscribe(bars(0));
        client.start(rec);
        for (int i = 0; i < 200 && backoffs.size() < 4; i++) Thread.sleep(25);
        assertThat(List.copyOf(backoffs).subList(0, 4)).containsExactly(1, 2, 3, 4); // a copy: the retries go on
        FeedState st = client.state();
        assertThat(st.status()).isEqualTo(FeedState.Status.RECONNECTING);
        assertThat(st.since()).isEqualTo(42_000_000L);
        assertThat(st.connects()).isZero();
        client.close();
        assertThat(client.state().status()).isEqualTo(FeedState.Status.CLOSED);
        int after = backoffs.size();
        Thread.sleep(100);
        assertThat(backoffs).as("no attempt after close").hasSize(after);
    }

    @Test
    void tradesQuotesAndDepthFromRecordedMessages() throws Exception {
        fx.then(s -> {
            s.send(Fixtures.text("binance_spot_ws_combined_aggTrade_ETHUSDT.json"));
            s.send("{\"stream\":\"bnbusdt@bookTicker\",\"data\":" + Fixtures.text("ws_book_ticker_payload.json") + "}");
            s.send("{\"stream\":\"btcusdt@depth@100ms\",\"data\":" + Fixtures.text("binance_futures_ws_depthUpdate_BTCUSDT.json") + "}");
        });
        start(Duration.ofSeconds(5), Duration.ofHours(1), Subscription.of(Subscription.Kind.AGG_TRADES, "ETHUSDT"),
                Subscription.of(Subscription.Kind.QUOTES, "BNBUSDT"), Subscription.of(Subscription.Kind.DEPTH, "BTCUSDT"));
        for (int i = 0; i < 500 && rec.events().size() < 3; i++) Thread.sleep(10);
        List<MarketEvent> ev = rec.events();
        assertThat(ev).hasSize(3);
        assertThat(ev.get(0)).isInstanceOf(MarketEvent.TradeTick.class);
        assertThat(ev.get(1)).isInstanceOf(MarketEvent.Quote.class);
        assertThat(ev.get(2)).isInstanceOf(MarketEvent.Depth.class);
        assertThat(fx.streams()).containsExactly("ethusdt@aggTrade/bnbusdt@bookTicker/btcusdt@depth@100ms");
    }

    /** Samples the client's messages/s every 20 ms on a daemon thread; {@link #stop} returns the highest seen. */
    private final class RateSampler {
        private final java.util.concurrent.atomic.AtomicBoolean on = new java.util.concurrent.atomic.AtomicBoolean(true);
        private volatile double peak;
        private final Thread thread = new Thread(() -> {
            while (on.get()) {
                peak = Math.max(peak, client.state().messagesPerSecond());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rate-sampler");

        RateSampler() {
            thread.setDaemon(true);
            thread.start();
        }

        double stop() throws InterruptedException {
            on.set(false);
            thread.join();
            return peak;
        }
    }
}
