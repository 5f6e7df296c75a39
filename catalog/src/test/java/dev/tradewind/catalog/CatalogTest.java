package dev.tradewind.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.data.LoadOptions;
import dev.tradewind.data.Resampler;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Times;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
    static final long T0 = Times.ofInstant(Instant.parse("2024-03-01T00:00:00Z"));
    static final long MIN = 60_000_000_000L;
    @TempDir Path tmp;
    Catalog catalog;

    private Catalog catalog() {
        if (catalog == null) catalog = Catalog.open(tmp.resolve("catalog"));
        return catalog;
    }

    @AfterEach
    void close() {
        if (catalog != null) catalog.close();
    }

    /** A generic CSV of 1-minute bars {@code from} (inclusive) to {@code to} (exclusive) minutes after T0, skipping {@code skip}. */
    Path csv(String name, int from, int to, double shift, int... skip) throws IOException {
        StringBuilder s = new StringBuilder("time,open,high,low,close,volume\n");
        outer:
        for (int i = from; i < to; i++) {
            for (int k : skip) if (k == i) continue outer;
            double o = 100 + (i % 17) + shift;
            s.append(Times.format(T0 + i * MIN)).append(',').append(o).append(',').append(o + 2).append(',').append(o - 1)
                    .append(',').append(o + 0.5).append(',').append(10 + i).append('\n');
        }
        Path f = tmp.resolve(name);
        Files.writeString(f, s);
        return f;
    }

    static Timeframe tf(String s) throws Exception { return Timeframe.parse(s); }

    @Test
    void anImportedFileLoadsBackExactlyAsTheCsvLoaderReadsIt() throws Exception {
        Path f = csv("a.csv", 0, 600, 0);
        ImportReport r = catalog().importFile(f, "ABC", tf("1m"), LoadOptions.defaults());
        assertThat(r.summary()).isEqualTo("ABC 1m: 600 bars from " + f + " (GENERIC): 600 new, 0 replaced, 0 unchanged; 600 stored");
        assertThat(r.file()).isEqualTo(tmp.resolve("catalog/ABC/1m.parquet"));
        BarSeries expected = CsvBarLoader.load(f, LoadOptions.defaults().withSymbol("ABC")).series();
        assertSame(catalog().load("ABC", tf("1m"), Long.MIN_VALUE, Long.MAX_VALUE), expected);
        BarSeries part = catalog().load("ABC", tf("1m"), T0 + 100 * MIN, T0 + 200 * MIN);
        assertSame(part, expected.slice(T0 + 100 * MIN, T0 + 200 * MIN));
        assertThat(catalog().load("ABC", tf("1m"), T0 + 10_000 * MIN, Long.MAX_VALUE).size()).isZero();
    }

    @Test
    void importingTheSameRangeTwiceStoresEachBarOnce() throws Exception {
        Path f = csv("a.csv", 0, 300, 0);
        catalog().importFile(f, "ABC", tf("1m"), LoadOptions.defaults());
        ImportReport again = catalog().importFile(f, "ABC", tf("1m"), LoadOptions.defaults());
        assertThat(again.added()).isZero();
        assertThat(again.replaced()).isZero();
        assertThat(again.unchanged()).isEqualTo(300);
        assertThat(again.total()).isEqualTo(300);
        assertThat(catalog().load("ABC", tf("1m"), Long.MIN_VALUE, Long.MAX_VALUE).size()).isEqualTo(300);
    }

    @Test
    void overlappingImportsMergeByTimeAndTheNewFileWins() throws Exception {
        catalog().importFile(csv("a.csv", 0, 300, 0), "ABC", tf("1m"), LoadOptions.defaults());
        Path b = csv("b.csv", 200, 500, 0.25);
        ImportReport r = catalog().importFile(b, "ABC", tf("1m"), LoadOptions.defaults());
        assertThat(new long[] {r.added(), r.replaced(), r.unchanged(), r.total()}).containsExactly(200, 100, 0, 500);
        BarSeries all = catalog().load("ABC", tf("1m"), Long.MIN_VALUE, Long.MAX_VALUE);
        assertThat(all.size()).isEqualTo(500);
        for (int i = 1; i < all.size(); i++) assertThat(all.time()[i] - all.time()[i - 1]).isEqualTo(MIN);
        assertThat(all.open()[199]).isEqualTo(100 + 199 % 17);
        assertThat(all.open()[200]).isEqualTo(100 + 200 % 17 + 0.25);
    }

    @Test
    void aFinerFileIsResampledOnImport() throws Exception {
        Path f = csv("a.csv", 0, 600, 0);
        ImportReport r = catalog().importFile(f, "ABC", tf("15m"), LoadOptions.defaults());
        assertThat(r.resampledFrom()).isEqualTo(tf("1m"));
        assertThat(r.bars()).isEqualTo(40);
        assertThat(r.summary()).contains("(GENERIC, resampled from 1m)");
        BarSeries expected = Resampler.resample(CsvBarLoader.load(f, LoadOptions.defaults().withSymbol("ABC")).series(),
                tf("15m")).series();
        assertSame(catalog().load("ABC", tf("15m"), Long.MIN_VALUE, Long.MAX_VALUE), expected);
        assertThat(catalog().list()).extracting(e -> e.timeframe().toString()).containsExactly("15m");
    }

    @Test
    void aCoarserFileCannotMakeFinerBars() throws Exception {
        Path f = csv("a.csv", 0, 100, 0);
        assertThatThrownBy(() -> catalog().importFile(f, "ABC", tf("30s"), LoadOptions.defaults()))
                .isInstanceOf(CatalogException.class)
                .hasMessage(f + ": its bars are 1m apart, which cannot make 30s bars; import it as --timeframe 1m or a multiple of it");
        Path hourly = tmp.resolve("h.csv");
        Files.writeString(hourly, "time,open,high,low,close,volume\n2024-03-01T00:00:00Z,1,2,0.5,1.5,1\n"
                + "2024-03-01T01:00:00Z,1,2,0.5,1.5,1\n2024-03-01T02:00:00Z,1,2,0.5,1.5,1\n");
        assertThatThrownBy(() -> catalog().importFile(hourly, "ABC", tf("90m"), LoadOptions.defaults()))
                .isInstanceOf(CatalogException.class).hasMessageContaining("its bars are 1h apart, which cannot make 90m bars");
        assertThat(catalog().list()).isEmpty();
    }

    @Test
    void badDataIsTheLoadersOneLineAndNothingIsStored() throws Exception {
        catalog().importFile(csv("a.csv", 0, 50, 0), "ABC", tf("1m"), LoadOptions.defaults());
        byte[] before = Files.readAllBytes(tmp.resolve("catalog/ABC/1m.parquet"));
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "time,open,high,low,close,volume\n2024-03-02T00:00:00Z,1,2,0.5,1.5,1\n"
                + "2024-03-02T00:01:00Z,1,abc,0.5,1.5,1\n");
        assertThatThrownBy(() -> catalog().importFile(bad, "ABC", tf("1m"), LoadOptions.defaults()))
                .isInstanceOf(CatalogException.class).hasMessageStartingWith(bad + ":3: ").hasMessageContaining("high")
                .hasMessageContaining("abc");
        assertThat(Files.readAllBytes(tmp.resolve("catalog/ABC/1m.parquet"))).isEqualTo(before);
        assertThat(catalog().list()).singleElement().extracting(CatalogEntry::rows).isEqualTo(50L);
    }

    @Test
    void listShowsRangeRowsAndGaps() throws Exception {
        catalog().importFile(csv("a.csv", 0, 100, 0, 10, 11, 12, 50), "ABC", tf("1m"), LoadOptions.defaults());
        catalog().importFile(csv("b.csv", 0, 100, 0), "XYZ", tf("1m"), LoadOptions.defaults());
        catalog().importFile(csv("c.csv", 0, 100, 0), "XYZ", tf("5m"), LoadOptions.defaults());
        List<CatalogEntry> list = catalog().list();
        assertThat(list).extracting(e -> e.symbol() + " " + e.timeframe()).containsExactly("ABC 1m", "XYZ 1m", "XYZ 5m");
        CatalogEntry abc = list.get(0);
        assertThat(abc.first()).isEqualTo(T0);
        assertThat(abc.last()).isEqualTo(T0 + 99 * MIN);
        assertThat(abc.rows()).isEqualTo(96);
        assertThat(abc.gaps()).isEqualTo(2);
        assertThat(abc.missingBars()).isEqualTo(4);
        assertThat(abc.bytes()).isPositive();
        assertThat(list.get(1).gaps()).isZero();
        assertThat(list.get(2).rows()).isEqualTo(20);
    }

    @Test
    void anUnknownSymbolNamesWhatTheCatalogHolds() throws Exception {
        catalog().importFile(csv("a.csv", 0, 10, 0), "ABC", tf("1m"), LoadOptions.defaults());
        assertThatThrownBy(() -> catalog().load("NOPE", tf("1h"), Long.MIN_VALUE, Long.MAX_VALUE))
                .isInstanceOf(CatalogException.class)
                .hasMessage("catalog " + tmp.resolve("catalog") + ": no NOPE 1h bars (it holds ABC 1m); import some with: "
                        + "tradewind data import FILE --symbol NOPE --timeframe 1h");
        assertThatThrownBy(() -> catalog().importFile(tmp.resolve("a.csv"), "../etc", tf("1m"), LoadOptions.defaults()))
                .isInstanceOf(CatalogException.class).hasMessageStartingWith("symbol '../etc': ");
    }

    @Test
    void referencesParseAndLoadLikeAFile() throws Exception {
        Path f = csv("a.csv", 0, 120, 0);
        catalog().importFile(f, "ABC", tf("1m"), LoadOptions.defaults());
        CatalogRef ref = CatalogRef.parse("catalog:ABC:1m");
        assertThat(ref).isEqualTo(new CatalogRef("ABC", tf("1m")));
        assertThat(ref.toString()).isEqualTo("catalog:ABC:1m");
        var loaded = catalog().load(ref, LoadOptions.defaults().withRange(T0 + 60 * MIN, Long.MAX_VALUE));
        assertThat(loaded.series().size()).isEqualTo(60);
        assertThat(loaded.report().source()).isEqualTo("catalog:ABC:1m");
        // what a load would take, counted before loading (the backtest's heap check)
        assertThat(catalog().count(ref, LoadOptions.defaults().withRange(T0 + 60 * MIN, Long.MAX_VALUE))).isEqualTo(60);
        assertThat(catalog().count(ref, LoadOptions.defaults())).isEqualTo(120);
        assertThat(catalog().count(CatalogRef.parse("catalog:NOPE:1m"), LoadOptions.defaults())).isEqualTo(-1);
        assertThatThrownBy(() -> CatalogRef.parse("catalog:ABC")).isInstanceOf(CatalogException.class)
                .hasMessage("'catalog:ABC': expected catalog:SYMBOL:TIMEFRAME, e.g. catalog:FILUSDT:1m");
        assertThatThrownBy(() -> CatalogRef.parse("catalog:ABC:1M")).isInstanceOf(CatalogException.class)
                .hasMessageContaining("months are not supported");
    }

    @Test
    void theFingerprintFollowsTheBarsNotTheFile() throws Exception {
        catalog().importFile(csv("a.csv", 0, 100, 0), "ABC", tf("1m"), LoadOptions.defaults());
        BarSeries first = catalog().load("ABC", tf("1m"), T0, T0 + 50 * MIN);
        catalog().importFile(csv("b.csv", 100, 200, 0), "ABC", tf("1m"), LoadOptions.defaults());
        BarSeries again = catalog().load("ABC", tf("1m"), T0, T0 + 50 * MIN);
        assertThat(BarFingerprint.sha256(again)).isEqualTo(BarFingerprint.sha256(first)).hasSize(64);
        catalog().importFile(csv("c.csv", 10, 11, 5), "ABC", tf("1m"), LoadOptions.defaults());
        assertThat(BarFingerprint.sha256(catalog().load("ABC", tf("1m"), T0, T0 + 50 * MIN)))
                .isNotEqualTo(BarFingerprint.sha256(first));
    }

    @Test
    void concurrentImportsIntoOneSymbolLoseNoBar() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < 4; k++) files.add(csv("p" + k + ".csv", k * 100, k * 100 + 150, 0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ImportReport>> jobs = new ArrayList<>();
            for (Path f : files) {
                jobs.add(pool.submit(() -> {
                    try (Catalog own = Catalog.open(tmp.resolve("catalog"))) {
                        return own.importFile(f, "ABC", tf("1m"), LoadOptions.defaults());
                    }
                }));
            }
            for (Future<ImportReport> j : jobs) j.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(catalog().load("ABC", tf("1m"), Long.MIN_VALUE, Long.MAX_VALUE).size()).isEqualTo(450);
    }

    @Test
    void theBundledMonthOfRealBarsRoundTrips() throws Exception {
        Path fil = Path.of("../sample-data/FILUSDT-1m-2023-08.csv.gz");
        ImportReport r = catalog().importFile(fil, "FILUSDT", tf("1m"), LoadOptions.defaults());
        assertThat(r.total()).isEqualTo(44_640);
        assertThat(r.load().layout().name()).isEqualTo("BINANCE");
        BarSeries expected = CsvBarLoader.load(fil, LoadOptions.defaults().withSymbol("FILUSDT")).series();
        assertSame(catalog().load("FILUSDT", tf("1m"), Long.MIN_VALUE, Long.MAX_VALUE), expected);
        CatalogEntry e = catalog().list().get(0);
        assertThat(Catalog.format(e.first())).isEqualTo("2023-08-01T00:00:00Z");
        assertThat(Catalog.format(e.last())).isEqualTo("2023-08-31T23:59:00Z");
        assertThat(e.gaps()).isZero();
    }

    static void assertSame(BarSeries actual, BarSeries expected) {
        assertThat(actual.symbol()).isEqualTo(expected.symbol());
        assertThat(actual.time()).isEqualTo(expected.time());
        assertThat(actual.open()).isEqualTo(expected.open());
        assertThat(actual.high()).isEqualTo(expected.high());
        assertThat(actual.low()).isEqualTo(expected.low());
        assertThat(actual.close()).isEqualTo(expected.close());
        assertThat(actual.volume()).isEqualTo(expected.volume());
    }
}
