package dev.tradewind.store;

import java.util.Map;

/**
 * One trial of a recorded sweep.
 *
 * @param trial      trial id within the sweep, from 1 in the order the search asked for them
 * @param params     the full parameter set run
 * @param objective  objective value (NaN when undefined)
 * @param feasible   whether it met the constraints
 * @param statistics its statistics, by name
 */
public record StoredTrial(int trial, Map<String, String> params, double objective, boolean feasible,
        Map<String, Object> statistics) {}
