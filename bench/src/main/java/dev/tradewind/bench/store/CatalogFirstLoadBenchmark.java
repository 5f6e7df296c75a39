package dev.tradewind.bench.store;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BarSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first catalog load of 1,000,000 one-minute bars in a fresh process (issue 16's target: 0.3 s or less): each
 * fork opens the catalog and loads the series once, with no warm-up, so class loading, linking and the interpreter
 * are all in the score. The catalog is imported once, by a separate process, into
 * {@code bench/target/catalog-first-load} (or {@code -Dbench.catalog=DIR}), so no fork has run catalog code before
 * its measured load. Score: milliseconds for the one load; read it across the forks (more forks, not iterations).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 10, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class CatalogFirstLoadBenchmark {
    private Path dir;
    private Timeframe minute;

    @Setup(Level.Trial)
    public void importOnceElsewhere() throws Exception {
        dir = Path.of(System.getProperty("bench.catalog", "bench/target/catalog-first-load")).toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("catalog"))) {
            Files.createDirectories(dir);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                    System.getProperty("java.class.path"), Import.class.getName(), dir.toString())).inheritIO().start();
            if (p.waitFor() != 0) throw new IllegalStateException("the import process failed");
        }
        minute = Timeframe.parse("1m");
    }

    /** Opens the catalog and loads all 1,000,000 bars, once per process. */
    @Benchmark
    public BarSeries firstLoad() {
        try (Catalog c = Catalog.open(dir.resolve("catalog"))) {
            BarSeries b = c.load("BENCH", minute, Long.MIN_VALUE, Long.MAX_VALUE);
            if (b.size() != CatalogLoadBenchmark.BARS) throw new IllegalStateException("loaded " + b.size() + " bars");
            return b;
        }
    }

    /** The import, in a process of its own. */
    public static final class Import {
        public static void main(String[] args) throws Exception {
            try (Catalog c = CatalogLoadBenchmark.importInto(Path.of(args[0]))) {
                System.err.println("imported " + CatalogLoadBenchmark.BARS + " bars into " + c);
            }
        }
    }
}
