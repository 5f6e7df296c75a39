package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.examples.Builtins;
import dev.tradewind.model.Times;
import dev.tradewind.model.Trade;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.RunConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report of real backtests on bundled data: columns, trades, levels and indicator panes agree with the run. */
class ReportBuilderTest {
    static final Path DATA = Path.of(System.getProperty("tradewind.home", "..")).resolve("sample-data/2006-day-001.txt");

    static Backtester.Outcome run(String strategy, Map<String, String> params) {
        RunConfig d = RunConfig.defaults();
        return Backtester.run(new RunConfig(DATA.toString(), null, null, d.zone(), d.priceColumn(), d.badRows(), null, null,
                strategy, null, new LinkedHashMap<>(params), d.cash(), d.commission(), d.slippageBps(), d.fill(),
                d.instrument(), d.gaps(), d.factors()), null);
    }

    static Report report(String strategy, Map<String, String> params) {
        Backtester.Outcome o = run(strategy, params);
        return ReportBuilder.build("1", o, RunBars.load(o), strategy, Builtins.find(strategy), DATA.getFileName().toString(), null);
    }

    @Test
    void columnsAndTradesLineUpWithTheRun() {
        Backtester.Outcome o = run("donchian-breakout", Map.of("entry", "20", "exit", "10"));
        Report r = ReportBuilder.build("1", o, RunBars.load(o), "donchian-breakout", Builtins.find("donchian-breakout"),
                "2006-day-001.txt", null);
        int n = o.result().bars();
        assertThat(r.bars().time()).hasSize(n);
        assertThat(r.bars().time()[0]).isEqualTo(Times.toInstant(o.result().time()[0]).getEpochSecond());
        assertThat(r.account().equity()).isEqualTo(o.result().equity());
        assertThat(java.util.Arrays.stream(r.account().drawdown()).allMatch(x -> x >= 0 && x < 1)).isTrue();
        assertThat(r.trades()).hasSize(o.result().trades().size());
        for (int k = 0; k < r.trades().size(); k++) {
            Report.TradeView v = r.trades().get(k);
            Trade t = o.result().trades().get(k);
            assertThat(o.result().time()[v.entryIndex()]).isEqualTo(t.entryTime());
            assertThat(o.result().time()[v.exitIndex()]).isEqualTo(t.exitTime());
            assertThat(v.netPnl()).isEqualTo(t.netPnl());
            assertThat(v.durationSeconds()).isEqualTo((t.exitTime() - t.entryTime()) / 1_000_000_000L);
        }
        assertThat(r.stats()).containsEntry("trades", o.statistics().trades());
        assertThat(r.run().strategyName()).isEqualTo("DonchianBreakout");
        assertThat(r.run().timeframe()).isEqualTo("1d");
    }

    @Test
    void stopsAreDrawnWhileLongAndEntryStopsWhileFlat() {
        Backtester.Outcome o = run("donchian-breakout", Map.of("entry", "20", "exit", "10"));
        Report.Levels levels = ReportBuilder.levels(RunData.of(o));
        double[] position = o.result().position().toArray();
        int stops = 0;
        int entries = 0;
        for (int i = 1; i < position.length; i++) {
            if (Double.isFinite(levels.stop()[i])) {
                stops++;
                assertThat(position[i - 1] > 0 || position[i] > 0).as("bar %d holds a position", i).isTrue();
            }
            if (Double.isFinite(levels.entry()[i])) {
                entries++;
                assertThat(position[i - 1]).as("bar %d is flat at its open", i).isZero();
            }
            assertThat(levels.target()[i]).isNaN();
        }
        assertThat(stops).isPositive();
        assertThat(entries).isPositive();
    }

    @Test
    void indicatorsInThePriceRangeOverlayTheCandlesOthersGetTheirOwnPane() {
        Report donchian = report("donchian-breakout", Map.of("entry", "20", "exit", "10"));
        assertThat(donchian.indicators()).extracting(Report.Overlay::spec).containsExactly("highest(high,20)", "lowest(low,10)");
        assertThat(donchian.indicators()).extracting(Report.Overlay::pane).containsOnly("price");
        assertThat(donchian.indicators().get(0).values()).hasSize(donchian.bars().time().length);

        Report cross = report("sma-cross", Map.of("fast", "7", "slow", "40"));
        assertThat(cross.indicators()).extracting(Report.Overlay::spec).containsExactly("sma(close,7)", "sma(close,40)");

        Report rsi = report("rsi-reversion", Map.of());
        assertThat(rsi.indicators()).anySatisfy(o -> {
            assertThat(o.spec()).startsWith("rsi(");
            assertThat(o.pane()).isEqualTo("own");
        });
    }

    @Test
    void aHigherTimeframeIndicatorStepsWhenItsBarCloses() {
        Path fil = DATA.resolveSibling("FILUSDT-1m-2023-08.csv.gz");
        RunConfig d = RunConfig.defaults();
        Backtester.Outcome o = Backtester.run(new RunConfig(fil.toString(), null, null, d.zone(), d.priceColumn(), d.badRows(),
                "2023-08-01", "2023-08-02", "sma-cross", null, new LinkedHashMap<>(), d.cash(), d.commission(), d.slippageBps(),
                d.fill(), d.instrument(), d.gaps(), d.factors()), null);
        var bars = RunBars.load(o);
        java.util.List<Report.Overlay> lines = ReportBuilder.overlays(
                java.util.List.of(new IndicatorProbe.Request("sma(close,3)", "1h")), bars, java.time.ZoneOffset.UTC);
        assertThat(lines).hasSize(1);
        double[] v = lines.get(0).values();
        assertThat(v).hasSize(1440);
        assertThat(v[0]).isNaN();
        assertThat(v[3 * 60 - 2]).as("two hours have closed, sma(3) not ready").isNaN();
        assertThat(v[3 * 60 - 1]).as("the third hour closes with its last minute").isFinite();
        int changes = 0;
        for (int i = 1; i < v.length; i++) {
            if (Double.isFinite(v[i - 1]) && v[i] != v[i - 1]) {
                changes++;
                assertThat((i + 1) % 60).as("bar %d ends an hour", i).isZero();
            }
        }
        assertThat(changes).isEqualTo(21);
        assertThat(lines.get(0).pane()).isEqualTo("price");
    }

    @Test
    void theProbeKeepsWhatWasAskedBeforeAFailure() {
        assertThat(IndicatorProbe.requests(Builtins.find("sma-cross"), Map.of("fast", "7", "slow", "40")))
                .extracting(IndicatorProbe.Request::spec)
                .containsExactly("crossover(sma(close,7),sma(close,40))", "crossunder(sma(close,7),sma(close,40))");
        assertThat(IndicatorProbe.requests(Failing.class, Map.of()))
                .containsExactly(new IndicatorProbe.Request("ema(close,9)", null), new IndicatorProbe.Request("rsi(close,14)", "1h"));
    }

    /** Asks for two indicators, then fails on something the probe cannot give. */
    public static final class Failing implements dev.tradewind.strategy.Strategy {
        @Override
        public void onStart(dev.tradewind.strategy.Context ctx) {
            ctx.indicator("ema(close,9)");
            ctx.indicator("rsi(close,14)", "1h");
            ctx.instrument().tickSize();
            ctx.indicator("sma(close,3)");
        }

        @Override
        public void onBar(dev.tradewind.strategy.Context ctx) {}
    }
}
