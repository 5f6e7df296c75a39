package dev.tradewind.store;

import java.util.Map;

/**
 * A recorded parameter sweep.
 *
 * @param id             store id (0 before it is recorded)
 * @param strategy       strategy name
 * @param symbol         symbol of the data, or null
 * @param data           data source as given, or null
 * @param method         search method and its settings, e.g. {@code grid} or {@code genetic(...)}
 * @param objective      the objective and its constraints as described to the user
 * @param space          each swept parameter's range as given, e.g. {@code fast -> 5:50:5}
 * @param config         resolved run configuration (JSON), or null
 * @param codeVersion    Tradewind version and commit
 * @param startedNs      start, epoch nanoseconds
 * @param endedNs        end, epoch nanoseconds
 * @param trials         trials run (every one counted)
 * @param feasible       trials meeting the constraints
 * @param bestTrial      id of the best feasible trial, or 0
 * @param bestObjective  its objective value, or NaN
 * @param deflatedSharpe deflated Sharpe ratio of the best trial, or NaN
 * @param pbo            probability of backtest overfitting (CSCV), or NaN
 * @param summary        the sweep's summary (what {@code sweep --json} prints)
 */
public record StoredSweep(long id, String strategy, String symbol, String data, String method, String objective,
        Map<String, String> space, String config, String codeVersion, long startedNs, long endedNs, int trials, int feasible,
        int bestTrial, double bestObjective, double deflatedSharpe, double pbo, Map<String, Object> summary) {}
