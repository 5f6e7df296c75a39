package dev.tradewind.store;

import java.util.Map;

/**
 * A run as stored, with the status a reader should show.
 *
 * @param id              the run id, assigned by the store
 * @param strategy        the strategy as named
 * @param strategySha256  SHA-256 of the strategy file, or null
 * @param symbol          the instrument symbol, or null
 * @param data            the data as named
 * @param params          the parameters (resolved once completed)
 * @param config          the resolved configuration JSON once completed (as given before), or null
 * @param dataFingerprint SHA-256 of the data, or null before completion
 * @param codeVersion     the Tradewind build that ran it
 * @param startedNs       when it started (epoch ns)
 * @param endedNs         when it ended (epoch ns), or 0 while running or if it never ended
 * @param status          as a reader sees it (a dead running run is INCOMPLETE)
 * @param message         why it failed, or null
 * @param statistics      statistics and run facts (empty before completion), in results.json order
 * @param ordersHash      SHA-256 of the order list, or null
 * @param bars            bars processed, or 0
 * @param host            the host that ran it
 * @param pid             the process that ran it
 */
public record StoredRun(long id, String strategy, String strategySha256, String symbol, String data,
        Map<String, String> params, String config, String dataFingerprint, String codeVersion, long startedNs,
        long endedNs, RunStatus status, String message, Map<String, Object> statistics, String ordersHash, int bars,
        String host, long pid) {

    /** A statistic as a double, NaN if absent or not a number. */
    public double stat(String key) {
        return statistics.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
