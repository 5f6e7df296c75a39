package dev.tradewind.research;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Distinct points drawn uniformly from the grid (without replacement) with a seeded generator; when the filtered grid
 * has no more than {@code trials} points, all of them. Bergstra and Bengio (2012, "Random search for hyper-parameter
 * optimization", JMLR 13) show why this beats a grid of the same budget when few dimensions matter.
 *
 * @param trials  how many distinct points to run
 * @param seed    the generator's seed
 * @param allowed the {@code --where} filter
 */
public record RandomSearch(int trials, long seed, Predicate<int[]> allowed) implements Search {
    private static final int BATCH = 4096;

    @Override
    public String run(TrialPool pool) {
        ParamSpace space = pool.space();
        long n = space.size();
        SplittableRandom random = new SplittableRandom(seed);
        HashSet<String> drawn = new HashSet<>();
        List<int[]> batch = new ArrayList<>();
        int taken = 0;
        long misses = 0;
        while (taken < trials && drawn.size() < n && misses < 100L * trials + 10_000) {
            int[] p = new int[space.dimensions().size()];
            for (int d = 0; d < p.length; d++) p[d] = random.nextInt(space.dimensions().get(d).size());
            if (!drawn.add(Arrays.toString(p)) || !allowed.test(p)) {
                misses++;
                continue;
            }
            batch.add(p);
            taken++;
            if (batch.size() == BATCH) {
                pool.evaluate(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) pool.evaluate(batch);
        String note = Search.exhausted(taken, trials, space, allowed);
        return note != null ? note : "ran " + taken + " of the " + trials + " trials asked for: after " + misses
                + " draws outside --where or already drawn, the search gave up";
    }
}
