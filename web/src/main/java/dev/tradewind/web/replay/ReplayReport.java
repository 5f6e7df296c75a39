package dev.tradewind.web.replay;

/**
 * A run replayed as a backtest and compared with what it recorded.
 *
 * @param run        the run's id in the store
 * @param data       the run's data (the stream it traded)
 * @param strategy   the strategy as the run named it
 * @param multiplier the instrument's contract multiplier
 * @param comparison what differs
 */
public record ReplayReport(long run, String data, String strategy, double multiplier, Comparison comparison) {
    public Summary summary() { return comparison.summary(); }
}
