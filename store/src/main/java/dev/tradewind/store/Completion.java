package dev.tradewind.store;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.metrics.Statistics;
import java.util.Map;
import java.util.Objects;

/**
 * What a finished run produced, recorded in one transaction.
 *
 * @param symbol          the instrument symbol
 * @param config          the resolved configuration, JSON (what reproduces the run)
 * @param dataFingerprint SHA-256 of the data the run read
 * @param strategySha256  SHA-256 of the strategy source file, or null for a built-in strategy
 * @param statistics      the run's statistics
 * @param results         the statistics and run facts as written to results.json (stored as the run's statistics
 *                        JSON, key order kept); null stores {@code statistics} alone
 * @param result          orders, order events, fills, trades, the equity curve and the log
 */
public record Completion(String symbol, String config, String dataFingerprint, String strategySha256,
        Statistics statistics, Map<String, Object> results, BacktestResult result) {
    public Completion {
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(result, "result");
    }
}
