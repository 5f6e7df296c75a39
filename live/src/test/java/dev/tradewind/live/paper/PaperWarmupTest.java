package dev.tradewind.live.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.data.Timeframe;
import dev.tradewind.engine.Engine;
import dev.tradewind.live.MarketEvent;
import dev.tradewind.live.binance.BinanceMarket;
import dev.tradewind.live.binance.FakeExchange;
import dev.tradewind.live.binance.SymbolRules;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.RunSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warm-up and the catalog: started at a time with bar 300 forming, a 60/240 crossover warmed up from the exchange's
 * history calls onBar first on the first live bar, with the history a backtest from the same start has there; the
 * instrument is the exchange's symbol rules; live bars are appended to the catalog, which survives a writer killed
 * mid-write (its leftover temporary file).
 */
class PaperWarmupTest {
    @TempDir Path tmp;
    Rig rig;

    @BeforeEach
    void exchange() { rig = new Rig(new FakeExchange(FakeExchange.filUsdt(400))); }

    @AfterEach
    void stop() { rig.fx.close(); }

    @Test
    void indicatorsAreWarmAtTheFirstLiveBarWithABacktestsHistory() throws Exception {
        long now = rig.fx.klines().get(300).open() + 30_000; // bar 300 is forming: the first live bar
        rig.fx.now(now);
        rig.fx.then(s -> s.awaitRequests(2).closed(300, 320));
        int warmup = PaperSession.warmup(new Engine(rig.config), new Cross(60, 240), Rig.PARAMS, 60_000_000_000L);
        assertThat(warmup).isGreaterThanOrEqualTo(240);
        long from = PaperSession.warmupStart(now * 1_000_000L, 60_000_000_000L, warmup);
        int first = (int) ((from / 1_000_000L - rig.fx.klines().get(0).open()) / 60_000);
        Cross live = new Cross(60, 240);
        PaperSession s = rig.session(live, first, 321, RunSink.NONE, null, null);
        s.start();
        assertThat(s.awaitDone(Duration.ofSeconds(30))).isTrue();
        BacktestResult paper = s.await();
        assertThat(live.firstOnBarTime).as("the first onBar is on the first live bar").isEqualTo(rig.open(300));
        assertThat(s.feedState().restBars()).isEqualTo(300 - first);

        Cross replayed = new Cross(60, 240);
        BarSeries bars = FakeExchange.series("FILUSDT", rig.fx.klines().subList(first, 321));
        BacktestResult backtest = new Engine(rig.config).backtest(replayed, Rig.PARAMS, bars);
        assertThat(replayed.firstOnBarTime).isEqualTo(live.firstOnBarTime);
        assertThat(live.historyAtFirstOnBar).isEqualTo(replayed.historyAtFirstOnBar).isEqualTo(warmup + 1);
        assertThat(paper.ordersHash()).isEqualTo(backtest.ordersHash());
        // the exchange's rules, not guesses from the data
        assertThat(rig.config.instrument()).isEqualTo(SymbolRules.instrument(rig.rest.symbolInfo("FILUSDT"), BinanceMarket.FUTURES));
        assertThat(rig.config.instrument().tickSize()).isEqualTo(0.001);
    }

    @Test
    void liveBarsAreAppendedToTheCatalogAndAWriterKilledMidWriteLeavesItIntact() throws Exception {
        Timeframe m1 = Timeframe.of(Duration.ofMinutes(1));
        List<MarketEvent.Bar> bars = rig.fx.klines().stream().map(k -> new MarketEvent.Bar("FILUSDT", "1m", k.open() * 1_000_000L,
                (k.close() + 1) * 1_000_000L, Double.parseDouble(k.o()), Double.parseDouble(k.h()), Double.parseDouble(k.l()),
                Double.parseDouble(k.c()), Double.parseDouble(k.v()), (k.close() + 1) * 1_000_000L, 0)).toList();
        try (Catalog catalog = Catalog.open(tmp)) {
            CatalogAppender a = new CatalogAppender(catalog, "FILUSDT", m1, Duration.ofHours(1));
            for (int i = 0; i < 100; i++) a.add(bars.get(i));
            a.add(bars.get(50)); // never twice, never backwards
            a.flush();
            // what a process killed in the middle of the next write leaves: a half-written file beside the catalog's
            Path leftover = tmp.resolve("FILUSDT").resolve("1m.parquet.tmp-999999");
            Files.write(leftover, new byte[] {'P', 'A', 'R', '1', 0, 1, 2});
            assertThat(catalog.load("FILUSDT", m1, Long.MIN_VALUE, Long.MAX_VALUE).size()).isEqualTo(100);
            for (int i = 100; i < 400; i++) a.add(bars.get(i));
            a.close();
            assertThat(a.written()).isEqualTo(400);
            BarSeries stored = catalog.load("FILUSDT", m1, Long.MIN_VALUE, Long.MAX_VALUE);
            assertThat(stored.time()).containsExactly(FakeExchange.series("FILUSDT", rig.fx.klines()).time());
            assertThat(stored.close()).containsExactly(FakeExchange.series("FILUSDT", rig.fx.klines()).close());
            assertThat(catalog.list()).singleElement().satisfies(e -> assertThat(e.rows()).isEqualTo(400));
        }
    }
}
