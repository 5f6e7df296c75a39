package dev.tradewind.bench.engine;

import dev.tradewind.model.Times;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Strategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/**
 * The same SMA(10)/SMA(30) crossover in ta4j 0.17 with {@link DoubleNum}, on the same 1,000,000 bars (converted to
 * a ta4j series once, in setup). Each invocation builds new indicators, rules and a {@link BaseStrategy} (30 unstable
 * bars, like Tradewind's warm-up), so no indicator cache survives from one run to the next, then runs
 * {@link BarSeriesManager} (next-open fills, no costs, one unit per trade) and consumes the trading record. ta4j
 * keeps no per-bar equity curve, so it does less accounting than the other two. Score: bars per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class Ta4jBenchmark {
    private BarSeries series;

    @Setup(Level.Trial)
    public void setup() { series = toTa4j(SyntheticBars.generate(1_000_000)); }

    /** One run over 1,000,000 bars. */
    @Benchmark
    @OperationsPerInvocation(1_000_000)
    public void smaCross1M(Blackhole bh) {
        TradingRecord record = new BarSeriesManager(series).run(strategy(series));
        bh.consume(record.getPositionCount());
        bh.consume(record.getLastTrade());
    }

    /** The SMA(10)/SMA(30) crossover on new indicators (so with empty caches) over {@code series}. */
    static Strategy strategy(BarSeries series) {
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator fast = new SMAIndicator(close, 10);
        SMAIndicator slow = new SMAIndicator(close, 30);
        return new BaseStrategy("sma-cross", new CrossedUpIndicatorRule(fast, slow),
                new CrossedDownIndicatorRule(fast, slow), 30);
    }

    /** A ta4j series with DoubleNum values; ta4j stamps a bar with its end time, so that is open time + 1 minute. */
    static BarSeries toTa4j(dev.tradewind.model.BarSeries bars) {
        BarSeries s = new BaseBarSeriesBuilder().withName(bars.symbol()).withNumTypeOf(DoubleNum.class).build();
        Duration minute = Duration.ofNanos(SyntheticBars.STEP);
        for (int i = 0; i < bars.size(); i++) {
            ZonedDateTime end = Times.toInstant(bars.time()[i] + SyntheticBars.STEP).atZone(ZoneOffset.UTC);
            s.addBar(minute, end, DoubleNum.valueOf(bars.open()[i]), DoubleNum.valueOf(bars.high()[i]),
                    DoubleNum.valueOf(bars.low()[i]), DoubleNum.valueOf(bars.close()[i]),
                    DoubleNum.valueOf(bars.volume()[i]));
        }
        return s;
    }
}
