package dev.tradewind.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.Series;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorGraphTest {

    static void feed(IndicatorGraph graph, Bars b) {
        for (int i = 0; i < b.size(); i++) graph.update(b.timeAt(i), b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
    }

    @Test
    void equalSpecsShareOneSeriesAndOneNode() {
        IndicatorGraph graph = new IndicatorGraph(100);
        Series a = graph.add("ema(close,20)");
        Series b = graph.add("EMA( close , 20 )");
        Series c = graph.add("ema(20)");
        assertThat(b).isSameAs(a);
        assertThat(c).isSameAs(a);
        assertThat(graph.nodeCount()).isEqualTo(1);
        assertThat(a.spec()).isEqualTo("ema(close,20)");
    }

    @Test
    void strategiesSharingIndicatorsComputeEachOnce() {
        IndicatorGraph graph = new IndicatorGraph(100);
        for (int strategy = 0; strategy < 50; strategy++) {
            graph.add("ema(close,20)");
            graph.add("rsi(close,14)");
            graph.add("sma(close," + (5 + strategy) + ")");
        }
        assertThat(graph.nodeCount()).isEqualTo(52);
        assertThat(graph.seriesCount()).isEqualTo(52);
    }

    @Test
    void nestedSpecsShareTheirSubNodesAndChainLookbacks() {
        IndicatorGraph graph = new IndicatorGraph(300);
        Series smoothed = graph.add("sma(rsi(close,14),5)");
        Series rsi = graph.add("rsi(close,14)");
        Series other = graph.add("ema(rsi(close,14),5)");
        assertThat(graph.nodeCount()).isEqualTo(3);
        assertThat(smoothed.lookback()).isEqualTo(18);
        assertThat(other.lookback()).isEqualTo(18);
        assertThat(rsi.lookback()).isEqualTo(14);
        assertThat(graph.warmup()).isEqualTo(18);
        Bars b = RandomBars.generate(5, 300);
        feed(graph, b);
        double[] expectedRsi = Naive.rsi(b.close(), 14);
        Lines.assertClose(rsi.values(), expectedRsi, "rsi");
        Lines.assertClose(smoothed.values(), Naive.chain(expectedRsi, y -> Naive.sma(y, 5)), "sma of rsi");
        assertThat(ReferenceData.firstValid(smoothed.values())).isEqualTo(18);
    }

    @Test
    void multiOutputLinesShareTheirNode() {
        IndicatorGraph graph = new IndicatorGraph(100);
        Series line = graph.add("macd(close,12,26,9)");
        Series signal = graph.add("macd(close,12,26,9).signal");
        Series hist = graph.add("macd(close).hist");
        Series upper = graph.add("bbands(close,20,2).upper");
        Series lower = graph.add("bbands(close,20,2).lower");
        assertThat(graph.nodeCount()).isEqualTo(2);
        assertThat(graph.seriesCount()).isEqualTo(5);
        assertThat(line.lookback()).isEqualTo(25);
        assertThat(signal.lookback()).isEqualTo(33);
        assertThat(graph.warmup()).isEqualTo(33);
        feed(graph, RandomBars.generate(9, 100));
        assertThat(hist.get()).isCloseTo(line.get() - signal.get(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(upper.get()).isGreaterThanOrEqualTo(lower.get());
    }

    @Test
    void warmupIsTheBarCountBeforeEveryLineIsReady() {
        List<String> specs = List.of("sma(close,20)", "sma(rsi(close,14),5)", "adx(14)", "macd(close).signal", "atr(14)",
                "crossover(close,sma(close,15))", "linreg(close,30).r2", "stoch(14,3,3).d", "ichimoku().spanb", "tr");
        IndicatorGraph graph = new IndicatorGraph(200);
        List<Series> series = new ArrayList<>();
        specs.forEach(s -> series.add(graph.add(s)));
        assertThat(graph.warmup()).isEqualTo(76);
        Bars b = RandomBars.generate(21, 200);
        for (int i = 0; i < b.size(); i++) {
            graph.update(b.timeAt(i), b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
            for (Series s : series) {
                assertThat(s.ready()).as("%s ready after %d bars", s.spec(), i + 1).isEqualTo(i >= s.lookback());
            }
            assertThat(series.stream().allMatch(Series::ready)).isEqualTo(i >= graph.warmup());
        }
    }

    @Test
    void crossoverCountsATouchThenCrossOnce() {
        // difference close - open: -1, 0, +1 (cross up), +1, 0, +1 (touch, no cross), -2 (cross down), 0, -1 (touch), +3 (up)
        double[] diff = {-1, 0, 1, 1, 0, 1, -2, 0, -1, 3};
        double[] up = {Double.NaN, 0, 1, 0, 0, 0, 0, 0, 0, 1};
        double[] down = {Double.NaN, 0, 0, 0, 0, 0, 1, 0, 0, 0};
        double[] both = {Double.NaN, 0, 1, 0, 0, 0, -1, 0, 0, 1};
        IndicatorGraph graph = new IndicatorGraph(16);
        Series over = graph.add("crossover(close,open)");
        Series under = graph.add("crossunder(close,open)");
        Series cross = graph.add("cross(close,open)");
        for (double d : diff) graph.update(0, 100, 110, 90, 100 + d, 1);
        Lines.assertIdentical(over.values(), up, "crossover");
        Lines.assertIdentical(under.values(), down, "crossunder");
        Lines.assertIdentical(cross.values(), both, "cross");
    }

    @Test
    void crossoverOfTwoIndicatorsStartsWhenBothAreReady() {
        IndicatorGraph graph = new IndicatorGraph(100);
        Series cross = graph.add("crossover(sma(close,3),sma(close,5))");
        assertThat(cross.lookback()).isEqualTo(5);
        assertThat(graph.nodeCount()).isEqualTo(3);
        double[] closes = {5, 4, 3, 2, 1, 1, 2, 4, 6, 8};
        for (double c : closes) graph.update(0, c, c, c, c, 1);
        assertThat(cross.values()).containsExactly(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, 1, 0, 0);
    }

    @Test
    void seriesKeepsHistoryAndGrowsBeyondItsHint() {
        IndicatorGraph graph = new IndicatorGraph(2);
        Series close = graph.add("close");
        Series sma = graph.add("sma(close,3)");
        assertThat(close.get()).isNaN();
        assertThat(close.length()).isZero();
        for (int i = 1; i <= 100; i++) graph.update(i, i, i, i, i, 0);
        assertThat(graph.nodeCount()).isEqualTo(1);
        assertThat(graph.bars()).isEqualTo(100);
        assertThat(close.length()).isEqualTo(100);
        assertThat(close.get()).isEqualTo(100);
        assertThat(close.get(0)).isEqualTo(100);
        assertThat(close.get(99)).isEqualTo(1);
        assertThat(close.get(100)).isNaN();
        assertThat(sma.get()).isEqualTo(99);
        assertThat(sma.get(97)).isEqualTo(2);
        assertThat(sma.get(98)).isNaN();
        double[] values = sma.values();
        assertThat(values).hasSize(100);
        values[99] = -1;
        assertThat(sma.get()).isEqualTo(99);
        assertThatThrownBy(() -> close.get(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void crossesOfOnePairComputedInOnePassEqualEachAlone() {
        List<List<String>> orders = List.of(List.of("crossover", "crossunder", "cross"), List.of("crossunder", "cross"),
                List.of("cross", "crossover"));
        for (long seed = 1; seed <= 20; seed++) {
            Bars b = RandomBars.generate(seed, 5_000);
            String pair = seed % 2 == 0 ? "ema(close,4),sma(close,9)" : "close,sma(close," + (2 + seed) + ")";
            for (boolean attached : new boolean[] {true, false}) {
                for (List<String> names : orders) {
                    IndicatorGraph together = graph(b, attached);
                    List<Series> paired = new ArrayList<>();
                    for (String name : names) paired.add(together.add(name + "(" + pair + ")"));
                    feed(together, b);
                    for (int k = 0; k < names.size(); k++) {
                        IndicatorGraph alone = graph(b, attached);
                        Series single = alone.add(names.get(k) + "(" + pair + ")");
                        feed(alone, b);
                        assertThat(paired.get(k).values()).as("%s among %s", names.get(k), names).containsExactly(single.values());
                    }
                    assertThat(Arrays.stream(paired.get(0).values()).filter(v -> v != 0 && v == v).count()).isGreaterThan(10);
                }
            }
        }
    }

    @Test
    void averagesOfOneLineComputedInOnePassEqualEachAlone() {
        // of the close, and of a line with NaN before it is ready (the averages skip NaN inputs)
        List<List<String>> sets = List.of(List.of("sma(close,10)", "sma(close,30)"), List.of("sma(close,1)", "sma(close,7)", "sma(close,3)"),
                List.of("sma(rsi(close,14),5)", "sma(rsi(close,14),20)"), List.of("sma(close,4)", "sma(close,4)", "ema(close,4)"));
        for (long seed = 1; seed <= 10; seed++) {
            Bars b = RandomBars.generate(seed, 3_000);
            for (boolean attached : new boolean[] {true, false}) {
                for (List<String> specs : sets) {
                    IndicatorGraph together = graph(b, attached);
                    List<Series> paired = new ArrayList<>();
                    for (String spec : specs) paired.add(together.add(spec));
                    feed(together, b);
                    for (int k = 0; k < specs.size(); k++) {
                        IndicatorGraph alone = graph(b, attached);
                        Series single = alone.add(specs.get(k));
                        feed(alone, b);
                        assertThat(paired.get(k).values()).as("%s among %s, seed %d", specs.get(k), specs, seed)
                                .containsExactly(single.values());
                    }
                }
            }
        }
    }

    private static IndicatorGraph graph(Bars b, boolean attached) {
        IndicatorGraph g = new IndicatorGraph(b.size());
        if (attached) g.attach(b.time(), b.open(), b.high(), b.low(), b.close(), b.volume());
        return g;
    }

    @Test
    void specsAreAddedBeforeTheFirstBar() {
        IndicatorGraph graph = new IndicatorGraph(4);
        graph.add("sma(close,3)");
        graph.update(0, 1, 1, 1, 1, 1);
        assertThatThrownBy(() -> graph.add("ema(close,3)")).isInstanceOf(IllegalStateException.class).hasMessageContaining("before the first update");
        assertThatThrownBy(() -> new IndicatorGraph(4).add("nope(close)")).isInstanceOf(IllegalArgumentException.class);
        assertThat(graph.find("sma(close,3)")).isNotNull();
        assertThat(graph.find("sma(close,4)")).isNull();
    }

    @Test
    void updatesAllocateNothingPerBar() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Bars b = RandomBars.generate(1, 1000);
        IndicatorGraph graph = new IndicatorGraph(30_000);
        for (IndicatorDef def : IndicatorRegistry.standard().list()) graph.add(RegistryContractTest.spec(def));
        graph.add("sma(rsi(close,14),5)");
        feed(graph, b);
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int round = 0; round < 20; round++) feed(graph, b);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated by 20,000 graph updates").isLessThan(4096);
    }
}
