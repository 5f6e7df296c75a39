package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.data.Resampled;
import dev.tradewind.data.Resampler;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.HigherTimeframe;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.strategy.Bars;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A strategy that would make a fortune if it could see the unfinished hourly bar (it goes long while the last
 * visible hour closed up) does not profit from the engine's hourly bars, because an hour appears only once closed.
 * The control run feeds the same strategy the hour that is still forming (with its final close) and gets rich.
 */
class NoLookaheadTest {

    /** Long while the latest visible 1h bar closed above its open, flat otherwise. */
    public static final class HourPeek implements Strategy {
        private Bars hours;

        @Override public void onStart(Context ctx) { hours = ctx.bars("1h"); }

        @Override
        public void onBar(Context ctx) {
            int n = hours.size();
            if (n == 0) return;
            boolean up = hours.close()[n - 1] > hours.open()[n - 1];
            if (up && ctx.position().isFlat()) ctx.buy(ctx.unitsForPercentOfEquity(90));
            else if (!up && ctx.position().isLong()) ctx.flatten();
        }
    }

    @Test
    void higherTimeframeBarsAppearOnlyOnceClosed() throws Exception {
        BarSeries bars = Runs.load("FILUSDT-1m-2023-08.csv.gz");
        Resampled hourly = Resampler.resample(bars, Timeframe.parse("1h"), ZoneOffset.UTC);
        Engine engine = new Engine(EngineConfig.of(new Instrument("FILUSDT", Instrument.Kind.SPOT, 0.001, 0.1, 1, 1), 10_000));

        BacktestResult honest = engine.backtest(new HourPeek(), Map.of(), bars, tf -> source(hourly, hourly::closedAfter));
        BacktestResult leaking = engine.backtest(new HourPeek(), Map.of(), bars,
                tf -> source(hourly, i -> hourly.bucketOf()[i] + 1));

        double honestGain = honest.finalEquity() / 10_000 - 1;
        double leakingGain = leaking.finalEquity() / 10_000 - 1;
        assertThat(leakingGain).as("control: seeing the forming hour is worth a lot").isGreaterThan(1.0);
        assertThat(honestGain).as("the engine's hourly bars give no such edge").isLessThan(0.05);
        // Before its first hour has closed, the strategy saw no hourly bar at all.
        assertThat(honest.fills().get(0).time()).isGreaterThanOrEqualTo(bars.time()[60]);
    }

    private static HigherTimeframe source(Resampled r, IntUnaryOperator revealedAfter) {
        int[] closed = new int[r.bucketOf().length];
        for (int i = 0; i < closed.length; i++) closed[i] = revealedAfter.applyAsInt(i);
        return new HigherTimeframe("1h", r.series(), closed);
    }
}
