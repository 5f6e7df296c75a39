package dev.tradewind.web;

import dev.tradewind.runner.RunConfig;
import java.util.List;
import java.util.Map;

/**
 * Everything the run report page and report.html draw, in one JSON document. Per-bar arrays are columns aligned
 * with {@link Candles#time}; times are epoch seconds UTC (what the chart library takes); null in a column means
 * no value on that bar.
 *
 * @param runId      the run's id in the server, null in a static report
 * @param run        what was run
 * @param stats      results.json: statistics in the documented order, then run facts
 * @param config     the fully resolved configuration (config.json)
 * @param bars       the bars the run saw
 * @param account    equity, drawdown and position per bar
 * @param trades     closed round trips in closing order
 * @param levels     stop, target and pending entry prices of the working orders on each bar
 * @param indicators the strategy's indicators, computed over the same bars
 * @param log        the first lines of the strategy's log
 * @param request    the API request that produced the run (to re-run it), null in a static report
 * @param sampling   which of the run's bars the columns show, and how many bars each of their points merges
 *                   ({@link ReportSample})
 */
public record Report(String runId, Header run, Map<String, Object> stats, RunConfig config, Candles bars,
        Account account, List<TradeView> trades, Levels levels, List<Overlay> indicators, List<String> log,
        Object request, Sampling sampling) {

    /**
     * The bars {@code [from, to)} of the run's {@code bars}, drawn as points of {@code every} consecutive bars (the last
     * point may hold fewer).
     */
    public record Sampling(int bars, int from, int to, int every) {
        /** Every bar of a run of {@code bars}, one point each. */
        static Sampling whole(int bars) { return new Sampling(bars, 0, bars, 1); }
    }

    /**
     * @param strategy    the strategy id (built-in name or file name)
     * @param strategyName the class's simple name
     * @param data        the data set id (file name)
     * @param timeframe   the bar size, e.g. {@code 1m}
     * @param generated   when the report was made, ISO UTC
     */
    public record Header(String strategy, String strategyName, String data, String symbol, String timeframe,
            String dataSummary, Map<String, String> params, String first, String last, int warmup, String generated) {}

    /** OHLCV columns. */
    public record Candles(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {}

    /** Account columns; drawdown is a fraction of the running peak (0.1 = 10% below it). */
    public record Account(double[] equity, double[] drawdown, double[] position, double startingCash) {}

    /**
     * A closed trade with the bar indexes of its entry and exit.
     *
     * @param side            long or short
     * @param returnPct       net PnL as a percent of the entry value
     * @param durationSeconds exit time minus entry time
     */
    public record TradeView(long id, String side, double quantity, long entryTime, double entryPrice, int entryIndex,
            long exitTime, double exitPrice, int exitIndex, double grossPnl, double costs, double netPnl,
            double returnPct, double mae, double mfe, int barsHeld, long durationSeconds) {}

    /** Per bar: the price of a working protective stop, of a working target (limit), of a pending entry order. */
    public record Levels(double[] stop, double[] target, double[] entry) {}

    /**
     * One indicator line.
     *
     * @param timeframe null for the run's bars, else the higher timeframe it was computed on (values step when
     *                  one of its bars closes)
     * @param pane      {@code price} when the values lie in the price range (drawn over the candles), else {@code own}
     */
    public record Overlay(String spec, String timeframe, String pane, double[] values) {}
}
