package dev.tradewind.bench.engine;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.examples.SmaCross;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSchema;
import java.util.Map;
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

/**
 * A full Tradewind backtest of the built-in {@link SmaCross} (fast 10, slow 30, 95% of equity per entry) on
 * synthetic one-minute bars: feed, bar history, indicator graph, simulated venue with next-open fills, order
 * table, portfolio, round-trip trades and the per-bar equity curve, ending in a {@link BacktestResult}. Each
 * invocation is a fresh run with a new strategy instance. Score: bars per second. The 1M and 100k variants run
 * the same bars (the 100k series is the head of the 1M one), so their bytes per bar separate what is allocated per
 * bar from what is allocated once per run. {@link #signalsOnly1M} is a diagnostic: the same indicators with no orders
 * ({@link SignalOnly}), i.e. the engine's per-bar cost without order flow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {
    static final Map<String, String> PARAMS = Map.of("fast", "10", "slow", "30");

    private BarSeries bars1m;
    private BarSeries bars100k;
    private Engine engine;
    private Engine stepped;
    private ParamSchema schema;

    @Setup(Level.Trial)
    public void setup() {
        bars1m = SyntheticBars.generate(1_000_000);
        bars100k = SyntheticBars.head(bars1m, 100_000);
        engine = engine();
        stepped = engine.withEveryBarStepped();
        schema = ParamSchema.of(SmaCross.class);
    }

    /** One backtest over 1,000,000 bars. */
    @Benchmark
    @OperationsPerInvocation(1_000_000)
    public void smaCross1M(Blackhole bh) throws ParamException { run(bars1m, bh); }

    /**
     * The same backtest with every bar stepped ({@link Engine#withEveryBarStepped}): what a strategy that does not declare
     * its signals costs, {@link #smaCross1M} without the replay's signal-driven fast path. Same results.
     */
    @Benchmark
    @OperationsPerInvocation(1_000_000)
    public void smaCross1MStepped(Blackhole bh) throws ParamException {
        BacktestResult r = stepped.backtest(schema.create(PARAMS), PARAMS, bars1m);
        bh.consume(r.finalEquity());
        bh.consume(r.trades().size());
    }

    /** One backtest over the first 100,000 of the same bars. */
    @Benchmark
    @OperationsPerInvocation(100_000)
    public void smaCross100k(Blackhole bh) throws ParamException { run(bars100k, bh); }

    /** One run over 1,000,000 bars of a strategy with SmaCross's indicators that never trades. */
    @Benchmark
    @OperationsPerInvocation(1_000_000)
    public void signalsOnly1M(Blackhole bh) {
        BacktestResult r = engine.backtest(new SignalOnly(), PARAMS, bars1m);
        bh.consume(r.finalEquity());
    }

    private void run(BarSeries bars, Blackhole bh) throws ParamException {
        BacktestResult r = engine.backtest(schema.create(PARAMS), PARAMS, bars);
        bh.consume(r.finalEquity());
        bh.consume(r.trades().size());
    }

    /** The engine every Tradewind run here uses: spot {@code SYN}, 100,000 cash, default costs and fills. */
    static Engine engine() { return new Engine(EngineConfig.of(Instrument.spot("SYN"), 100_000)); }
}
