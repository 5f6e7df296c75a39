package dev.tradewind.bench.engine;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.examples.SmaCross;
import dev.tradewind.model.BarSeries;
import java.util.Locale;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;

/**
 * Shows that the three benchmarks do the same work: on the benchmark bars it prints the round trips and final
 * equity of the engine running {@link SmaCross} and of {@link HandLoop}, and the closed positions of the ta4j
 * strategy (which trades one unit, so only its count compares). Exits with status 1 if the engine and the hand loop
 * disagree on the trade count or on final equity by more than 1e-6 relative.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar dev.tradewind.bench.engine.CrossCheck}
 */
public final class CrossCheck {
    private CrossCheck() {}

    public static void main(String[] args) {
        BarSeries bars = SyntheticBars.generate(1_000_000);
        BacktestResult engine = EngineBenchmark.engine().backtest(new SmaCross(), EngineBenchmark.PARAMS, bars);
        HandLoop loop = new HandLoop(10, 30, 100_000, 95, bars.size());
        double handEquity = loop.run(bars);

        org.ta4j.core.BarSeries series = Ta4jBenchmark.toTa4j(bars);
        TradingRecord record = new BarSeriesManager(series).run(Ta4jBenchmark.strategy(series));

        System.out.printf(Locale.ROOT, "%,d bars%n", bars.size());
        System.out.printf(Locale.ROOT, "engine    %,7d round trips, final equity %.6f%n", engine.trades().size(),
                engine.finalEquity());
        System.out.printf(Locale.ROOT, "hand loop %,7d round trips, final equity %.6f%n", loop.trades(), handEquity);
        System.out.printf(Locale.ROOT, "ta4j      %,7d closed positions%n", record.getPositionCount());
        boolean same = engine.trades().size() == loop.trades()
                && Math.abs(engine.finalEquity() - handEquity) <= 1e-6 * Math.abs(handEquity);
        System.out.println(same ? "engine and hand loop agree" : "engine and hand loop DISAGREE");
        if (!same) System.exit(1);
    }
}
