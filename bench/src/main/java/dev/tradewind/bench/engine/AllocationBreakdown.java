package dev.tradewind.bench.engine;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.engine.Engine;
import dev.tradewind.examples.SmaCross;
import dev.tradewind.model.BarSeries;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Exact bytes allocated by single engine runs, to explain the {@code gc.alloc.rate.norm} figures of
 * {@link EngineBenchmark}. After a warm-up it measures, on this thread, runs of {@link SmaCross} and of
 * {@link SignalOnly} (same indicators, no orders) on 100,000 and 1,000,000 bars, keeping the cheapest of three. For the run without orders, the
 * difference between the sizes gives bytes per bar and the rest is bytes per run; the difference between the two
 * strategies, divided by the round trips, gives bytes per round trip.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar dev.tradewind.bench.engine.AllocationBreakdown}
 */
public final class AllocationBreakdown {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocationBreakdown() {}

    public static void main(String[] args) throws ParamException {
        BarSeries big = SyntheticBars.generate(1_000_000);
        BarSeries small = SyntheticBars.head(big, 100_000);
        Engine engine = EngineBenchmark.engine();
        ParamSchema schema = ParamSchema.of(SmaCross.class);
        Supplier<Strategy> smaCross = () -> {
            try {
                return schema.create(EngineBenchmark.PARAMS);
            } catch (ParamException e) {
                throw new IllegalStateException(e);
            }
        };
        for (int i = 0; i < 30; i++) {
            engine.backtest(smaCross.get(), EngineBenchmark.PARAMS, small);
            engine.backtest(new SignalOnly(), EngineBenchmark.PARAMS, small);
        }

        long s1 = measure(engine, smaCross, big);
        long s0 = measure(engine, smaCross, small);
        long q1 = measure(engine, SignalOnly::new, big);
        long q0 = measure(engine, SignalOnly::new, small);
        BacktestResult r1 = engine.backtest(smaCross.get(), EngineBenchmark.PARAMS, big);
        BacktestResult r0 = engine.backtest(smaCross.get(), EngineBenchmark.PARAMS, small);
        int n1 = big.size();
        int n0 = small.size();

        System.out.printf(Locale.ROOT, "%-22s %9s %14s %10s %8s %8s%n",
                "run", "bars", "bytes", "B/bar", "trades", "orders");
        row("SmaCross", n1, s1, r1);
        row("SmaCross", n0, s0, r0);
        row("SignalOnly (no orders)", n1, q1, null);
        row("SignalOnly (no orders)", n0, q0, null);

        double perBar = (double) (q1 - q0) / (n1 - n0);
        double perRun = q0 - perBar * n0;
        System.out.printf(Locale.ROOT, "%nno orders: %.3f B/bar + %.0f B/run%n", perBar, perRun);
        System.out.printf(Locale.ROOT,
                "order flow, (SmaCross - SignalOnly) / round trips: %.1f B (%,d bars), %.1f B (%,d bars)%n",
                (double) (s1 - q1) / r1.trades().size(), n1, (double) (s0 - q0) / r0.trades().size(), n0);
    }

    /** Bytes this thread allocated during the cheapest of three identical runs. */
    private static long measure(Engine engine, Supplier<Strategy> strategy, BarSeries bars) {
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            Strategy s = strategy.get();
            long before = THREADS.getCurrentThreadAllocatedBytes();
            BacktestResult r = engine.backtest(s, EngineBenchmark.PARAMS, bars);
            long bytes = THREADS.getCurrentThreadAllocatedBytes() - before;
            if (r.bars() != bars.size()) throw new IllegalStateException("run ended early");
            best = Math.min(best, bytes);
        }
        return best;
    }

    private static void row(String name, int bars, long bytes, BacktestResult r) {
        int trades = r == null ? 0 : r.trades().size();
        int orders = r == null ? 0 : r.orders().size();
        System.out.printf(Locale.ROOT, "%-22s %,9d %,14d %10.3f %8d %8d%n", name, bars, bytes, (double) bytes / bars,
                trades, orders);
    }
}
