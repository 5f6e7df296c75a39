package dev.tradewind.research;

import java.util.function.IntConsumer;

/** Runs a {@link Search} over a {@link ParamSpace} with a pool of threads and collects the {@link SweepResult}. */
public final class Sweep {
    private Sweep() {}

    /**
     * @param threads  worker threads (e.g. {@code Runtime.getRuntime().availableProcessors()})
     * @param progress called with the number of runs finished, from worker threads; may be null
     */
    public static SweepResult run(String strategy, StrategyRunner runner, ParamSpace space, Objective objective, Search search,
            int threads, IntConsumer progress) {
        try (TrialPool pool = new TrialPool(runner, space, objective, threads, progress)) {
            String note = search.run(pool);
            String method = switch (search) {
                case GridSearch g -> "grid";
                case RandomSearch r -> "random";
                case GeneticSearch g -> "ga";
            };
            return new SweepResult(strategy, space, objective, method, pool.trials(), note);
        }
    }
}
