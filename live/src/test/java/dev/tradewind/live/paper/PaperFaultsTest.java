package dev.tradewind.live.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.engine.Engine;
import dev.tradewind.live.binance.FakeExchange;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.RunSink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each stream fault of the fake exchange, through a paper run of a 2/5 SMA crossover over 120 real FIL/USDT 1m bars
 * (10 from REST, the rest streamed): the transcript of what the kernel did (every bar's equity, every order, every
 * fill, in order) is exactly the backtest's over the same bars, and the feed's counters show the fault was met.
 */
class PaperFaultsTest {
    static final int N = 120;
    Rig rig;
    final List<String> transcript = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void exchange() {
        rig = new Rig(new FakeExchange(FakeExchange.filUsdt(N + 20)));
        rig.fx.now(rig.fx.klines().get(10).open() + 1); // bars 0..9 closed: history; 10 is forming
    }

    @AfterEach
    void stop() { rig.fx.close(); }

    long closeOf(int i) { return rig.fx.klines().get(i).close() + 1; }

    /** Lines for every equity point, order and fill, in the order the run reports them. */
    static RunSink recorder(List<String> into) {
        return new RunSink() {
            @Override public void equity(long t, double e, double c, double p) { into.add(Instant.ofEpochSecond(0, t) + " equity " + e + " position " + p); }
            @Override public void order(Order o) { into.add("order " + o.id() + " " + o.side() + " " + o.quantity() + " " + o.type()); }
            @Override public void event(OrderEvent e) {
                if (e instanceof OrderEvent.Filled f) into.add("fill " + f.fill().orderId() + " " + f.fill().quantity() + " @ " + f.fill().price());
            }
        };
    }

    List<String> expected() {
        List<String> lines = new ArrayList<>();
        BacktestResult r = new Engine(rig.config).withSink(recorder(lines)).backtest(new Cross(2, 5), Rig.PARAMS,
                FakeExchange.series("FILUSDT", rig.fx.klines().subList(0, N)));
        assertThat(r.fills()).hasSizeGreaterThanOrEqualTo(4);
        return lines;
    }

    PaperSession run() throws InterruptedException {
        PaperSession s = rig.session(new Cross(2, 5), 0, N, recorder(transcript), null, null);
        s.start();
        if (!s.awaitDone(Duration.ofSeconds(60))) throw new AssertionError("did not end: " + s.feed().bars() + " bars, " + s.feedState());
        s.await();
        return s;
    }

    @Test
    void formingKlinesUpdatedSeveralTimesNeverReachTheStrategy() throws Exception {
        rig.fx.then(s -> {
            s.awaitRequests(2); // exchangeInfo, then the warm-up's klines
            for (int i = 10; i < N; i++) {
                for (int step = 1; step <= 3; step++) s.forming(i, step, 3);
                s.closed(i);
            }
        });
        PaperSession s = run();
        assertThat(transcript).containsExactlyElementsOf(expected());
        assertThat(s.feedState().restBars()).isEqualTo(10);
    }

    @Test
    void duplicateAndOutOfOrderMessagesAreDropped() throws Exception {
        rig.fx.then(s -> {
            s.awaitRequests(2).closed(10, 40).closed(40).closed(35); // a duplicate, a stale one
            s.closed(42); // 41 missing: fetched over REST before 42
            s.closed(41); // late
            s.closed(43, 60).closed(60).closed(61, N - 1);
        });
        PaperSession s = run();
        assertThat(transcript).containsExactlyElementsOf(expected());
        // 40 again, 35, 41 late, 60 again
        assertThat(s.feedState().droppedBars()).isEqualTo(4);
        assertThat(s.feedState().restBars()).isEqualTo(11);
        assertThat(s.feed().dropped()).as("none reached the kernel's guard").isZero();
    }

    @Test
    void barsMissedOnTheStreamComeFromRestOnly() throws Exception {
        rig.fx.then(s -> s.awaitRequests(2).closed(10, 30).closed(60, N - 1));
        PaperSession s = run();
        assertThat(transcript).containsExactlyElementsOf(expected());
        assertThat(s.feedState().restBars()).isEqualTo(10 + 29);
        assertThat(s.feedState().unfilledGaps()).isZero();
    }

    @Test
    void http429WithRetryAfterDuringWarmUpIsWaitedOut() throws Exception {
        rig.fx.throttle(2, 7);
        rig.fx.then(s -> s.awaitRequests(4).closed(10, N - 1)); // exchangeInfo, two 429s, then the klines
        PaperSession s = run();
        assertThat(transcript).containsExactlyElementsOf(expected());
        assertThat(rig.rest.retryWaits()).isEqualTo(2);
    }

    @Test
    void malformedMessagesAreSkipped() throws Exception {
        rig.fx.then(s -> {
            s.awaitRequests(2).closed(10, 50);
            s.send("{not json");
            s.send("{\"stream\":\"filusdt@kline_1m\",\"data\":{\"e\":\"kline\",\"s\":\"FILUSDT\",\"k\":{\"t\":1,\"x\":true}}}");
            s.closed(51, N - 1);
        });
        PaperSession s = run();
        assertThat(transcript).containsExactlyElementsOf(expected());
        assertThat(s.feedState().malformed()).isEqualTo(2);
    }

    @Test
    void aSilentStallIsReplacedAndCaughtUp() throws Exception {
        rig.fx.then(s -> {
            s.awaitRequests(2).closed(10, 50);
            s.now(closeOf(60)); // 51..60 close, then nothing: no message, no close frame
        }).then(s -> s.awaitRequests(3).closed(61, N - 1));
        PaperSession s = run();
        assertThat(transcript).containsExactlyElementsOf(expected());
        assertThat(s.feedState().connects()).isGreaterThanOrEqualTo(2);
        assertThat(s.feedState().restBars()).isEqualTo(10 + 10);
    }
}
