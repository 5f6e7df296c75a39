package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.HigherTimeframe;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled 2006 daily bars resampled weekly: 52 weeks. A strategy used to see 51 (a week's bar closes when the
 * next week begins, and after the last week nothing begins); with the kernel the last one closes with the data.
 */
class LastWeeklyBarTest {

    @Test
    void aStrategyOnDailyBarsSeesAllFiftyTwoWeeksOf2006ByItsLastBar() throws Exception {
        BarSeries daily = CsvBarLoader.load(Path.of("../sample-data/2006-day-001.txt")).series();
        Resampling weekly = new Resampling(daily, ZoneOffset.UTC);
        HigherTimeframe w = weekly.resample("1w");
        assertThat(w.bars().size()).isEqualTo(52);
        assertThat(w.closedAfter()[daily.size() - 1]).isEqualTo(51); // what the data alone says at the last bar

        int[] seen = new int[1];
        Strategy s = new Strategy() {
            @Override public void onStart(Context ctx) { ctx.bars("1w"); }
            @Override public void onBar(Context ctx) { seen[0] = ctx.bars("1w").size(); }
        };
        new Engine(EngineConfig.of(Instrument.spot("SPX"), 10_000)).backtest(s, Map.of(), daily, weekly);
        assertThat(seen[0]).isEqualTo(52);
    }
}
