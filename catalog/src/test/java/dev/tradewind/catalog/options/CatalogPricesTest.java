package dev.tradewind.catalog.options;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.OptionType;
import dev.tradewind.options.Chain;
import dev.tradewind.options.ChainSlice;
import dev.tradewind.options.OptionQuote;
import dev.tradewind.options.RecordedQuote;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recorded quotes from the catalog for a run's option desk, on the two whole SPXW snapshots (2019-06-26 and
 * 2025-09-03, 15:45 New York): every quote comes back as of any time in a window that holds its snapshot, none from a
 * window that does not (no look-ahead), and a cross-check against a naive query of the catalog per lookup.
 */
class CatalogPricesTest {
    private static final long HOUR = 3_600_000_000_000L;
    private static final long DAY = 24 * HOUR;
    private static final long AT = OptionCatalogTest.AT_2019;
    private static final LocalDate FRIDAY = LocalDate.of(2019, 6, 28);

    @TempDir static Path dir;
    static OptionCatalog catalog;
    static CatalogPrices prices;

    @BeforeAll
    static void importBoth() throws Exception {
        OptionCatalogTest.load();
        catalog = OptionCatalogTest.imported(dir);
        prices = new CatalogPrices(catalog, "SPX", OptionCatalogTest.NY);
    }

    @AfterAll
    static void close() { catalog.close(); }

    @Test
    void everyQuoteOfBothSnapshotsComesBackAsOfAnyTimeItIsUsable() {
        RecordedQuote q = new RecordedQuote();
        for (Chain c : List.of(OptionCatalogTest.c2019, OptionCatalogTest.c2025)) {
            long at = OptionCatalogTest.nanos(c.quoteTime());
            for (OptionQuote o : c.quotes()) {
                // at the snapshot, 4h15 later (a daily bar's close at 00:00 UTC) and a day later (no file that day)
                for (long now : new long[] {at, at + 4 * HOUR + 15 * 60_000_000_000L, at + DAY}) {
                    assertThat(prices.quote(o.expiry(), o.strike(), o.type(), now - DAY, now, q)).as("%s at %d", o, now).isTrue();
                    assertThat(q.time()).isEqualTo(at);
                    assertThat(q.bid()).isEqualTo(o.bid());
                    assertThat(q.ask()).isEqualTo(o.ask());
                }
                assertThat(prices.quote(o.expiry(), o.strike(), o.type(), at - DAY, at - 1, q)).as("before the snapshot").isFalse();
                assertThat(prices.quote(o.expiry(), o.strike(), o.type(), at + 1, at + DAY, q)).as("too old").isFalse();
            }
        }
    }

    @Test
    void quotesReadByHandFromTheFile() {
        // spxw20190626.csv.gz: 2019-06-26,2019-06-28,2900,P,40,5.5,22,5.7,...  and  ...,2019-06-26,2915,C,93,2.55,69,4.3,...
        //                      2019-06-26,2019-06-28,1000,P,0,0,2287,0.05,... (no bid)
        RecordedQuote q = new RecordedQuote();
        assertThat(prices.quote(FRIDAY, 2900, OptionType.PUT, AT, AT + DAY, q)).isTrue();
        assertThat(new double[] {q.bid(), q.ask(), q.mid()}).containsExactly(5.5, 5.7, 5.6);
        assertThat(prices.quote(LocalDate.of(2019, 6, 26), 2915, OptionType.CALL, AT, AT, q)).isTrue();
        assertThat(new double[] {q.bid(), q.ask()}).containsExactly(2.55, 4.3);
        assertThat(prices.quote(FRIDAY, 1000, OptionType.PUT, AT, AT, q)).isTrue();
        assertThat(q.hasBid()).isFalse();
        assertThat(q.hasAsk()).isTrue();
        assertThat(q.mid()).isNaN();
        assertThat(prices.quote(FRIDAY, 2917.5, OptionType.PUT, AT, AT, q)).as("not a listed strike").isFalse();
        assertThat(prices.quote(LocalDate.of(2019, 8, 7), 2900, OptionType.PUT, AT, AT, q)).as("not a recorded expiry").isFalse();
    }

    @Test
    void aChainIsTheExpirysQuotesAtTheLatestUsableTime() {
        Chain c = prices.chain(FRIDAY, AT - HOUR, AT + 5 * HOUR);
        ChainSlice recorded = c.slice(FRIDAY);
        ChainSlice file = OptionCatalogTest.c2019.slice(FRIDAY);
        assertThat(c.expiries()).containsExactly(FRIDAY);
        assertThat(c.quoteTime().toInstant()).isEqualTo(OptionCatalogTest.c2019.quoteTime().toInstant());
        assertThat(c.spot()).isEqualTo(OptionCatalogTest.c2019.spot()); // 2918.11, the underlying's mid
        assertThat(recorded.strikes()).containsExactly(file.strikes());
        for (int i = 0; i < file.size(); i++) {
            for (OptionType t : OptionType.values()) {
                assertThat(recorded.bid(t, i)).isEqualTo(file.bid(t, i));
                assertThat(recorded.ask(t, i)).isEqualTo(file.ask(t, i));
            }
        }
        assertThat(prices.chain(FRIDAY, AT + 1, AT + DAY)).isNull();
        assertThat(prices.chain(LocalDate.of(2019, 8, 7), AT, AT)).isNull();
        // a window over both dates walks back from 2025 to 2019 for a 2019 expiry
        assertThat(prices.chain(FRIDAY, AT, OptionCatalogTest.AT_2025).quotes()).hasSize(file.quoteCount());
    }

    @Test
    void matchesANaiveQueryOfTheCatalogPerLookup() {
        SplittableRandom r = new SplittableRandom(7);
        List<OptionQuote> all = OptionCatalogTest.c2019.quotes();
        RecordedQuote q = new RecordedQuote();
        for (int n = 0; n < 200; n++) {
            OptionQuote o = all.get(r.nextInt(all.size()));
            double strike = r.nextInt(4) == 0 ? o.strike() + 2.5 : o.strike(); // now and then one that is not listed
            long to = AT + (r.nextInt(9) - 4) * 3 * HOUR;
            long from = to - r.nextInt(4) * 4 * HOUR;
            OptionFilter f = OptionFilter.all("SPX").expiries(o.expiry(), o.expiry()).strikes(strike, strike).type(o.type());
            List<OptionBar> naive = catalog.bars(f, from, to + 1);
            boolean found = prices.quote(o.expiry(), strike, o.type(), from, to, q);
            assertThat(found).as("%s %s %s [%d, %d]", o.expiry(), strike, o.type(), from, to).isEqualTo(!naive.isEmpty());
            if (found) {
                OptionBar last = naive.get(naive.size() - 1);
                assertThat(new double[] {q.bid(), q.ask()}).containsExactly(last.bid(), last.ask());
                assertThat(q.time()).isEqualTo(last.time());
            }
        }
    }

    @Test
    void aLookupAllocatesNothingOnceItsDateIsLoaded() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<OptionQuote> all = OptionCatalogTest.c2019.quotes();
        int n = all.size();
        LocalDate[] expiry = new LocalDate[n];
        double[] strike = new double[n];
        OptionType[] type = new OptionType[n];
        for (int i = 0; i < n; i++) {
            expiry[i] = all.get(i).expiry();
            strike[i] = all.get(i).strike();
            type[i] = all.get(i).type();
        }
        RecordedQuote q = new RecordedQuote();
        long now = AT + 4 * HOUR;
        int hits = 0;
        for (int i = 0; i < n; i++) if (prices.quote(expiry[i], strike[i], type[i], now - DAY, now, q)) hits++; // loads the date
        long before = bean.getCurrentThreadAllocatedBytes();
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < n; i++) if (prices.quote(expiry[i], strike[i], type[i], now - DAY, now, q)) hits++;
        }
        long allocated = bean.getCurrentThreadAllocatedBytes() - before;
        assertThat(hits).isEqualTo(21 * n);
        assertThat(allocated).as("bytes allocated by %d lookups", 20 * n).isLessThan(4096);
    }

    @Test
    void namesItsSourceForReports() {
        assertThat(prices.name()).isEqualTo("catalog " + dir.toAbsolutePath().normalize().resolve("options").resolve("SPX"));
        assertThat(prices.dateCount()).isEqualTo(2);
    }

    static long nanos(ZonedDateTime t) { return OptionCatalogTest.nanos(t); }
}
