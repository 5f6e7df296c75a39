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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An indicator a project registers reaches its strategies' {@code ctx.indicator(spec)}, in single and portfolio runs. */
class UserIndicatorsTest {

    /** {@code closesum(n)}: the sum of the last n closes; not a built-in. */
    static final class CloseSum implements Indicator {
        private final double[] last;
        private int seen;
        private double value = Double.NaN;

        CloseSum(int n) { this.last = new double[n]; }

        @Override public void update(long t, double o, double h, double l, double c, double v, double input) {
            last[seen++ % last.length] = c;
            if (seen >= last.length) {
                double s = 0;
                for (int j = seen - last.length; j < seen; j++) s += last[j % last.length];
                value = s;
            }
        }

        @Override public double value(int output) { return value; }
        @Override public int lookback() { return last.length - 1; }
        @Override public boolean ready() { return value == value; }
    }

    static IndicatorRegistry registry() {
        return IndicatorRegistry.withBuiltins().register(IndicatorDef.of("closesum", 0, "sum of the last n closes",
                a -> new CloseSum(a.integer(0)), Param.integer("n", 3)));
    }

    /** Records {@code closesum(3)} on the run's bars and {@code closesum(2)} on the "3x" timeframe at every bar. */
    static final class Probe implements Strategy {
        private final boolean higher;
        final List<double[]> seen = new ArrayList<>();
        private Series base;
        private Series slow;

        Probe(boolean higher) { this.higher = higher; }

        @Override public void onStart(Context ctx) {
            base = ctx.indicator("closesum(3)");
            if (higher) slow = ctx.indicator("closesum(2)", "3x");
        }

        @Override public boolean onBarDuringWarmup() { return true; }

        @Override public void onBar(Context ctx) {
            seen.add(new double[] {ctx.barIndex(), base.get(), higher ? slow.get() : Double.NaN});
        }
    }

    /** Every 3 base bars make one "3x" bar, which closes with the third. */
    static TimeframeSource threeBars(BarSeries b) {
        int n = b.size() / 3;
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int k = 0; k < n; k++) {
            int i = 3 * k;
            t[k] = b.time()[i];
            o[k] = b.open()[i];
            h[k] = Math.max(b.high()[i], Math.max(b.high()[i + 1], b.high()[i + 2]));
            l[k] = Math.min(b.low()[i], Math.min(b.low()[i + 1], b.low()[i + 2]));
            c[k] = b.close()[i + 2];
            v[k] = b.volume()[i] + b.volume()[i + 1] + b.volume()[i + 2];
        }
        int[] closedAfter = new int[b.size()];
        for (int i = 0; i < closedAfter.length; i++) closedAfter[i] = Math.min((i + 1) / 3, n);
        HigherTimeframe tf = new HigherTimeframe("3x", new BarSeries(b.symbol(), t, o, h, l, c, v), closedAfter);
        return name -> {
            if (!name.equals("3x")) throw new IllegalArgumentException("no timeframe " + name);
            return tf;
        };
    }

    static Double sum(double[] x, int to, int n) {
        if (to + 1 < n) return Double.NaN;
        double s = 0;
        for (int i = to - n + 1; i <= to; i++) s += x[i];
        return s;
    }

    /** Every recorded value equals the reference (NaN included); every bar from the first ready one was seen. */
    static void assertMatchesReference(Probe p, BarSeries bars, boolean higher) {
        assertThat(p.seen.size()).isGreaterThanOrEqualTo(bars.size() - 2);
        assertThat(p.seen.get(p.seen.size() - 1)[0]).isEqualTo(bars.size() - 1);
        double[] close = bars.close();
        double[] slowClose = new double[bars.size() / 3];
        for (int k = 0; k < slowClose.length; k++) slowClose[k] = close[3 * k + 2];
        for (double[] row : p.seen) {
            int i = (int) row[0];
            assertThat(Double.valueOf(row[1])).as("closesum(3) at bar %d", i).isEqualTo(sum(close, i, 3));
            if (higher) {
                assertThat(Double.valueOf(row[2])).as("closesum(2) on 3x at bar %d", i)
                        .isEqualTo(sum(slowClose, (i + 1) / 3 - 1, 2));
            }
        }
        assertThat(p.seen.get(p.seen.size() - 1)[1]).isNotNaN();
    }

    private final BarSeries bars = LedgerPropertiesTest.randomBars(11, 300);
    private final EngineConfig config = EngineConfig.of(Instrument.spot("X"), 100_000);

    @Test
    void aRegisteredIndicatorIsComputedForTheStrategyOnItsBarsAndOnAHigherTimeframe() {
        Probe p = new Probe(true);
        BacktestResult r = new Engine(config).withIndicators(registry()).backtest(p, Map.of(), bars, threeBars(bars));
        assertMatchesReference(p, bars, true);
        // the warm-up waits for both: closesum(2) on 3x is ready once two 3x bars have closed, at base bar 5
        assertThat(r.warmup()).isEqualTo(5);
    }

    @Test
    void theDefaultRegistryIsTheStandardOne() {
        assertThatThrownBy(() -> new Engine(config).backtest(new Probe(false), Map.of(), bars))
                .hasMessageContaining("unknown indicator 'closesum'");
    }

    @Test
    void aCacheOfTheSameRegistryGivesTheSameValuesAndAnotherRegistrysCacheIsRefused() {
        IndicatorRegistry registry = registry();
        IndicatorCache cache = new IndicatorCache(registry, bars.time(), bars.open(), bars.high(), bars.low(), bars.close(), bars.volume());
        Probe p = new Probe(false);
        new Engine(config).withIndicators(registry).withIndicatorCache(cache).backtest(p, Map.of(), bars);
        assertMatchesReference(p, bars, false);
        assertThat(cache.size()).isEqualTo(1);

        IndicatorCache standard = new IndicatorCache(bars.time(), bars.open(), bars.high(), bars.low(), bars.close(), bars.volume());
        assertThatThrownBy(() -> new Engine(config).withIndicatorCache(standard).withIndicators(registry)
                .backtest(new Probe(false), Map.of(), bars))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another indicator registry");
    }

    @Test
    void portfolioMembersReadTheRegisteredIndicator() {
        Probe a = new Probe(false);
        Probe b = new Probe(false);
        BarSeries other = LedgerPropertiesTest.randomBars(12, 300);
        List<PortfolioMember> members = List.of(
                new PortfolioMember("a", a, Map.of(), bars, Instrument.spot("X"), 0.5),
                new PortfolioMember("b", b, Map.of(), other, Instrument.spot("Y"), 0.5));
        new PortfolioEngine(config, Compliance.NONE, Schedule.ALWAYS).withIndicators(registry()).run(100_000, members);
        assertMatchesReference(a, bars, false);
        assertMatchesReference(b, other, false);
        assertThatThrownBy(() -> new PortfolioEngine(config, Compliance.NONE, Schedule.ALWAYS).run(100_000,
                List.of(new PortfolioMember("a", new Probe(false), Map.of(), bars, Instrument.spot("X"), 1))))
                .hasMessageContaining("unknown indicator 'closesum'");
    }
}
