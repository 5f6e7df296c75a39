package dev.tradewind.examples;

import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.metrics.RunInput;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.metrics.StatisticsCalculator;
import dev.tradewind.model.BarSeries;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.nio.file.Path;
import java.util.Map;

/** Test helper: load a bundled data file and backtest a strategy on it. */
final class Runs {
    private Runs() {}

    static BarSeries load(String file) throws Exception {
        return CsvBarLoader.load(Path.of("../sample-data", file)).series();
    }

    static BacktestResult run(Class<? extends Strategy> type, Map<String, String> params, BarSeries bars, EngineConfig config)
            throws Exception {
        ParamSchema schema = ParamSchema.of(type);
        Strategy s = schema.create(params);
        return new Engine(config).backtest(s, schema.values(s), bars);
    }

    static Statistics stats(BacktestResult r) {
        boolean[] in = new boolean[r.bars()];
        for (int i = 0; i < in.length; i++) in[i] = r.position()[i] != 0;
        return StatisticsCalculator.compute(new RunInput(r.time(), r.equity(), in, r.trades(), r.startingCash(), r.finalCash()));
    }
}
