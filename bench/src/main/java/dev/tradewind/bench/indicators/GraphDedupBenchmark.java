package dev.tradewind.bench.indicators;

import dev.tradewind.indicators.IndicatorGraph;
import dev.tradewind.model.Series;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fifty strategies on one instrument, each wanting {@code ema(close,20)}, {@code rsi(close,14)} and its own
 * {@code sma(close,10+i)}. {@code shared}: one graph, which dedupes them to 52 nodes and 52 series.
 * {@code separate}: fifty graphs of three nodes each (150 nodes and series), as without dedup. One operation =
 * one bar. Graphs are rebuilt before each invocation with room for all its bars, so history never grows while
 * measured (the rebuild is not timed, but {@code -prof gc} counts its history arrays).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GraphDedupBenchmark {

    static final int STRATEGIES = 50;
    static final int BARS = 50_000;

    /** Bar data, generated once. */
    @State(Scope.Benchmark)
    public static class Bars {
        final PriceData data = new PriceData(BARS);
    }

    /** One deduplicating graph for all strategies. */
    @State(Scope.Thread)
    public static class Shared {
        IndicatorGraph graph;
        Series probe;

        @Setup(Level.Invocation)
        public void build() {
            graph = new IndicatorGraph(BARS);
            for (int s = 0; s < STRATEGIES; s++) probe = strategy(graph, s);
        }
    }

    /** One graph per strategy. */
    @State(Scope.Thread)
    public static class Separate {
        final IndicatorGraph[] graphs = new IndicatorGraph[STRATEGIES];
        Series probe;

        @Setup(Level.Invocation)
        public void build() {
            for (int s = 0; s < STRATEGIES; s++) {
                graphs[s] = new IndicatorGraph(BARS);
                probe = strategy(graphs[s], s);
            }
        }
    }

    static Series strategy(IndicatorGraph graph, int strategy) {
        graph.add("ema(close,20)");
        graph.add("rsi(close,14)");
        return graph.add("sma(close," + (10 + strategy) + ")");
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double shared(Bars bars, Shared shared) {
        PriceData d = bars.data;
        IndicatorGraph g = shared.graph;
        for (int i = 0; i < BARS; i++) g.update(i, d.open[i], d.high[i], d.low[i], d.close[i], d.volume[i]);
        return shared.probe.get();
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double separate(Bars bars, Separate separate) {
        PriceData d = bars.data;
        IndicatorGraph[] graphs = separate.graphs;
        for (int i = 0; i < BARS; i++) {
            for (IndicatorGraph g : graphs) g.update(i, d.open[i], d.high[i], d.low[i], d.close[i], d.volume[i]);
        }
        return separate.probe.get();
    }
}
