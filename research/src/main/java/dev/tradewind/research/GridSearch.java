package dev.tradewind.research;

import dev.tradewind.model.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every point of the grid that passes the filter, in grid order (the last dimension varying fastest).
 *
 * @param allowed the {@code --where} filter
 * @param limit   refuse grids larger than this (a guard against a typo launching a week of runs)
 */
public record GridSearch(Predicate<int[]> allowed, long limit) implements Search {
    private static final int BATCH = 4096;

    @Override
    public String run(TrialPool pool) {
        ParamSpace space = pool.space();
        long n = space.size();
        if (n > limit) {
            throw new UserError("the grid has " + (n == Long.MAX_VALUE ? "too many" : String.valueOf(n)) + " points, more than "
                    + limit + "; coarsen the ranges, use --method random or ga, or raise --max-trials");
        }
        List<int[]> batch = new ArrayList<>(BATCH);
        for (long i = 0; i < n; i++) {
            int[] p = space.point(i);
            if (!allowed.test(p)) continue;
            batch.add(p);
            if (batch.size() == BATCH) {
                pool.evaluate(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) pool.evaluate(batch);
        return "";
    }
}
