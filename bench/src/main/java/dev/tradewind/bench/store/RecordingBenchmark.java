package dev.tradewind.bench.store;

import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.data.LoadOptions;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.examples.SmaCross;
import dev.tradewind.metrics.RunInput;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.metrics.StatisticsCalculator;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.store.Completion;
import dev.tradewind.store.Recording;
import dev.tradewind.store.RunStart;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoreTarget;
import dev.tradewind.strategy.ParamSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What recording costs a backtest: the demo's backtest (the built-in {@link SmaCross}, fast 60, slow 240, 90% of equity,
 * on the bundled FIL/USDT perpetual 1-minute bars of August 2023: 44,640 bars, 261 orders) with and without recording
 * into an SQLite run store on the local disk, as {@code tradewind backtest} records it: the run is stored as running
 * before it starts, then its orders, 522 order events, fills, trades, 44,640 bars of equity and statistics in one
 * transaction.
 *
 * <p>{@link #backtest} is the whole backtest as the CLI performs it (read and check the bar file, run the engine,
 * compute the statistics; the report and files are left out). {@link #backtestRecorded} adds the recording, done
 * where the CLI does it: the results are written on the store's writer thread while the caller goes on (the CLI
 * writes its files and report meanwhile; here the next backtest starts), one write in flight at most.
 * {@link #backtestRecordedSync} writes before returning, for the cost of the write itself. {@link #engine} and
 * {@link #engineRecordedSync} run on bars loaded once, against the bare event loop (about 4 ms for these 44,640 bars).
 * The store is a new file each iteration; opening it is left out (a CLI run opens an existing store in about 3 ms).
 * Score: milliseconds per run. Run from the repository root (it reads {@code sample-data/}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 6, time = 3)
public class RecordingBenchmark {
    static final Path DATA = Path.of(System.getProperty("tradewind.bench.data", "sample-data/FILUSDT-1m-2023-08.csv.gz"));

    private BarSeries bars;
    private Instrument instrument;
    private ParamSchema schema;
    private Map<String, String> params;
    private Path dir;
    private RunStore store;
    private Recording inFlight;

    @Setup(Level.Trial)
    public void load() throws Exception {
        bars = CsvBarLoader.load(DATA, LoadOptions.defaults()).series();
        instrument = new Instrument(bars.symbol(), Instrument.Kind.FUTURE, 0.001, 0.1, 1, 0.1);
        schema = ParamSchema.of(SmaCross.class);
        params = new LinkedHashMap<>();
        params.put("fast", "60");
        params.put("slow", "240");
        params.put("percent", "90");
    }

    @Setup(Level.Iteration)
    public void openStore() throws IOException {
        dir = Files.createTempDirectory("tradewind-bench-store");
        store = RunStore.open(StoreTarget.parse(dir.resolve("runs.db").toString()), true);
    }

    @TearDown(Level.Iteration)
    public void deleteStore() throws IOException {
        if (inFlight != null) inFlight.close();
        inFlight = null;
        store.close();
        TempDirs.delete(dir);
    }

    /** Read the bar file, backtest, compute the statistics: recorded nowhere. */
    @Benchmark
    public Statistics backtest() throws Exception {
        return statistics(run(CsvBarLoader.load(DATA, LoadOptions.defaults()).series()));
    }

    /** The same, recorded as the CLI records it: stored on the writer thread while the caller goes on. */
    @Benchmark
    public long backtestRecorded() throws Exception {
        Recording rec = store.begin(start());
        BacktestResult r = run(CsvBarLoader.load(DATA, LoadOptions.defaults()).series());
        Statistics s = statistics(r);
        if (inFlight != null) inFlight.close(); // at most one write in flight
        rec.completeInBackground(completion(r, s));
        inFlight = rec;
        return rec.id();
    }

    /** The same, stored before returning. */
    @Benchmark
    public long backtestRecordedSync() throws Exception {
        try (Recording rec = store.begin(start())) {
            BacktestResult r = run(CsvBarLoader.load(DATA, LoadOptions.defaults()).series());
            rec.complete(completion(r, statistics(r)));
            return rec.id();
        }
    }

    /** The engine and the statistics on bars already in memory, recorded nowhere. */
    @Benchmark
    public Statistics engine() throws Exception {
        return statistics(run(bars));
    }

    /** The same, stored before returning. */
    @Benchmark
    public long engineRecordedSync() throws Exception {
        try (Recording rec = store.begin(start())) {
            BacktestResult r = run(bars);
            rec.complete(completion(r, statistics(r)));
            return rec.id();
        }
    }

    private RunStart start() { return new RunStart("sma-cross", bars.symbol(), DATA.toString(), params, "{}", "bench"); }

    private Completion completion(BacktestResult r, Statistics s) {
        return new Completion(bars.symbol(), "{}", "sha", null, s, null, r);
    }

    private BacktestResult run(BarSeries series) throws Exception {
        return new Engine(EngineConfig.of(instrument, 10_000)).backtest(schema.create(params), params, series);
    }

    private static Statistics statistics(BacktestResult r) {
        return StatisticsCalculator.compute(new RunInput(r.time(), r.equity(), r.position().nonZeroMask(), r.trades(), r.startingCash(),
                r.finalCash()));
    }
}
