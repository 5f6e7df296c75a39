package dev.tradewind.research;

import dev.tradewind.metrics.Statistics;
import java.util.Map;

/**
 * One distinct parameter set that was run. Kept small (no per-bar arrays) so that a sweep of many thousands of
 * trials fits in memory.
 *
 * @param id         1-based, in the order the search asked for the set
 * @param point      level index per swept dimension
 * @param params     every strategy parameter, resolved
 * @param statistics the run's statistics
 * @param objective  the objective's value (NaN when undefined)
 * @param feasible   whether the trial meets the constraints
 * @param returns    period returns of the equity curve (see {@link PeriodReturns})
 */
public record Trial(int id, int[] point, Map<String, String> params, Statistics statistics, double objective,
        boolean feasible, double[] returns) {}
