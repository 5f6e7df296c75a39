package dev.tradewind.bench.store;

import dev.tradewind.bench.engine.SyntheticBars;
import dev.tradewind.catalog.Catalog;
import dev.tradewind.catalog.ImportReport;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BarSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Storing 1,000,000 one-minute bars already in memory (the benchmarks' seeded {@link SyntheticBars}) in the catalog,
 * the part of {@code data import} after the CSV is loaded ({@code CsvLoadBenchmark} times that): {@link #firstImport}
 * into an empty symbol (staged into DuckDB, written as zstd Parquet, column file), {@link #reimportUnchanged} of the
 * same bars again (compared in Java with the column file; nothing written), {@link #appendTenth} of 300,000 bars onto the first
 * 900,000 (100,000 unchanged, 200,000 new: compared and merged in Java, the merged bars written). Run
 * with G1, as the launcher runs {@code data}. Score: milliseconds per import.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+UseG1GC", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class CatalogImportBenchmark {
    static final int BARS = 1_000_000;

    private Path dir;
    private Catalog catalog;
    private Timeframe minute;
    private BarSeries all;
    private BarSeries head;
    private BarSeries tail;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("tradewind-bench-import");
        minute = Timeframe.parse("1m");
        BarSeries bars = SyntheticBars.generate(BARS + BARS / 10);
        long[] t = bars.time();
        all = bars.slice(t[0], t[BARS]);
        head = bars.slice(t[0], t[BARS * 9 / 10]);
        tail = bars.slice(t[BARS * 8 / 10], Long.MAX_VALUE); // 100,000 stored already, 200,000 new
        if (SyntheticBars.STEP != minute.nanos()) throw new IllegalStateException("not minute bars");
        catalog = Catalog.open(dir.resolve("catalog"));
        catalog.importBars(all, "SAME", minute, "setup");
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        catalog.close();
        TempDirs.delete(dir);
    }

    /** 1,000,000 bars into a symbol not stored yet. */
    @Benchmark
    public ImportReport firstImport() {
        return catalog.importBars(all, "NEW" + next++, minute, "bench");
    }

    /** The same 1,000,000 bars again: nothing changes. */
    @Benchmark
    public ImportReport reimportUnchanged() {
        ImportReport r = catalog.importBars(all, "SAME", minute, "bench");
        if (r.unchanged() != BARS) throw new IllegalStateException(r.summary());
        return r;
    }

    /** A new symbol holding the first 900,000 bars for each {@link #appendTenth} (made before it, not timed). */
    @State(Scope.Thread)
    public static class Stored {
        String symbol;

        @Setup(Level.Invocation)
        public void storeHead(CatalogImportBenchmark b) {
            symbol = "APP" + b.next++;
            b.catalog.importBars(b.head, symbol, b.minute, "setup");
        }
    }

    /** 300,000 bars onto 900,000 stored: 100,000 of them unchanged, 200,000 new. */
    @Benchmark
    public ImportReport appendTenth(Stored stored) {
        ImportReport r = catalog.importBars(tail, stored.symbol, minute, "bench");
        if (r.added() != BARS / 5 || r.unchanged() != BARS / 10) throw new IllegalStateException(r.summary());
        return r;
    }
}
