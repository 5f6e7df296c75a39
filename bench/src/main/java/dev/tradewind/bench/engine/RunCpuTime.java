package dev.tradewind.bench.engine;

import dev.tradewind.engine.Engine;
import dev.tradewind.examples.SmaCross;
import dev.tradewind.model.BarSeries;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSchema;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The running thread's CPU time of single {@link EngineBenchmark#smaCross1M} runs: steadier than JMH's wall-clock score
 * on a shared machine, where a fork's wall clock moves with the other processes. After 25 warm-up runs it times
 * {@code args[0]} runs (default 40) and prints the cheapest, the first quartile and the median. The collector's threads
 * are not counted: compare the bytes ({@link AllocationBreakdown}) for that.
 *
 * <p>Run: {@code java -Xms4g -Xmx4g -XX:+UseParallelGC -cp bench/target/benchmarks.jar dev.tradewind.bench.engine.RunCpuTime}
 */
public final class RunCpuTime {
    private RunCpuTime() {}

    public static void main(String[] args) throws ParamException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        BarSeries bars = SyntheticBars.generate(1_000_000);
        Engine engine = EngineBenchmark.engine();
        ParamSchema schema = ParamSchema.of(SmaCross.class);
        for (int i = 0; i < 25; i++) engine.backtest(schema.create(EngineBenchmark.PARAMS), EngineBenchmark.PARAMS, bars);
        long[] cpu = new long[n];
        for (int i = 0; i < n; i++) {
            var strategy = schema.create(EngineBenchmark.PARAMS);
            long before = threads.getCurrentThreadCpuTime();
            engine.backtest(strategy, EngineBenchmark.PARAMS, bars);
            cpu[i] = threads.getCurrentThreadCpuTime() - before;
        }
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "smaCross1M, thread CPU ms per run of %,d bars (%d runs): min %.2f, p25 %.2f, median %.2f%n",
                bars.size(), n, cpu[0] / 1e6, cpu[n / 4] / 1e6, cpu[n / 2] / 1e6);
    }
}
