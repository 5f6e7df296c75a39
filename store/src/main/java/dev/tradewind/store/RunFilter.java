package dev.tradewind.store;

/**
 * Which runs to list, newest first. Null fields do not filter.
 *
 * @param strategy runs of this strategy (exact name as recorded)
 * @param symbol   runs on this symbol
 * @param status   runs in this status (INCOMPLETE and RUNNING are told apart as readers see them)
 * @param fromNs   runs started at or after this time (epoch ns)
 * @param toNs     runs started before this time (epoch ns)
 * @param limit    at most this many, > 0
 */
public record RunFilter(String strategy, String symbol, RunStatus status, Long fromNs, Long toNs, int limit) {
    public RunFilter {
        if (limit <= 0) throw new IllegalArgumentException("limit must be > 0: " + limit);
    }

    /** The newest {@code limit} runs. */
    public static RunFilter latest(int limit) { return new RunFilter(null, null, null, null, null, limit); }
}
