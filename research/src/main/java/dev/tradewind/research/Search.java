package dev.tradewind.research;

import java.util.function.Predicate;

/**
 * A way of choosing which points of a {@link ParamSpace} to run. Every implementation asks a {@link TrialPool} for
 * trials, so all of them share its caching, parallelism and trial counting, and all are deterministic for a seed.
 */
public sealed interface Search permits GridSearch, RandomSearch, GeneticSearch {

    /**
     * Runs the search; the pool then holds every trial it ran.
     *
     * @return why it ran fewer trials than it was asked for, or "" when it ran them all
     */
    String run(TrialPool pool);

    /** How many points of the space pass the filter, or -1 when the space is too large to count. */
    static long allowedPoints(ParamSpace space, Predicate<int[]> allowed) {
        long n = space.size();
        if (n > 2_000_000) return -1;
        long k = 0;
        for (long i = 0; i < n; i++) if (allowed.test(space.point(i))) k++;
        return k;
    }

    /** The note for a search that ran {@code ran} of {@code asked} trials, when the space itself had no more points. */
    static String exhausted(int ran, int asked, ParamSpace space, Predicate<int[]> allowed) {
        if (ran >= asked) return "";
        long points = allowedPoints(space, allowed);
        return points >= 0 && ran >= points ? "ran " + ran + " of the " + asked + " trials asked for: the space"
                + (points < space.size() ? " (after --where)" : "") + " has only " + points + " points" : null;
    }

    /** Points allowed by a {@code --where} filter over the swept parameters, e.g. {@code fast < slow}; null for all. */
    static Predicate<int[]> filter(ParamSpace space, String where) {
        if (where == null) return p -> true;
        Expr e = Expr.parse(where, "--where", space.dimensions().stream().map(Dimension::name).toList());
        return p -> e.test(space.numeric(p));
    }
}
