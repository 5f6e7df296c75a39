package dev.tradewind.web.replay;

/**
 * The run's and the backtest's equity at one bar time; NaN on a side that has no row at that time.
 *
 * @param time     bar time (epoch ns)
 * @param live     the run's equity
 * @param backtest the backtest's equity
 */
public record EquityGap(long time, double live, double backtest) {
    /** Live minus backtest (NaN when either is missing). */
    public double gap() { return live - backtest; }
}
