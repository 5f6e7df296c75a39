package dev.tradewind.catalog;

import static dev.tradewind.catalog.CatalogTest.MIN;
import static dev.tradewind.catalog.CatalogTest.T0;
import static dev.tradewind.catalog.CatalogTest.assertSame;
import static dev.tradewind.catalog.CatalogTest.tf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.data.LoadOptions;
import dev.tradewind.model.BarSeries;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The column file beside each Parquet file: the same bars, used only while it matches its Parquet file. */
class ColumnFileTest {
    @TempDir Path tmp;
    final CatalogTest files = new CatalogTest();
    Catalog catalog;

    private Catalog catalog() {
        if (catalog == null) catalog = Catalog.open(tmp.resolve("catalog"));
        return catalog;
    }

    @AfterEach
    void close() {
        if (catalog != null) catalog.close();
    }

    /** What the Parquet file holds, read through DuckDB. */
    private static BarSeries parquet(Path f) throws Exception {
        try (Parquet p = new Parquet()) {
            return p.read(f, "ABC", Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    private Path importCsv(String name, int from, int to, double shift) throws Exception {
        files.tmp = tmp;
        catalog().importFile(files.csv(name, from, to, shift), "ABC", tf("1m"), LoadOptions.defaults());
        return tmp.resolve("catalog/ABC/1m.parquet");
    }

    @Test
    void anImportWritesTheColumnsAndALoadReadsThemWithoutDuckDb() throws Exception {
        Path f = importCsv("a.csv", 0, 500, 0);
        assertThat(ColumnFile.of(f)).exists();
        BarSeries mapped = ColumnFile.read(f, "ABC", Long.MIN_VALUE, Long.MAX_VALUE);
        assertSame(mapped, parquet(f));
        assertSame(catalog().load("ABC", tf("1m"), Long.MIN_VALUE, Long.MAX_VALUE), parquet(f));
        for (long[] r : new long[][] {{T0 + 100 * MIN, T0 + 200 * MIN}, {T0 + 100 * MIN + 1, T0 + 200 * MIN - 1},
                {Long.MIN_VALUE, T0}, {T0 + 499 * MIN, Long.MAX_VALUE}, {T0 + 900 * MIN, Long.MAX_VALUE}}) {
            assertSame(ColumnFile.read(f, "ABC", r[0], r[1]), parquet(f).slice(r[0], r[1]));
            assertThat(ColumnFile.count(f, r[0], r[1])).isEqualTo(parquet(f).slice(r[0], r[1]).size());
        }
    }

    @Test
    void readsAcrossItsOneMegabyteChunks() throws Exception {
        Path f = importCsv("big.csv", 0, 140_000, 0); // 131,072 values fill a chunk
        assertSame(ColumnFile.read(f, "ABC", Long.MIN_VALUE, Long.MAX_VALUE), parquet(f));
        for (long[] r : new long[][] {{T0 + 131_000 * MIN, T0 + 131_200 * MIN}, {T0 + 7 * MIN, T0 + 139_990 * MIN}}) {
            assertSame(ColumnFile.read(f, "ABC", r[0], r[1]), parquet(f).slice(r[0], r[1]));
        }
    }

    @Test
    void aMergingImportKeepsTheColumnsEqualToTheParquetFile() throws Exception {
        importCsv("a.csv", 0, 300, 0);
        Path f = importCsv("b.csv", 200, 450, 0.25); // overlaps: the new file wins at equal times
        assertSame(ColumnFile.read(f, "ABC", Long.MIN_VALUE, Long.MAX_VALUE), parquet(f));
        Files.delete(ColumnFile.of(f)); // an import over a Parquet file without columns cannot merge them: none written
        f = importCsv("c.csv", 440, 460, 0.5);
        assertThat(ColumnFile.of(f)).doesNotExist();
        assertSame(catalog().load("ABC", tf("1m"), Long.MIN_VALUE, Long.MAX_VALUE), parquet(f)); // from Parquet, then written
        assertSame(ColumnFile.read(f, "ABC", Long.MIN_VALUE, Long.MAX_VALUE), parquet(f));
    }

    @Test
    void columnsOfAnotherParquetFileAreNeverUsed() throws Exception {
        Path f = importCsv("a.csv", 0, 300, 0);
        Path stale = tmp.resolve("stale.cols");
        Files.copy(ColumnFile.of(f), stale);
        importCsv("b.csv", 0, 300, 1.5); // every bar changes
        Files.copy(stale, ColumnFile.of(f), StandardCopyOption.REPLACE_EXISTING); // as a killed import would leave them
        assertThat(ColumnFile.read(f, "ABC", Long.MIN_VALUE, Long.MAX_VALUE)).isNull();
        assertThat(ColumnFile.count(f, Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(-1);
        BarSeries loaded = catalog().load("ABC", tf("1m"), Long.MIN_VALUE, Long.MAX_VALUE);
        assertSame(loaded, parquet(f));
        assertThat(loaded.open()[0]).isEqualTo(101.5);
        assertSame(ColumnFile.read(f, "ABC", Long.MIN_VALUE, Long.MAX_VALUE), parquet(f)); // rewritten by the load
    }

    @Test
    void aDamagedColumnFileReadsAsAbsent() throws Exception {
        Path f = importCsv("a.csv", 0, 300, 0);
        Path cols = ColumnFile.of(f);
        try (FileChannel ch = FileChannel.open(cols, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 8);
        }
        assertThat(ColumnFile.read(f, "ABC", Long.MIN_VALUE, Long.MAX_VALUE)).isNull();
        assertSame(catalog().load("ABC", tf("1m"), Long.MIN_VALUE, Long.MAX_VALUE), parquet(f)); // and writes it again
        assertThat(ColumnFile.read(f, "ABC", Long.MIN_VALUE, Long.MAX_VALUE)).isNotNull();
        byte[] b = Files.readAllBytes(cols);
        long at = 96 + 8 * 10; // the 11th time, now before the 10th: out of order
        for (int i = 0; i < 8; i++) b[(int) at + i] = 0;
        Files.write(cols, b);
        assertThat(ColumnFile.read(f, "ABC", Long.MIN_VALUE, Long.MAX_VALUE)).isNull();
        assertSame(catalog().load("ABC", tf("1m"), Long.MIN_VALUE, Long.MAX_VALUE), parquet(f));
    }

    @Test
    void theCountForTheHeapCheckComesFromTheColumns() throws Exception {
        Path f = importCsv("a.csv", 0, 300, 0);
        var ref = dev.tradewind.catalog.CatalogRef.parse("catalog:ABC:1m");
        LoadOptions range = LoadOptions.defaults().withRange(T0 + 10 * MIN, T0 + 20 * MIN);
        assertThat(catalog().count(ref, range)).isEqualTo(10);
        Files.delete(ColumnFile.of(f));
        assertThat(catalog().count(ref, range)).isEqualTo(10); // from Parquet
    }

    @Test
    void aLoadOfAllTheBarsCarriesTheFingerprintTakenWhenTheFileWasWritten() throws Exception {
        Path f = importCsv("a.csv", 0, 300, 0);
        var ref = dev.tradewind.catalog.CatalogRef.parse("catalog:ABC:1m");
        var all = catalog().load(ref, LoadOptions.defaults());
        assertThat(all.valuesSha256()).isEqualTo(BarFingerprint.sha256(parquet(f))).hasSize(64);
        var some = catalog().load(ref, LoadOptions.defaults().withRange(T0 + 10 * MIN, T0 + 20 * MIN));
        assertThat(some.valuesSha256()).isNull(); // not these bars' fingerprint: the run hashes them itself
        var covering = catalog().load(ref, LoadOptions.defaults().withRange(T0 - MIN, T0 + 1000 * MIN));
        assertThat(covering.valuesSha256()).isEqualTo(all.valuesSha256());
        Files.delete(ColumnFile.of(f)); // from the Parquet file: no fingerprint kept, then the columns are written again
        assertThat(catalog().load(ref, LoadOptions.defaults()).valuesSha256()).isNull();
        assertThat(catalog().load(ref, LoadOptions.defaults()).valuesSha256()).isEqualTo(all.valuesSha256());
    }

    @Test
    void aFingerprintThatDoesNotMatchItsBarsIsNeverReadBecauseAnImportRewritesBoth() throws Exception {
        importCsv("a.csv", 0, 300, 0);
        var ref = dev.tradewind.catalog.CatalogRef.parse("catalog:ABC:1m");
        String before = catalog().load(ref, LoadOptions.defaults()).valuesSha256();
        Path f = importCsv("b.csv", 100, 101, 3.0); // one bar changes
        var after = catalog().load(ref, LoadOptions.defaults());
        assertThat(after.valuesSha256()).isNotEqualTo(before).isEqualTo(BarFingerprint.sha256(parquet(f)));
    }

    @Test
    void aColumnFileOfTheFirstLayoutReadsAsAbsentAndIsWrittenAgain() throws Exception {
        Path f = importCsv("a.csv", 0, 300, 0);
        Path cols = ColumnFile.of(f);
        byte[] b = Files.readAllBytes(cols);
        b[7] = '1'; // "TWCOLS01": the layout without a fingerprint
        Files.write(cols, b);
        assertThat(ColumnFile.read(f, "ABC", Long.MIN_VALUE, Long.MAX_VALUE)).isNull();
        assertSame(catalog().load("ABC", tf("1m"), Long.MIN_VALUE, Long.MAX_VALUE), parquet(f));
        assertThat(Files.readAllBytes(cols)[7]).isEqualTo((byte) '2');
    }
}
