package dev.tradewind.bench.research;

import dev.tradewind.bench.engine.SyntheticBars;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.examples.SmaCross;
import dev.tradewind.model.Instrument;
import dev.tradewind.research.Dataset;
import dev.tradewind.research.PeriodReturns;
import dev.tradewind.research.StrategyRunner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a sweep trial's CPU time into a part per bar and a part per round trip: the trials of {@code bench/run-e2e}'s
 * 1M-bar sweep (SMA crossover, fast 5..54 x slow 60..250 step 10) make 2,683 to 16,774 round trips each over the same
 * bars, so a least-squares line of thread CPU time against round trips gives the cost of one round trip (its slope)
 * and of the bars with no trading (its intercept). Each point is the cheapest of {@code repeats} runs of one parameter
 * set, taken in turns across the grid so the host's slow minutes fall on every point alike.
 *
 * <p>Run: {@code java -Xms6g -Xmx6g -XX:+UseG1GC -cp bench/target/benchmarks.jar
 * dev.tradewind.bench.research.TrialCost [POINTS] [REPEATS]}
 */
public final class TrialCost {
    private TrialCost() {}

    public static void main(String[] args) {
        int points = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int bars = Integer.getInteger("bars", 1_000_000);
        Dataset data = Dataset.of(SyntheticBars.generate(bars), EngineConfig.of(Instrument.spot("SYN"), 10_000));
        StrategyRunner runner = new StrategyRunner(SmaCross.class, data, PeriodReturns.daily());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int k = 0; k < 1000; k += 7) run(runner, k); // warm-up: the JIT and the shared averages
        double[] cpu = new double[points];
        double[] trips = new double[points];
        java.util.Arrays.fill(cpu, Double.POSITIVE_INFINITY);
        for (int r = 0; r < repeats; r++) {
            for (int p = 0; p < points; p++) {
                int k = p * (1000 / points);
                long before = threads.getCurrentThreadCpuTime();
                trips[p] = run(runner, k);
                cpu[p] = Math.min(cpu[p], (threads.getCurrentThreadCpuTime() - before) / 1e6);
            }
        }
        double mx = mean(trips);
        double my = mean(cpu);
        double sxy = 0, sxx = 0, syy = 0;
        for (int p = 0; p < points; p++) {
            sxy += (trips[p] - mx) * (cpu[p] - my);
            sxx += (trips[p] - mx) * (trips[p] - mx);
            syy += (cpu[p] - my) * (cpu[p] - my);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        System.out.printf(Locale.ROOT, "%d points x %d runs over %,d bars: CPU ms = %.3f + %.3f us x round trips (r^2 %.3f); "
                + "mean %.2f ms at %.0f round trips: %.0f%% per round trip%n", points, repeats, bars, intercept, slope * 1000,
                sxy * sxy / (sxx * syy), my, mx, 100 * slope * mx / my);
    }

    /** Runs grid point {@code k} as the 1M sweep numbers them and returns its round trips. */
    private static int run(StrategyRunner runner, int k) {
        int fast = 5 + k / 20;
        int slow = 60 + 10 * (k % 20);
        return runner.runReusing(Map.of("fast", Integer.toString(fast), "slow", Integer.toString(slow))).statistics().trades();
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }
}
