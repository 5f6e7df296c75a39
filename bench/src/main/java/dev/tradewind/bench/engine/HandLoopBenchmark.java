package dev.tradewind.bench.engine;

import dev.tradewind.model.BarSeries;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The "speed of light" baseline: the SMA(10)/SMA(30) crossover as one hand-written loop over primitive arrays
 * ({@link HandLoop}), with next-open fills and cash, position and equity written for every bar into columns
 * allocated once in setup. Score: bars per second; it should allocate nothing per bar.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HandLoopBenchmark {
    private BarSeries bars1m;
    private BarSeries bars100k;
    private HandLoop loop;

    @Setup(Level.Trial)
    public void setup() {
        bars1m = SyntheticBars.generate(1_000_000);
        bars100k = SyntheticBars.head(bars1m, 100_000);
        loop = new HandLoop(10, 30, 100_000, 95, bars1m.size());
    }

    /** One run over 1,000,000 bars. */
    @Benchmark
    @OperationsPerInvocation(1_000_000)
    public void smaCross1M(Blackhole bh) { run(bars1m, bh); }

    /** One run over the first 100,000 of the same bars. */
    @Benchmark
    @OperationsPerInvocation(100_000)
    public void smaCross100k(Blackhole bh) { run(bars100k, bh); }

    private void run(BarSeries bars, Blackhole bh) {
        bh.consume(loop.run(bars));
        bh.consume(loop.trades());
    }
}
