package dev.tradewind.web;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.LogLine;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Trade;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.RunConfig;
import java.util.List;
import java.util.Map;

/**
 * What a report is made of, from a run just finished or from the run store: the resolved configuration, the results
 * (results.json), the account per bar and the orders, trades and log.
 *
 * @param dataSummary one line about the data, or null
 */
record RunData(RunConfig config, Map<String, Object> results, long[] time, double[] equity, double[] position,
        int warmup, List<Trade> trades, List<OrderRecord> orders, List<Fill> fills, List<LogLine> log, String dataSummary) {

    static RunData of(Backtester.Outcome o) {
        BacktestResult r = o.result();
        return new RunData(o.config(), o.results(), r.time(), r.equity(), r.position().toArray(), r.warmup(), r.trades(), r.orders(),
                r.fills(), r.log(), o.dataSummary());
    }

    int bars() { return time.length; }
}
