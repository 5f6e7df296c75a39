package dev.tradewind.runner;

import dev.tradewind.engine.PortfolioResult;
import dev.tradewind.model.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Backtests every active member of a portfolio config on its own, with the whole starting cash, in parallel on all
 * cores: each is a one-member portfolio run, so data, timeframes and costs are handled exactly as in the portfolio.
 * Results come back in configuration order, whatever the scheduling.
 */
public final class BatchRunner {
    private BatchRunner() {}

    /**
     * @param done called with the number of finished members (from worker threads); may be null
     */
    public static List<PortfolioResult> run(PortfolioConfig c, int threads, IntConsumer done) {
        return run(c, null, null, threads, done);
    }

    /**
     * The batch on the bars from {@code from} (inclusive) to {@code to} (exclusive), as
     * {@link PortfolioRunner#run(PortfolioConfig, String, String)}; null: no bound.
     *
     * @param done called with the number of finished members (from worker threads); may be null
     */
    public static List<PortfolioResult> run(PortfolioConfig c, String from, String to, int threads, IntConsumer done) {
        List<PortfolioConfig.Member> members = PortfolioRunner.active(c);
        PortfolioRunner.checkRange(c, from, to);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        AtomicInteger finished = new AtomicInteger();
        try {
            List<Future<PortfolioResult>> futures = new ArrayList<>();
            for (PortfolioConfig.Member m : members) {
                PortfolioConfig alone = new PortfolioConfig(c.cash(), c.commission(), c.slippageBps(), c.fill(),
                        List.of(new PortfolioConfig.Member(m.id(), m.strategy(), m.symbol(), m.data(), m.timeframe(), m.params(),
                                1.0, true, m.instrument())), null, null, c.zone());
                futures.add(pool.submit(() -> {
                    PortfolioResult r = PortfolioRunner.run(alone, from, to);
                    if (done != null) done.accept(finished.incrementAndGet());
                    return r;
                }));
            }
            List<PortfolioResult> out = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) out.add(get(futures.get(i), members.get(i).id()));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static PortfolioResult get(Future<PortfolioResult> f, String id) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError(id + ": interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UserError u) throw new UserError(u.getMessage(), u);
            throw new IllegalStateException(id + ": " + e.getCause(), e.getCause());
        }
    }
}
