package dev.tradewind.bench.data;

import dev.tradewind.bench.e2e.WriteBars;
import dev.tradewind.bench.e2e.WriteBars.TimeStyle;
import dev.tradewind.bench.engine.SyntheticBars;
import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.data.DataException;
import dev.tradewind.data.LoadResult;
import dev.tradewind.model.BarSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading 1,000,000 one-minute bars from a CSV file with {@link CsvBarLoader}: the benchmarks' seeded bars
 * ({@link SyntheticBars}, full-precision prices) written in the setup as {@code bench/run-e2e} writes them
 * ({@code epoch-ms}: Binance layout, epoch milliseconds), the same gzip-compressed, or with a {@code datetime} column
 * ({@code 2024-01-01 00:00:00}). The setup checks that the file loads back to exactly the generated bars. Score:
 * milliseconds per load of the whole file (read, decode, parse, validate, columns).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
public class CsvLoadBenchmark {
    static final int BARS = 1_000_000;

    @Param({"epoch-ms", "epoch-ms-gzip", "datetime"})
    public String file;

    private Path dir;
    private Path csv;

    @Setup(Level.Trial)
    public void write() throws IOException, DataException {
        dir = Files.createTempDirectory("tradewind-bench-csv");
        BarSeries bars = SyntheticBars.generate(BARS);
        csv = dir.resolve("SYN-1m.csv" + (file.endsWith("gzip") ? ".gz" : ""));
        WriteBars.write(bars, csv, file.equals("datetime") ? TimeStyle.DATE_TIME : TimeStyle.EPOCH_MILLIS,
                file.endsWith("gzip"));
        BarSeries back = load().series();
        if (!Arrays.equals(back.time(), bars.time()) || !Arrays.equals(back.open(), bars.open())
                || !Arrays.equals(back.high(), bars.high()) || !Arrays.equals(back.low(), bars.low())
                || !Arrays.equals(back.close(), bars.close()) || !Arrays.equals(back.volume(), bars.volume())) {
            throw new IllegalStateException(csv + " does not load back to the bars written");
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(csv);
        Files.deleteIfExists(dir);
    }

    /** The whole file into columns. */
    @Benchmark
    public LoadResult load() throws DataException {
        return CsvBarLoader.load(csv);
    }
}
