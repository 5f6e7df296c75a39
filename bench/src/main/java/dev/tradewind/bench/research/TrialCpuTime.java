package dev.tradewind.bench.research;

import dev.tradewind.bench.engine.SyntheticBars;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.examples.SmaCross;
import dev.tradewind.model.Instrument;
import dev.tradewind.research.Dataset;
import dev.tradewind.research.PeriodReturns;
import dev.tradewind.research.StrategyRunner;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The running thread's CPU time of a sweep's trials as {@code bench/run-e2e}'s 1M-bar sweep runs them (SMA crossover,
 * fast 5..54 x slow 60..250 step 10, each trial into the thread's reused curve with full statistics and daily returns),
 * on one thread, so neither the other core nor the JIT's threads move it.
 *
 * <p>On this shared machine a thread's CPU time for the same work moves by a factor of two from minute to minute (the
 * host's other guests share the caches and memory), so two builds are compared in one process, round by round: given
 * two or more jars, each is loaded in a class loader of its own and the rounds alternate between them (a round: 10
 * trials, every 100th point of the grid from a rotating offset, the same points for every jar). It prints each jar's
 * CPU per trial by round, and the ratio of each jar to the first within each round (median and range), which is the
 * figure to read. With no jar given it times this jar alone.
 *
 * <p>Run: {@code java -Xms6g -Xmx6g -XX:+UseG1GC -cp bench/target/benchmarks.jar
 * dev.tradewind.bench.research.TrialCpuTime ROUNDS base.jar new.jar}
 */
public final class TrialCpuTime {
    private TrialCpuTime() {}

    /** One build's trials: each call runs the next round and returns its thread CPU time in ns. */
    public static final class Rounds implements LongSupplier {
        private final StrategyRunner runner;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private int round;
        public long trades;

        public Rounds(int bars) {
            Dataset data = Dataset.of(SyntheticBars.generate(bars), EngineConfig.of(Instrument.spot("SYN"), 10_000));
            runner = new StrategyRunner(SmaCross.class, data, PeriodReturns.daily());
        }

        @Override
        public long getAsLong() {
            int offset = round++ % 100;
            long before = threads.getCurrentThreadCpuTime();
            for (int k = offset; k < 1000; k += 100) {
                int fast = 5 + k % 50;
                int slow = 60 + 10 * (k / 50 % 20);
                trades += runner.runReusing(Map.of("fast", Integer.toString(fast), "slow", Integer.toString(slow)))
                        .statistics().trades();
            }
            return threads.getCurrentThreadCpuTime() - before;
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int bars = Integer.getInteger("bars", 1_000_000);
        int jars = Math.max(1, args.length - 1);
        LongSupplier[] builds = new LongSupplier[jars];
        for (int j = 0; j < jars; j++) {
            if (args.length < 2) {
                builds[j] = new Rounds(bars);
            } else {
                URLClassLoader loader = new URLClassLoader(new URL[] {new File(args[j + 1]).toURI().toURL()},
                        ClassLoader.getPlatformClassLoader());
                builds[j] = (LongSupplier) loader.loadClass(Rounds.class.getName()).getConstructor(int.class).newInstance(bars);
            }
        }
        for (int r = 0; r < 15; r++) for (LongSupplier b : builds) b.getAsLong(); // warm-up: the JIT and the shared averages
        double[][] perTrial = new double[jars][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int j = 0; j < jars; j++) perTrial[j][r] = builds[j].getAsLong() / 1e6 / 10;
        }
        for (int j = 0; j < jars; j++) {
            StringBuilder all = new StringBuilder();
            for (double x : perTrial[j]) all.append(String.format(Locale.ROOT, " %.2f", x));
            double[] s = perTrial[j].clone();
            Arrays.sort(s);
            System.out.printf(Locale.ROOT, "%s: CPU ms per trial of %,d bars:%s; min %.2f, median %.2f%n",
                    args.length < 2 ? "this jar" : args[j + 1], bars, all, s[0], s[rounds / 2]);
            if (j > 0) {
                double[] ratio = new double[rounds];
                for (int r = 0; r < rounds; r++) ratio[r] = perTrial[j][r] / perTrial[0][r];
                Arrays.sort(ratio);
                System.out.printf(Locale.ROOT, "  ratio to %s by round: median %.3f (%.3f..%.3f)%n", args[1], ratio[rounds / 2],
                        ratio[0], ratio[rounds - 1]);
            }
        }
    }
}
