package dev.tradewind.catalog.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.catalog.CatalogException;
import dev.tradewind.model.OptionType;
import dev.tradewind.options.Chain;
import dev.tradewind.options.ChainFormat;
import dev.tradewind.options.ChainLoader;
import dev.tradewind.options.OptionQuote;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two whole SPXW snapshots (sample-data/chains/full) go into the option catalog and come back unchanged. */
class OptionCatalogTest {
    static final Path FULL = Path.of("../sample-data/chains/full");
    static final Path LONG = FULL.resolve("spxw20190626.csv.gz");
    static final Path WIDE = FULL.resolve("spxw20250903.csv.gz");
    static final ZoneId NY = ZoneId.of("America/New_York");
    static final long AT_2019 = nanos(ZonedDateTime.of(2019, 6, 26, 15, 45, 0, 0, NY));
    static final long AT_2025 = nanos(ZonedDateTime.of(2025, 9, 3, 15, 45, 0, 0, NY));

    static Chain c2019, c2025;

    @BeforeAll
    static void load() throws Exception {
        c2019 = ChainLoader.load(LONG, ChainFormat.SPXW);
        c2025 = ChainLoader.load(WIDE, ChainFormat.SPXW, ChainLoader.OnDuplicate.KEEP_FIRST);
    }

    static OptionCatalog imported(Path dir) {
        OptionCatalog c = OptionCatalog.open(dir);
        c.importChainFiles(List.of(LONG), ChainFormat.SPXW, ChainLoader.OnDuplicate.FAIL);
        c.importChainFiles(List.of(WIDE), ChainFormat.SPXW, ChainLoader.OnDuplicate.KEEP_FIRST);
        return c;
    }

    @Test
    void bothSnapshotsRoundTripQuoteForQuote(@TempDir Path dir) {
        try (OptionCatalog c = imported(dir)) {
            assertThat(c.underlyings()).containsExactly("SPX");
            assertThat(c.dates("SPX")).containsExactly(LocalDate.parse("2019-06-26"), LocalDate.parse("2025-09-03"));
            assertThat(dir.resolve("options/SPX/2019-06-26.parquet")).exists();
            for (Chain original : List.of(c2019, c2025)) {
                long at = nanos(original.quoteTime());
                List<OptionBar> rows = c.chainAt(OptionFilter.all("SPX"), at);
                assertThat(rows).hasSize(original.quotes().size());
                Chain back = OptionCatalog.toChain("SPX", rows, NY);
                assertThat(back.quoteTime()).isEqualTo(original.quoteTime());
                assertThat(back.expiries()).isEqualTo(original.expiries());
                if (Double.isNaN(original.spot())) assertThat(back.spot()).isNaN();
                else assertThat(back.spot()).isEqualTo(original.spot());
                Comparator<OptionQuote> key = Comparator.comparing(OptionQuote::expiry).thenComparingDouble(OptionQuote::strike)
                        .thenComparing(OptionQuote::type);
                List<OptionQuote> a = original.quotes().stream().sorted(key).toList();
                List<OptionQuote> b = back.quotes();
                for (int i = 0; i < a.size(); i++) {
                    OptionQuote x = a.get(i), y = b.get(i);
                    assertThat(y.expiry()).isEqualTo(x.expiry());
                    assertThat(y.expiryTime().toInstant()).isEqualTo(x.expiryTime().toInstant());
                    assertThat(y.strike()).isEqualTo(x.strike());
                    assertThat(y.type()).isEqualTo(x.type());
                    // bit for bit, NaN (absent) included
                    assertThat(new double[] {y.bid(), y.ask(), y.last(), y.volume(), y.openInterest()})
                            .isEqualTo(new double[] {x.bid(), x.ask(), x.last(), x.volume(), x.openInterest()});
                }
            }
        }
    }

    @Test
    void theFirstRowsOfEachFileAsStored(@TempDir Path dir) {
        try (OptionCatalog c = imported(dir)) {
            // spxw20190626.csv line 2: 2019-06-26,2019-06-26,1700,C,78,1209.1,78,1229.2,2917.8,2918.42,0,0
            OptionBar r = c.chainAt(new OptionFilter("SPX", LocalDate.parse("2019-06-26"), LocalDate.parse("2019-06-26"),
                    1700, 1700, OptionType.CALL), AT_2019).getFirst();
            assertThat(r.time()).isEqualTo(AT_2019);
            assertThat(r.bid()).isEqualTo(1209.1);
            assertThat(r.ask()).isEqualTo(1229.2);
            assertThat(r.volume()).isZero();
            assertThat(r.openInterest()).isZero();
            assertThat(r.close()).isNaN(); // the long layout has no last price
            assertThat(r.open()).isNaN();
            assertThat(r.underlyingPrice()).isEqualTo(0.5 * (2917.8 + 2918.42));
            assertThat(r.expires()).isEqualTo(nanos(ZonedDateTime.of(2019, 6, 26, 16, 0, 0, 0, NY)));
            // spxw20250903.csv line 2: 2025-09-03,2025-09-04,2600,3838.6,3855.6,3829.35,3,0,0,0.05,0.1,0,21
            List<OptionBar> w = c.chainAt(new OptionFilter("SPX", LocalDate.parse("2025-09-04"), LocalDate.parse("2025-09-04"),
                    2600, 2600, null), AT_2025);
            assertThat(w).hasSize(2);
            assertThat(w.get(0).type()).isEqualTo(OptionType.CALL);
            assertThat(new double[] {w.get(0).bid(), w.get(0).ask(), w.get(0).close(), w.get(0).volume(), w.get(0).openInterest()})
                    .isEqualTo(new double[] {3838.6, 3855.6, 3829.35, 3, 0});
            assertThat(new double[] {w.get(1).bid(), w.get(1).ask(), w.get(1).close(), w.get(1).volume(), w.get(1).openInterest()})
                    .isEqualTo(new double[] {0, 0.05, 0.1, 0, 21});
            assertThat(w.get(1).underlyingPrice()).isNaN(); // the wide layout has no spot
        }
    }

    /** Each filter against a scan of the loaded chain's quotes (the reference). */
    @Test
    void filtersSelectWhatAScanOfTheFileSelects(@TempDir Path dir) {
        try (OptionCatalog c = imported(dir)) {
            LocalDate e1 = LocalDate.parse("2019-07-01"), e2 = LocalDate.parse("2019-07-31");
            for (OptionType type : new OptionType[] {null, OptionType.CALL, OptionType.PUT}) {
                OptionFilter f = new OptionFilter("SPX", e1, e2, 2800, 3000, type);
                List<OptionBar> got = c.chainAt(f, AT_2019);
                long expected = c2019.quotes().stream().filter(q -> !q.expiry().isBefore(e1) && !q.expiry().isAfter(e2)
                        && q.strike() >= 2800 && q.strike() <= 3000 && (type == null || q.type() == type)).count();
                assertThat(got).hasSize((int) expected).isNotEmpty();
                assertThat(got).allMatch(b -> b.strike() >= 2800 && b.strike() <= 3000 && !b.expiry().isBefore(e1)
                        && !b.expiry().isAfter(e2) && (type == null || b.type() == type));
            }
            // a range of time: the 3000 calls of both snapshots, in time order
            List<OptionBar> both = c.bars(OptionFilter.all("SPX").strikes(3000, 3000).type(OptionType.CALL), Long.MIN_VALUE, Long.MAX_VALUE);
            long n2019 = c2019.quotes().stream().filter(q -> q.strike() == 3000 && q.type() == OptionType.CALL).count();
            long n2025 = c2025.quotes().stream().filter(q -> q.strike() == 3000 && q.type() == OptionType.CALL).count();
            assertThat(n2019).isPositive();
            assertThat(n2025).isPositive();
            assertThat(both).hasSize((int) (n2019 + n2025));
            assertThat(both.getFirst().time()).isEqualTo(AT_2019);
            assertThat(both.getLast().time()).isEqualTo(AT_2025);
            assertThat(c.bars(OptionFilter.all("SPX"), AT_2019 + 1, AT_2025)).isEmpty();
        }
    }

    @Test
    void aChainIsAsOfItsTimeAndReadsOnlyItsDate(@TempDir Path dir) throws Exception {
        try (OptionCatalog c = imported(dir)) {
            assertThat(c.snapshotAtOrBefore("SPX", AT_2019 - 1)).isEqualTo(Long.MIN_VALUE);
            assertThat(c.chainAt(OptionFilter.all("SPX"), AT_2019 - 1)).isEmpty();
            assertThat(c.snapshotAtOrBefore("SPX", AT_2019)).isEqualTo(AT_2019);
            // a year later, nothing newer stored: the 2019 snapshot is the latest known
            assertThat(c.snapshotAtOrBefore("SPX", AT_2019 + 365 * 86_400_000_000_000L)).isEqualTo(AT_2019);
            assertThat(c.snapshotAtOrBefore("SPX", Long.MAX_VALUE)).isEqualTo(AT_2025);
            assertThat(c.snapshotAtOrBefore("NDX", Long.MAX_VALUE)).isEqualTo(Long.MIN_VALUE);
            // the 2019 chain is read from its date's file alone: with the 2025 file destroyed it still comes back whole
            Files.writeString(dir.resolve("options/SPX/2025-09-03.parquet"), "not parquet");
            assertThat(c.chainAt(OptionFilter.all("SPX"), AT_2019 + 1000)).hasSize(c2019.quotes().size());
            assertThatThrownBy(() -> c.chainAt(OptionFilter.all("SPX"), AT_2025)).isInstanceOf(CatalogException.class);
        }
    }

    /** The wide file has no time of its own: imported as of 12:00 and as of 15:45, the date's file holds two snapshots. */
    @Test
    void twoSnapshotsInADayAreReadAsOfTheirTimes(@TempDir Path dir) {
        try (OptionCatalog c = imported(dir)) {
            ChainFormat noon = new ChainFormat("SPX", NY, java.time.LocalTime.of(16, 0), java.time.LocalTime.of(12, 0));
            OptionImportReport r = c.importChainFiles(List.of(WIDE), noon, ChainLoader.OnDuplicate.KEEP_FIRST).getFirst();
            assertThat(r.added()).isEqualTo(c2025.quotes().size());
            long at12 = nanos(ZonedDateTime.of(2025, 9, 3, 12, 0, 0, 0, NY));
            assertThat(c.snapshotAtOrBefore("SPX", at12 - 1)).isEqualTo(AT_2019);
            assertThat(c.snapshotAtOrBefore("SPX", AT_2025 - 1)).isEqualTo(at12);
            assertThat(c.snapshotAtOrBefore("SPX", AT_2025)).isEqualTo(AT_2025);
            assertThat(c.chainAt(OptionFilter.all("SPX"), AT_2025 - 1)).hasSize(c2025.quotes().size()).allMatch(b -> b.time() == at12);
            OptionFilter one = new OptionFilter("SPX", LocalDate.parse("2025-09-05"), LocalDate.parse("2025-09-05"), 6450, 6450, OptionType.CALL);
            List<OptionBar> day = c.bars(one, at12, AT_2025 + 1);
            assertThat(day).extracting(OptionBar::time).containsExactly(at12, AT_2025);
            assertThat(c.bars(one, at12 + 1, AT_2025)).isEmpty();
            // the 12:00 rows have a longer time to expiry, the same quotes
            assertThat(day.get(0).bid()).isEqualTo(day.get(1).bid());
        }
    }

    @Test
    void importingTwiceStoresEachRowOnce(@TempDir Path dir) throws Exception {
        try (OptionCatalog c = imported(dir)) {
            OptionImportReport again = c.importChainFiles(List.of(LONG), ChainFormat.SPXW, ChainLoader.OnDuplicate.FAIL).getFirst();
            assertThat(again.rows()).isEqualTo(c2019.quotes().size());
            assertThat(again.added()).isZero();
            assertThat(again.replaced()).isEqualTo(c2019.quotes().size());
            assertThat(again.times()).isEqualTo(1);
            assertThat(c.chainAt(OptionFilter.all("SPX"), AT_2019)).hasSize(c2019.quotes().size());
            assertThat(dir.resolve("options/SPX")).isDirectoryNotContaining(p -> p.getFileName().toString().contains(".tmp-"));
        }
    }

    @Test
    void aBadFileStoresNothingAndSaysWhere(@TempDir Path dir) throws Exception {
        List<String> lines = text(LONG).lines().toList();
        String bad = String.join("\n", lines.subList(0, 100)) + "\n" + lines.get(100).replace(",1700,", ",17x0,").replaceFirst(
                "^([^,]*,[^,]*,)[^,]*", "$1abc") + "\n";
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, bad);
        try (OptionCatalog c = OptionCatalog.open(dir.resolve("cat"))) {
            c.importChainFiles(List.of(WIDE), ChainFormat.SPXW, ChainLoader.OnDuplicate.KEEP_FIRST);
            byte[] before = Files.readAllBytes(dir.resolve("cat/options/SPX/2025-09-03.parquet"));
            // the good file first, then the bad one: neither is stored
            assertThatThrownBy(() -> c.importChainFiles(List.of(LONG, file), ChainFormat.SPXW, ChainLoader.OnDuplicate.FAIL))
                    .isInstanceOf(CatalogException.class).hasMessage(file + ":101: field 'strike': expected a number >= 0, got 'abc'");
            assertThat(c.dates("SPX")).containsExactly(LocalDate.parse("2025-09-03"));
            assertThat(Files.readAllBytes(dir.resolve("cat/options/SPX/2025-09-03.parquet"))).isEqualTo(before);
            // the 2025 file's duplicated expiry is refused unless the first quote is kept
            assertThatThrownBy(() -> c.importChainFiles(List.of(WIDE), ChainFormat.SPXW, ChainLoader.OnDuplicate.FAIL))
                    .isInstanceOf(CatalogException.class).hasMessageContaining(":656: duplicate strike row 2025-09-10");
        }
    }

    static String text(Path gz) throws Exception {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    static long nanos(ZonedDateTime t) { return t.toEpochSecond() * 1_000_000_000L + t.getNano(); }
}
