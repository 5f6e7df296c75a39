package dev.tradewind.live.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.data.Timeframe;
import dev.tradewind.engine.Engine;
import dev.tradewind.live.binance.FakeExchange;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.RunSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decisive test: a month of real FIL/USDT 1m klines (2023-08, 44,640 bars) streamed through the fake exchange to
 * a paper run of a 60/240 SMA crossover (sped up: as fast as the socket goes) trades exactly as the backtest of the
 * same bars: same orders hash, same fills, same equity at every bar. The first 300 bars come from REST (warm-up), the
 * rest from the stream; then the same with two disconnects whose missed bars only REST catch-up fills; then the same
 * with a restart in the middle (stop, then a new session that replays the bars the first one stored in the catalog).
 */
class PaperParityTest {
    static List<FakeExchange.Kline> month;
    static BacktestResult backtest;
    Rig rig;

    @TempDir Path tmp;

    @BeforeAll
    static void backtestTheMonth() {
        month = FakeExchange.filUsdtMonth();
        BarSeries bars = FakeExchange.series("FILUSDT", month);
        try (FakeExchange fx = new FakeExchange(month.subList(0, 10))) {
            backtest = new Engine(new Rig(fx).config).backtest(new Cross(60, 240), Rig.PARAMS, bars);
        }
        assertThat(bars.size()).isEqualTo(44_640);
        assertThat(backtest.fills()).hasSizeGreaterThan(50);
    }

    @BeforeEach
    void exchange() { rig = new Rig(new FakeExchange(month)); }

    @AfterEach
    void stop() { rig.fx.close(); }

    long closeOf(int i) { return month.get(i).close() + 1; }

    BacktestResult finish(PaperSession s) throws InterruptedException {
        if (!s.awaitDone(Duration.ofSeconds(60))) {
            throw new AssertionError("the run did not end: " + s.feed().bars() + " bars offered, last " + s.feed().last()
                    + ", feed " + s.feedState() + ", connections " + rig.fx.connections() + ", script errors "
                    + rig.fx.scriptErrors() + ", requests " + rig.fx.requests().size());
        }
        return s.await();
    }

    void assertSameAsBacktest(BacktestResult paper) {
        assertThat(paper.ordersHash()).isEqualTo(backtest.ordersHash());
        assertThat(paper.fills()).isEqualTo(backtest.fills());
        assertThat(paper.trades()).isEqualTo(backtest.trades());
        assertThat(paper.time()).containsExactly(backtest.time());
        assertThat(paper.equity()).containsExactly(backtest.equity());
        assertThat(paper.finalEquity()).isEqualTo(backtest.finalEquity());
    }

    @Test
    void aStreamedMonthTradesAsItsBacktestWithTwoDisconnectsFilledFromRest() throws Exception {
        int n = month.size();
        rig.fx.now(month.get(300).open() + 1); // bars 0..299 closed: history over REST, then the stream
        rig.fx.then(s -> {
            s.closed(300, 14_999);
            s.now(closeOf(15_099)); // 15000..15099 close while the client is away
            s.disconnect();
        }).then(s -> {
            s.closed(15_100, 30_000);
            s.now(closeOf(30_499));
            s.disconnect();
        }).then(s -> s.closed(30_500, n - 1));
        Cross strategy = new Cross(60, 240);
        PaperSession session = rig.session(strategy, 0, n, RunSink.NONE, null, null);
        session.start();
        BacktestResult paper = finish(session);
        assertSameAsBacktest(paper);
        assertThat(session.feed().bars()).isEqualTo(n);
        // the disconnects happened and REST filled what they missed
        assertThat(rig.fx.connections()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aRestartInTheMiddleResumesFromTheCatalogAndStillTradesAsTheBacktest() throws Exception {
        int n = month.size();
        int stopAt = 20_000;
        rig.fx.now(month.get(300).open() + 1);
        rig.fx.then(s -> {
            s.closed(300, 9_999);
            s.now(closeOf(10_199));
            s.disconnect();
        }).then(s -> s.closed(10_200, stopAt + 50)); // the first session stops before stopAt
        Timeframe m1 = Timeframe.of(Duration.ofMinutes(1));
        BacktestResult first;
        try (Catalog catalog = Catalog.open(tmp.resolve("catalog"))) {
            CatalogAppender appender = new CatalogAppender(catalog, "FILUSDT", m1, Duration.ofMillis(200));
            PaperSession a = rig.session(new Cross(60, 240), 0, stopAt, RunSink.NONE, catalog, appender);
            a.start();
            first = finish(a);
            assertThat(appender.written()).isEqualTo(stopAt);
            assertThat(catalog.load("FILUSDT", m1, Long.MIN_VALUE, Long.MAX_VALUE).size()).isEqualTo(stopAt);
            assertThat(first.fills()).isEqualTo(backtest.fills().stream().filter(f -> f.time() < rig.open(stopAt)).toList());

            // the second session: the first 20,000 bars from the catalog, then REST to the exchange's now, then the stream
            rig.fx.now(closeOf(stopAt + 999));
            rig.fx.then(s -> s.closed(stopAt + 1_000, n - 1));
            CatalogAppender appender2 = new CatalogAppender(catalog, "FILUSDT", m1, Duration.ofMillis(200));
            PaperSession b = rig.session(new Cross(60, 240), 0, n, RunSink.NONE, catalog, appender2);
            b.start();
            BacktestResult resumed = finish(b);
            assertThat(b.feed().preloaded()).isEqualTo(stopAt);
            assertSameAsBacktest(resumed);
            assertThat(catalog.load("FILUSDT", m1, Long.MIN_VALUE, Long.MAX_VALUE).size()).isEqualTo(n);
        }
    }
}
