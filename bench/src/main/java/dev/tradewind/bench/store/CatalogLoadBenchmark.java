package dev.tradewind.bench.store;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.data.LoadOptions;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Times;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
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
 * Loading 1,000,000 one-minute bars (about 694 days) from the catalog into primitive columns: a Parquet file written
 * by {@code data import} (random-walk prices with 5 decimals, imported from a generated CSV in the setup), read back
 * through DuckDB. {@link #load} uses an open catalog (its in-memory DuckDB is reused, as by a process that loads
 * many series); {@link #openAndLoad} opens a new catalog each time. Target: 0.3 s or less. Score: milliseconds per
 * load of the whole series.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class CatalogLoadBenchmark {
    static final int BARS = 1_000_000;
    static final long START = Times.ofInstant(java.time.Instant.parse("2022-01-01T00:00:00Z"));

    private Path dir;
    private Catalog catalog;
    private Timeframe minute;

    @Setup(Level.Trial)
    public void importBars() throws Exception {
        dir = Files.createTempDirectory("tradewind-bench-catalog");
        minute = Timeframe.parse("1m");
        catalog = importInto(dir);
    }

    /** Writes the benchmark's bars to a CSV in {@code dir}, imports them into {@code dir/catalog} and returns it open. */
    static Catalog importInto(Path dir) throws Exception {
        Path csv = dir.resolve("BENCH-1m.csv");
        SplittableRandom rnd = new SplittableRandom(7);
        double price = 100;
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("time,open,high,low,close,volume\n");
            for (int i = 0; i < BARS; i++) {
                double open = price;
                price = Math.max(1, price * (1 + rnd.nextGaussian() * 0.001));
                double high = Math.max(open, price) * (1 + rnd.nextDouble() * 0.0005);
                double low = Math.min(open, price) * (1 - rnd.nextDouble() * 0.0005);
                w.write(Long.toString((START + i * 60_000_000_000L) / 1_000_000));
                w.write(String.format(java.util.Locale.ROOT, ",%.5f,%.5f,%.5f,%.5f,%d%n", open, high, low, price, rnd.nextInt(1, 100_000)));
            }
        }
        Timeframe minute = Timeframe.parse("1m");
        Catalog catalog = Catalog.open(dir.resolve("catalog"));
        catalog.importFile(csv, "BENCH", minute, LoadOptions.defaults());
        Files.delete(csv);
        if (catalog.load("BENCH", minute, Long.MIN_VALUE, Long.MAX_VALUE).size() != BARS) throw new IllegalStateException("bad import");
        return catalog;
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        catalog.close();
        TempDirs.delete(dir);
    }

    /** All 1,000,000 bars through the open catalog. */
    @Benchmark
    public BarSeries load() {
        return catalog.load("BENCH", minute, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** All 1,000,000 bars through a newly opened catalog. */
    @Benchmark
    public BarSeries openAndLoad() {
        try (Catalog c = Catalog.open(dir.resolve("catalog"))) {
            return c.load("BENCH", minute, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }
}
