package dev.tradewind.bench.engine;

import dev.tradewind.engine.Engine;
import dev.tradewind.examples.SmaCross;
import dev.tradewind.model.BarSeries;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSchema;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The running thread's CPU time of single {@link EngineBenchmark#smaCross1M} runs: steadier than JMH's wall-clock score
 * on a shared machine, where a fork's wall clock moves with the other processes. After 25 warm-up runs it times
 * {@code args[0]} runs (default 40) and prints the cheapest, the first quartile and the median. The collector's threads
 * are not counted: compare the bytes ({@link AllocationBreakdown}) for that.
 *
 * <p>A thread's CPU time for the same work still moves by up to a factor of two from minute to minute here (the host's
 * other guests share the caches and memory), so builds are best compared in one process: given jars after the count,
 * each is loaded in a class loader of its own and their runs alternate, one run each in turn, and it prints each jar's
 * figures and the ratio of each to the first jar, run pair by run pair (median and quartiles).
 *
 * <p>Run: {@code java -Xms4g -Xmx4g -XX:+UseParallelGC -cp bench/target/benchmarks.jar dev.tradewind.bench.engine.RunCpuTime
 * [RUNS [base.jar new.jar ...]]}
 */
public final class RunCpuTime {
    private RunCpuTime() {}

    /** One build's engine: each call runs one backtest and returns its thread CPU time in ns. */
    public static final class Runs implements LongSupplier {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final BarSeries bars = SyntheticBars.generate(1_000_000);
        private final Engine engine = EngineBenchmark.engine();
        private final ParamSchema schema = ParamSchema.of(SmaCross.class);

        @Override
        public long getAsLong() {
            try {
                var strategy = schema.create(EngineBenchmark.PARAMS);
                long before = threads.getCurrentThreadCpuTime();
                engine.backtest(strategy, EngineBenchmark.PARAMS, bars);
                return threads.getCurrentThreadCpuTime() - before;
            } catch (ParamException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int jars = Math.max(1, args.length - 1);
        LongSupplier[] builds = new LongSupplier[jars];
        for (int j = 0; j < jars; j++) {
            if (args.length < 2) {
                builds[j] = new Runs();
            } else {
                URLClassLoader loader = new URLClassLoader(new URL[] {new File(args[j + 1]).toURI().toURL()},
                        ClassLoader.getPlatformClassLoader());
                builds[j] = (LongSupplier) loader.loadClass(Runs.class.getName()).getConstructor().newInstance();
            }
        }
        for (int i = 0; i < 25; i++) for (LongSupplier b : builds) b.getAsLong();
        long[][] cpu = new long[jars][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < jars; j++) cpu[j][i] = builds[j].getAsLong();
        for (int j = 0; j < jars; j++) {
            long[] s = cpu[j].clone();
            Arrays.sort(s);
            System.out.printf(Locale.ROOT, "%s: smaCross1M, thread CPU ms per run of 1,000,000 bars (%d runs): min %.2f, p25 %.2f, median %.2f%n",
                    args.length < 2 ? "this jar" : args[j + 1], n, s[0] / 1e6, s[n / 4] / 1e6, s[n / 2] / 1e6);
            if (j > 0) {
                double[] ratio = new double[n];
                for (int i = 0; i < n; i++) ratio[i] = (double) cpu[j][i] / cpu[0][i];
                Arrays.sort(ratio);
                System.out.printf(Locale.ROOT, "  ratio to %s, run by run: median %.3f (quartiles %.3f..%.3f)%n", args[1],
                        ratio[n / 2], ratio[n / 4], ratio[3 * n / 4]);
            }
        }
    }
}
