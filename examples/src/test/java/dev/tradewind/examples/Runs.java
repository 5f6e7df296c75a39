package dev.tradewind.examples;

import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.EventLoop;
import dev.tradewind.engine.Inbound;
import dev.tradewind.model.Clock;
import dev.tradewind.model.RunSink;
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

    /**
     * The run of {@code strategy} with every bar pushed one at a time from another thread through the event loop (paper
     * trading's road), which steps each bar; {@code sink} hears its results as they happen.
     */
    static BacktestResult stepByStep(EngineConfig config, Strategy strategy, Map<String, String> params, BarSeries bars,
            RunSink sink) throws InterruptedException {
        EventLoop loop = new Engine(config).withSink(sink).paper(strategy, params, Clock.SYSTEM, 0);
        long span = bars.barLength();
        Thread feed = new Thread(() -> {
            for (int i = 0; i < bars.size(); i++) {
                long t = bars.time()[i];
                loop.offer(new Inbound.BarClosed(t, t + span, bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i],
                        bars.volume()[i], System.nanoTime()));
            }
            loop.offer(new Inbound.Stop(bars.time()[bars.size() - 1] + span, System.nanoTime()));
        }, "market-data");
        feed.start();
        BacktestResult result = loop.run();
        feed.join();
        return result;
    }

    static Statistics stats(BacktestResult r) {
        boolean[] in = new boolean[r.bars()];
        for (int i = 0; i < in.length; i++) in[i] = r.position().at(i) != 0;
        return StatisticsCalculator.compute(new RunInput(r.time(), r.equity(), in, r.trades(), r.startingCash(), r.finalCash()));
    }
}
