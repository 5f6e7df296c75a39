package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.Replay;
import dev.tradewind.indicators.IndicatorCache;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.EquityCurve;
import dev.tradewind.model.Instrument;
import dev.tradewind.strategy.Desk;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run into a reused curve (a sweep's worker) writes its indicator series into the curve's spare columns, which hold
 * whatever the last run left there (a crossover rewrites a value only where it differs, bit for bit), and reads the
 * excursions of the stretches it passes from the bars' block extremes. Every built-in spot strategy must trade exactly
 * as in a fresh run, with the same trades (their excursions included), even when those columns are filled with values
 * that would read as signals, with and without an indicator cache.
 */
class ReusedCurveTest {

    static Stream<String> spotBuiltins() {
        return Builtins.all().entrySet().stream().filter(e -> !e.getValue().isAnnotationPresent(Desk.class)).map(Map.Entry::getKey);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spotBuiltins")
    void aRunIntoAReusedCurveWithGarbageInItsSpareColumnsEqualsAFreshRun(String name) throws Exception {
        BarSeries bars = Families.bars("FILUSDT", "1m");
        EngineConfig config = EngineConfig.of(Instrument.spot("FILUSDT"), 10_000);
        Class<? extends Strategy> type = Builtins.find(name);
        BacktestResult fresh = run(new Engine(config), type, bars, null);
        for (IndicatorCache cache : new IndicatorCache[] {null,
                new IndicatorCache(bars.time(), bars.open(), bars.high(), bars.low(), bars.close(), bars.volume())}) {
            Engine engine = cache == null ? new Engine(config) : new Engine(config).withIndicatorCache(cache);
            EquityCurve reused = engine.curveFor(bars);
            for (double garbage : new double[] {1.0, Double.NaN, -1e300, -0.0, 0.0}) {
                for (int k = 0; k < 8; k++) Arrays.fill(reused.spare(k), garbage);
                BacktestResult again = run(engine, type, bars, reused);
                assertThat(again.ordersHash()).as("orders hash, garbage %s, cache %s", garbage, cache != null).isEqualTo(fresh.ordersHash());
                assertThat(again.trades()).isEqualTo(fresh.trades());
                assertThat(again.equity()).containsExactly(fresh.equity());
                assertThat(again.position().toArray()).containsExactly(fresh.position().toArray());
            }
            if (name.equals("sma-cross")) { // its crossover was written over the last garbage, bar by bar
                assertThat(reused.spare(0)).doesNotContain(-1e300);
            }
        }
    }

    private static BacktestResult run(Engine engine, Class<? extends Strategy> type, BarSeries bars, EquityCurve reuse)
            throws Exception {
        ParamSchema schema = ParamSchema.of(type);
        Strategy s = schema.create(Map.of());
        return engine.run(s, schema.values(s), new Replay(bars), null, null, reuse);
    }
}
