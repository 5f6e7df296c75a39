package dev.tradewind.catalog;

import static dev.tradewind.catalog.CatalogTest.assertSame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.data.DataException;
import dev.tradewind.data.LoadOptions;
import dev.tradewind.data.Resampler;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Times;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first import writes its Parquet file while the bar file is being read ({@link StreamedWrite}). */
class StreamedImportTest {
    static final long T0 = Times.ofInstant(Instant.parse("2024-03-01T00:00:00Z"));
    static final long MIN = 60_000_000_000L;
    static final int ROWS = 3 * StreamedWrite.GUESS + 1234; // several blocks published before the end
    @TempDir Path tmp;

    static String row(int i) {
        double o = 100 + (i % 97) * 0.37 + i * 1e-4;
        return Times.format(T0 + i * MIN) + "," + o + "," + (o + 2) + "," + (o - 1) + "," + (o + 0.5) + "," + (10 + i % 1000) + "\n";
    }

    Path csv(String name, int rows, int badAt, String bad) throws IOException { return csv(name, 0, rows, badAt, bad); }

    Path csv(String name, int first, int rows, int badAt, String bad) throws IOException {
        StringBuilder s = new StringBuilder("time,open,high,low,close,volume\n");
        for (int i = first; i < first + rows; i++) s.append(i == badAt ? bad : row(i));
        Path f = tmp.resolve(name);
        Files.writeString(f, s);
        return f;
    }

    /** The bars of the Parquet file itself (not its column file), read by DuckDB. */
    static BarSeries parquetBars(Path file, String symbol) throws Exception {
        try (Parquet p = new Parquet()) {
            return p.read(file, symbol, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    @Test
    void aFirstImportStoresExactlyTheBarsTheLoaderReads() throws Exception {
        Path f = csv("a.csv", ROWS, -1, null);
        try (Catalog c = Catalog.open(tmp.resolve("cat"))) {
            long kept = StreamedWrite.KEPT.get();
            ImportReport r = c.importFile(f, "ABC", null, LoadOptions.defaults());
            assertThat(StreamedWrite.KEPT.get()).as("written while the file was read").isEqualTo(kept + 1);
            assertThat(r.added()).isEqualTo(ROWS);
            assertThat(r.total()).isEqualTo(ROWS);
            BarSeries expected = CsvBarLoader.load(f, LoadOptions.defaults().withSymbol("ABC")).series();
            assertSame(parquetBars(r.file(), "ABC"), expected);
            assertSame(c.load("ABC", r.timeframe(), Long.MIN_VALUE, Long.MAX_VALUE), expected);
            assertThat(leftovers(tmp.resolve("cat/ABC"))).isEmpty();
        }
    }

    @Test
    void aRealFileStoresTheSameBarsStreamedAsTheLoaderReads() throws Exception {
        Path fil = Path.of("../sample-data/FILUSDT-1m-2023-08.csv.gz");
        try (Catalog c = Catalog.open(tmp.resolve("cat"))) {
            long kept = StreamedWrite.KEPT.get();
            ImportReport r = c.importFile(fil, "FILUSDT", null, LoadOptions.defaults());
            assertThat(StreamedWrite.KEPT.get()).isEqualTo(kept + 1);
            BarSeries expected = CsvBarLoader.load(fil, LoadOptions.defaults().withSymbol("FILUSDT")).series();
            assertThat(r.total()).isEqualTo(expected.size());
            assertSame(parquetBars(r.file(), "FILUSDT"), expected);
        }
    }

    @Test
    void aBadRowLateInTheFileLeavesTheCatalogUntouchedWithTheLoadersError() throws Exception {
        Path f = csv("bad.csv", ROWS, ROWS - 10, Times.format(T0 + (ROWS - 10) * MIN) + ",1,2,3,x,5\n");
        String expected;
        try {
            CsvBarLoader.load(f, LoadOptions.defaults().withSymbol("ABC"));
            throw new AssertionError("the file loads");
        } catch (DataException e) {
            expected = e.getMessage();
        }
        assertThat(expected).endsWith(":" + (ROWS - 10 + 2) + ": field 'close': expected a number, got 'x'");
        Path root = tmp.resolve("cat");
        try (Catalog c = Catalog.open(root)) {
            assertThatThrownBy(() -> c.importFile(f, "ABC", null, LoadOptions.defaults())).isInstanceOf(CatalogException.class)
                    .hasMessage(expected);
        }
        assertThat(root).doesNotExist();
    }

    @Test
    void aBadRowArrivingWhileTheFileIsBeingWrittenLeavesNothing() throws Exception {
        Path fifo = tmp.resolve("pipe.csv");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mk = null;
        }
        assumeThat(mk != null && mk.waitFor() == 0).as("mkfifo").isTrue();
        Path root = tmp.resolve("cat");
        Path dir = root.resolve("ABC");
        CompletableFuture<Void> feeder = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo); Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.US_ASCII)) {
                w.write("time,open,high,low,close,volume\n");
                for (int i = 0; i < ROWS; i++) w.write(row(i));
                w.flush();
                long until = System.nanoTime() + 60_000_000_000L; // the write has started: its file exists
                while (leftovers(dir).isEmpty() && System.nanoTime() < until) Thread.sleep(5);
                assertThat(leftovers(dir)).as("a file being written while the bar file is read").isNotEmpty();
                w.write(Times.format(T0 + ROWS * MIN) + ",1,2,3,x,5\n");
            } catch (IOException | InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        try (Catalog c = Catalog.open(root)) {
            assertThatThrownBy(() -> c.importFile(fifo, "ABC", null, LoadOptions.defaults())).isInstanceOf(CatalogException.class)
                    .hasMessage(fifo + ":" + (ROWS + 2) + ": field 'close': expected a number, got 'x'");
        }
        feeder.join();
        assertThat(root).doesNotExist();
    }

    @Test
    void anExistingFileIsMergedAsBeforeAndAResampledImportWaitsForEveryBar() throws Exception {
        Path f = csv("a.csv", ROWS, -1, null);
        try (Catalog c = Catalog.open(tmp.resolve("cat"))) {
            ImportReport h = c.importFile(f, "ABC", Timeframe.parse("1h"), LoadOptions.defaults());
            BarSeries minutes = CsvBarLoader.load(f, LoadOptions.defaults().withSymbol("ABC")).series();
            BarSeries hours = Resampler.resample(minutes, Timeframe.parse("1m"), Timeframe.parse("1h"), ZoneOffset.UTC).series();
            assertThat(h.resampledFrom()).isEqualTo(Timeframe.parse("1m"));
            assertSame(parquetBars(h.file(), "ABC"), hours);

            c.importFile(csv("first.csv", ROWS / 2, -1, null), "ABC", null, LoadOptions.defaults());
            long kept = StreamedWrite.KEPT.get();
            ImportReport m = c.importFile(f, "ABC", null, LoadOptions.defaults());
            assertThat(StreamedWrite.KEPT.get()).as("a merge").isEqualTo(kept);
            assertThat(m.added()).isEqualTo(ROWS - ROWS / 2);
            assertThat(m.unchanged()).isEqualTo(ROWS / 2);
            assertSame(parquetBars(m.file(), "ABC"), minutes);
            assertThat(leftovers(tmp.resolve("cat/ABC"))).isEmpty();
        }
    }

    @Test
    void textReadAgainByTheGeneralReaderIsStoredWhole() throws Exception {
        Path f = csv("quoted.csv", ROWS, ROWS - 5, "\"" + Times.format(T0 + (ROWS - 5) * MIN) + "\"," + row(ROWS - 5).substring(row(ROWS - 5).indexOf(',') + 1));
        try (Catalog c = Catalog.open(tmp.resolve("cat"))) {
            ImportReport r = c.importFile(f, "ABC", null, LoadOptions.defaults());
            assertThat(r.total()).isEqualTo(ROWS);
            assertSame(parquetBars(r.file(), "ABC"), CsvBarLoader.load(f, LoadOptions.defaults().withSymbol("ABC")).series());
        }
    }

    @Test
    void concurrentFirstImportsOfOneSymbolInOneProcessKeepEveryBar() throws Exception {
        int n = StreamedWrite.GUESS * 2;
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (int k = 0; k < 3; k++) files.add(csv("p" + k + ".csv", k * n, n, -1, null));
        Path all = csv("all.csv", 0, 3 * n, -1, null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try (Catalog c = Catalog.open(tmp.resolve("cat"))) {
            java.util.List<java.util.concurrent.Future<ImportReport>> jobs = new java.util.ArrayList<>();
            for (Path f : files) jobs.add(pool.submit(() -> c.importFile(f, "ABC", null, LoadOptions.defaults())));
            for (var j : jobs) j.get(120, java.util.concurrent.TimeUnit.SECONDS);
            BarSeries expected = CsvBarLoader.load(all, LoadOptions.defaults().withSymbol("ABC")).series();
            assertSame(parquetBars(tmp.resolve("cat/ABC/1m.parquet"), "ABC"), expected);
            assertSame(c.load("ABC", Timeframe.parse("1m"), Long.MIN_VALUE, Long.MAX_VALUE), expected);
            assertThat(leftovers(tmp.resolve("cat/ABC"))).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    static java.util.List<Path> leftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return java.util.List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains(".tmp-")).toList();
        }
    }
}
