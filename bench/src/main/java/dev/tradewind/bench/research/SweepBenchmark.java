package dev.tradewind.bench.research;

import dev.tradewind.engine.EngineConfig;
import dev.tradewind.examples.SmaCross;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.research.Dataset;
import dev.tradewind.research.GridSearch;
import dev.tradewind.research.Objective;
import dev.tradewind.research.ParamSpace;
import dev.tradewind.research.PeriodReturns;
import dev.tradewind.research.StrategyRunner;
import dev.tradewind.research.Sweep;
import dev.tradewind.research.SweepResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The speed target: a grid sweep of 1,000 parameter sets of the SMA crossover (fast 2..21 x slow 25..515 step
 * 10) on 100,000 one-minute bars, on every core, each run with full statistics and daily returns. The bars are a
 * seeded random walk (the bundled real files are shorter than 100,000 bars). One operation is the whole sweep.
 *
 * <pre>java -jar bench/target/benchmarks.jar 'dev.tradewind.bench.research' -prof gc</pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx4g"})
public class SweepBenchmark {
    static final int BARS = 100_000;

    @Param({"0"})
    int threads;

    StrategyRunner runner;
    ParamSpace space;

    @Setup
    public void setUp() {
        BarSeries bars = randomWalk(BARS, 42);
        Instrument instrument = new Instrument("SYN", Instrument.Kind.SPOT, 0.0001, 1e-8, 1, 0.1);
        runner = new StrategyRunner(SmaCross.class, Dataset.of(bars, EngineConfig.of(instrument, 10_000)), PeriodReturns.daily());
        Map<String, String> ranges = new LinkedHashMap<>();
        ranges.put("fast", "2:21");
        ranges.put("slow", "25:515:10");
        space = ParamSpace.of(runner.schema(), ranges, Map.of());
        if (space.size() != 1000) throw new IllegalStateException("space has " + space.size() + " points");
        if (threads == 0) threads = Runtime.getRuntime().availableProcessors();
    }

    /** 1,000 backtests of 100,000 bars: 10^8 bar evaluations. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public SweepResult sweep1000() {
        return Sweep.run("sma-cross", runner, space, Objective.of("sharpe"), new GridSearch(p -> true, 1000), threads, null);
    }

    /** One run of the sweep (engine, statistics, daily returns) on one thread, for the per-bar cost. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Object oneRun() {
        return runner.run(Map.of("fast", "10", "slow", "200"));
    }

    /** A geometric random walk of one-minute bars (0.1% per bar), seeded. */
    static BarSeries randomWalk(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        double price = 100;
        long start = 1_672_531_200_000_000_000L; // 2023-01-01T00:00Z
        for (int i = 0; i < n; i++) {
            t[i] = start + i * 60_000_000_000L;
            o[i] = price;
            double close = Math.max(0.01, price * Math.exp(0.001 * random.nextGaussian()));
            double spread = Math.abs(0.0005 * random.nextGaussian()) * price;
            h[i] = Math.round((Math.max(price, close) + spread) * 10_000) / 10_000.0;
            l[i] = Math.round((Math.min(price, close) - spread) * 10_000) / 10_000.0;
            c[i] = Math.round(close * 10_000) / 10_000.0;
            o[i] = Math.round(o[i] * 10_000) / 10_000.0;
            h[i] = Math.max(h[i], Math.max(o[i], c[i]));
            l[i] = Math.min(l[i], Math.min(o[i], c[i]));
            v[i] = 1 + random.nextInt(1000);
            price = c[i];
        }
        return new BarSeries("SYN", t, o, h, l, c, v);
    }
}
