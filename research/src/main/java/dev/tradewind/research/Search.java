package dev.tradewind.research;

import java.util.function.Predicate;

/**
 * A way of choosing which points of a {@link ParamSpace} to run. Every implementation asks a {@link TrialPool} for
 * trials, so all of them share its caching, parallelism and trial counting, and all are deterministic for a seed.
 */
public sealed interface Search permits GridSearch, RandomSearch, GeneticSearch {

    /** Runs the search; the pool then holds every trial it ran. */
    void run(TrialPool pool);

    /** Points allowed by a {@code --where} filter over the swept parameters, e.g. {@code fast < slow}; null for all. */
    static Predicate<int[]> filter(ParamSpace space, String where) {
        if (where == null) return p -> true;
        Expr e = Expr.parse(where, "--where", space.dimensions().stream().map(Dimension::name).toList());
        return p -> e.test(space.numeric(p));
    }
}
