package dev.tradewind.research;

import dev.tradewind.runner.RunConfig;
import java.util.LinkedHashMap;

/** Shared test inputs: the bundled real data. */
final class Fixtures {
    private Fixtures() {}

    static RunConfig config(String data, String strategy, String from, String to) {
        RunConfig d = RunConfig.defaults();
        return new RunConfig("../sample-data/" + data, null, null, d.zone(), d.priceColumn(), d.badRows(), from, to, strategy, null,
                new LinkedHashMap<>(), d.cash(), d.commission(), d.slippageBps(), d.fill(), d.instrument(), d.gaps(), d.factors());
    }

    /** S&P 500 daily bars 2000-2020 (5,105 bars) with SMA crossover. */
    static StrategyRunner spx(String strategy) {
        return StrategyRunner.load(config("sp500-2000.csv.gz", strategy, null, null), PeriodReturns.daily());
    }

    /** FIL/USDT 1-minute bars, the first week of August 2023. */
    static StrategyRunner fil(String strategy) {
        return StrategyRunner.load(config("FILUSDT-1m-2023-08.csv.gz", strategy, null, "2023-08-08"), PeriodReturns.daily());
    }
}
