package dev.tradewind.engine;

import dev.tradewind.model.BacktestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.IndicatorCache;
import dev.tradewind.indicators.IndicatorDef;
import dev.tradewind.indicators.IndicatorRegistry;
import dev.tradewind.indicators.Param;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Series;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs that read shared, precomputed indicators give exactly the results of runs that compute their own. */
class IndicatorCacheTest {

    static final class Cross implements Strategy {
        private final int fast;
        private final int slow;
        private Series up;
        private Series down;

        Cross(int fast, int slow) {
            this.fast = fast;
            this.slow = slow;
        }

        @Override
        public void onStart(Context ctx) {
            up = ctx.indicator("crossover(sma(close," + fast + "),ema(close," + slow + "))");
            down = ctx.indicator("crossunder(sma(close," + fast + "),ema(close," + slow + "))");
        }

        @Override
        public void onBar(Context ctx) {
            if (up.get() > 0 && ctx.position().isFlat()) ctx.buy(10);
            else if (down.get() > 0 && ctx.position().isLong()) ctx.flatten();
        }
    }

    @Test
    void sharedIndicatorsGiveIdenticalRunsAndAreComputedOnce() {
        BarSeries bars = LedgerPropertiesTest.randomBars(7, 3000);
        IndicatorCache cache = new IndicatorCache(bars.time(), bars.open(), bars.high(), bars.low(), bars.close(), bars.volume());
        Engine plain = new Engine(EngineConfig.of(Instrument.spot("X"), 100_000));
        Engine shared = plain.withIndicatorCache(cache);
        for (int fast = 3; fast <= 9; fast += 3) {
            for (int slow = 20; slow <= 40; slow += 10) {
                BacktestResult a = plain.backtest(new Cross(fast, slow), Map.of(), bars);
                BacktestResult b = shared.backtest(new Cross(fast, slow), Map.of(), bars);
                assertThat(b.ordersHash()).isEqualTo(a.ordersHash());
                assertThat(b.warmup()).isEqualTo(a.warmup());
                assertThat(Arrays.equals(a.equity(), b.equity())).isTrue();
            }
        }
        // the 3 SMA and 3 EMA columns are computed once each; each run computes its own crossings from them
        assertThat(cache.size()).isEqualTo(3 + 3);
        BacktestResult again = shared.backtest(new Cross(3, 20), Map.of(), bars);
        assertThat(cache.size()).isEqualTo(6);
        assertThat(again.trades()).isNotEmpty();
    }

    @Test
    void aCacheOverItsBudgetDropsTheColumnsReadLongestAgoAndComputesThemAgainTheSame() {
        BarSeries bars = LedgerPropertiesTest.randomBars(11, 3000);
        long column = IndicatorCache.columnBytes(bars.size());
        IndicatorCache cache = new IndicatorCache(IndicatorRegistry.standard(), bars.time(),
                bars.open(), bars.high(), bars.low(), bars.close(), bars.volume(), 3 * column);
        Engine plain = new Engine(EngineConfig.of(Instrument.spot("X"), 100_000));
        Engine shared = plain.withIndicatorCache(cache);
        for (int round = 0; round < 2; round++) {
            for (int fast = 3; fast <= 9; fast += 3) {
                for (int slow = 20; slow <= 40; slow += 10) {
                    BacktestResult a = plain.backtest(new Cross(fast, slow), Map.of(), bars);
                    BacktestResult b = shared.backtest(new Cross(fast, slow), Map.of(), bars);
                    assertThat(b.ordersHash()).isEqualTo(a.ordersHash());
                    assertThat(Arrays.equals(a.equity(), b.equity())).isTrue();
                    assertThat(cache.bytes()).isLessThanOrEqualTo(3 * column);
                    assertThat(cache.size()).isLessThanOrEqualTo(3);
                }
            }
        }
        // 6 distinct columns in 3 places: the EMAs (read by every third run) are dropped and computed again
        assertThat(cache.computed()).isGreaterThan(6);
    }

    @Test
    @Timeout(120)
    void threadsSharingABudgetedCacheGetTheRunsOfOneThreadAlone() throws Exception {
        BarSeries bars = LedgerPropertiesTest.randomBars(5, 2000);
        IndicatorCache cache = new IndicatorCache(IndicatorRegistry.standard(), bars.time(),
                bars.open(), bars.high(), bars.low(), bars.close(), bars.volume(), 2 * IndicatorCache.columnBytes(bars.size()));
        Engine plain = new Engine(EngineConfig.of(Instrument.spot("X"), 100_000));
        Engine shared = plain.withIndicatorCache(cache);
        List<Callable<String>> runs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        Random random = new Random(3);
        for (int k = 0; k < 60; k++) {
            int fast = 2 + random.nextInt(6);
            int slow = 10 + random.nextInt(6);
            expected.add(plain.backtest(new Cross(fast, slow), Map.of(), bars).ordersHash());
            runs.add(() -> shared.backtest(new Cross(fast, slow), Map.of(), bars).ordersHash());
        }
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<String> got = new ArrayList<>();
            for (var f : pool.invokeAll(runs)) got.add(f.get());
            assertThat(got).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(2);
    }

    /** Reads one indicator and trades nothing. */
    static final class Reads implements Strategy {
        private final String spec;

        Reads(String spec) { this.spec = spec; }

        @Override public void onStart(Context ctx) { ctx.indicator(spec); }

        @Override public void onBar(Context ctx) { }
    }

    @Test
    void theColumnReadLongestAgoIsTheOneDropped() {
        BarSeries bars = LedgerPropertiesTest.randomBars(13, 500);
        IndicatorCache cache = new IndicatorCache(IndicatorRegistry.standard(), bars.time(), bars.open(), bars.high(),
                bars.low(), bars.close(), bars.volume(), 2 * IndicatorCache.columnBytes(bars.size()));
        Engine engine = new Engine(EngineConfig.of(Instrument.spot("X"), 100_000)).withIndicatorCache(cache);
        for (String spec : List.of("sma(close,3)", "sma(close,4)", "sma(close,3)", "sma(close,5)")) {
            engine.backtest(new Reads(spec), Map.of(), bars);
        }
        assertThat(cache.computed()).isEqualTo(3);
        engine.backtest(new Reads("sma(close,3)"), Map.of(), bars); // read after 4: kept when 5 came
        assertThat(cache.computed()).isEqualTo(3);
        engine.backtest(new Reads("sma(close,4)"), Map.of(), bars); // dropped for 5: computed again
        assertThat(cache.computed()).isEqualTo(4);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void aCacheKeeps32ColumnsAtFirstAndGrowsToWhatItsReadersComeBackTo() {
        BarSeries bars = LedgerPropertiesTest.randomBars(17, 300);
        IndicatorCache cache = new IndicatorCache(bars.time(), bars.open(), bars.high(), bars.low(), bars.close(), bars.volume());
        Engine engine = new Engine(EngineConfig.of(Instrument.spot("X"), 100_000)).withIndicatorCache(cache);
        for (int n = 2; n < 42; n++) engine.backtest(new Reads("sma(close," + n + ")"), Map.of(), bars); // 12 columns
        assertThat(cache.computed()).isEqualTo(40);
        assertThat(cache.size()).isEqualTo(32); // the 8 read longest ago were dropped
        for (int n = 2; n < 42; n++) engine.backtest(new Reads("sma(close," + n + ")"), Map.of(), bars);
        long again = cache.computed(); // each one dropped and asked for again made room for one more
        assertThat(again).isGreaterThan(40);
        for (int round = 0; round < 2; round++) {
            for (int n = 2; n < 42; n++) engine.backtest(new Reads("sma(close," + n + ")"), Map.of(), bars);
        }
        assertThat(cache.computed()).isEqualTo(again); // all 40 kept now
        assertThat(cache.size()).isEqualTo(40);
    }

    /** {@code boom(n)}: fails on its n-th bar. */
    static final class Boom implements Indicator {
        private final int n;
        private int seen;

        Boom(int n) { this.n = n; }

        @Override public void update(long t, double o, double h, double l, double c, double v, double input) {
            if (++seen == n) throw new IllegalStateException("boom at bar " + n);
        }

        @Override public double value(int output) { return 0; }
        @Override public int lookback() { return 0; }
        @Override public boolean ready() { return true; }
    }

    @Test
    @Timeout(60)
    void aColumnThatFailsLeavesNothingBehindAndFailsAgainWhenAskedAgain() {
        BarSeries bars = LedgerPropertiesTest.randomBars(17, 200);
        IndicatorRegistry registry = IndicatorRegistry.withBuiltins().register(IndicatorDef.of(
                "boom", 0, "fails on its n-th bar", a -> new Boom(a.integer(0)), Param.integer("n", 3)));
        IndicatorCache cache = new IndicatorCache(registry, bars.time(), bars.open(), bars.high(), bars.low(), bars.close(),
                bars.volume(), 2 * IndicatorCache.columnBytes(bars.size()));
        Engine engine = new Engine(EngineConfig.of(Instrument.spot("X"), 100_000)).withIndicators(registry)
                .withIndicatorCache(cache);
        for (int k = 0; k < 2; k++) {
            assertThatThrownBy(() -> engine.backtest(new Reads("boom(50)"), Map.of(), bars))
                    .hasMessageContaining("boom at bar 50");
            assertThat(cache.size()).isZero();
            assertThat(cache.bytes()).isZero();
        }
        engine.backtest(new Reads("sma(close,3)"), Map.of(), bars); // the cache still works
        assertThat(cache.size()).isEqualTo(1);
    }
}
