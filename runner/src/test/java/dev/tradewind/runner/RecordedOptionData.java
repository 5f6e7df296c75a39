package dev.tradewind.runner;

import dev.tradewind.catalog.options.CatalogPrices;
import dev.tradewind.catalog.options.OptionCatalog;
import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.OptionType;
import dev.tradewind.options.ChainFormat;
import dev.tradewind.options.ChainLoader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The real data of the recorded-price tests: the whole 2019-06-26 SPXW snapshot (quotes at 15:45 New York) imported
 * into a catalog, the same file read line by line without the loader (the expected bids and asks), and the bundled S&P
 * 500 daily bars.
 */
final class RecordedOptionData {
    static final Path SNAPSHOT = Path.of("../sample-data/chains/full/spxw20190626.csv.gz");
    static final ZoneId NY = ZoneId.of("America/New_York");
    static final long DAY = 86_400_000_000_000L;
    static final long SNAPSHOT_TIME = nanos(ZonedDateTime.of(2019, 6, 26, 15, 45, 0, 0, NY));

    private static CatalogPrices shared;
    private static Map<String, double[]> file;

    private RecordedOptionData() {}

    /**
     * The recorded prices of one catalog with the snapshot imported, shared by the test classes (imported once per JVM,
     * in a temporary folder closed and deleted when the JVM exits), and the quotes of the file read as text.
     */
    static synchronized CatalogPrices shared() throws Exception {
        if (shared == null) {
            Path dir = Files.createTempDirectory("recorded-options");
            OptionCatalog c = catalog(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                c.close();
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (java.io.IOException e) {
                    // a temporary folder left behind
                }
            }));
            shared = prices(c);
            file = quotesFromTheFile();
        }
        return shared;
    }

    /** {@link #quotesFromTheFile()}, read once (after {@link #shared()}). */
    static synchronized Map<String, double[]> file() throws Exception {
        shared();
        return file;
    }

    /** A catalog in {@code dir} with the snapshot imported (the caller closes it). */
    static OptionCatalog catalog(Path dir) {
        OptionCatalog c = OptionCatalog.open(dir);
        c.importChainFiles(List.of(SNAPSHOT), ChainFormat.SPXW, ChainLoader.OnDuplicate.FAIL);
        return c;
    }

    /** The catalog's recorded prices of SPX. */
    static CatalogPrices prices(OptionCatalog c) { return new CatalogPrices(c, "SPX", NY); }

    /** The snapshot's {bid, ask} by "EXPIRY STRIKE C|P" ({@code 2019-06-28 2900 P}), read from the CSV as text. */
    static Map<String, double[]> quotesFromTheFile() throws Exception {
        Map<String, double[]> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(SNAPSHOT)),
                StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (!header.contains("quote_date,expiration,strike,option_type,bid_size_1545,bid_1545,ask_size_1545,ask_1545")) {
                throw new IllegalStateException("unexpected header " + header);
            }
            for (String line; (line = r.readLine()) != null;) {
                String[] f = line.split(",");
                out.put(key(LocalDate.parse(f[1]), Double.parseDouble(f[2]), f[3].equals("C") ? OptionType.CALL : OptionType.PUT),
                        new double[] {Double.parseDouble(f[5]), Double.parseDouble(f[7])});
            }
        }
        return out;
    }

    static String key(LocalDate expiry, double strike, OptionType type) {
        return expiry + " " + (strike == Math.rint(strike) ? String.valueOf((long) strike) : String.valueOf(strike)) + " "
                + (type == OptionType.CALL ? "C" : "P");
    }

    /** The bundled S&P 500 daily bars (time: the day's 00:00 UTC; a bar closes at the next day's) from {@code from} to {@code to}. */
    static BarSeries spx(LocalDate from, LocalDate to) throws Exception {
        BarSeries all = CsvBarLoader.load(Path.of("../sample-data/sp500-2000.csv.gz")).series();
        return all.slice(from.toEpochDay() * DAY, to.plusDays(1).toEpochDay() * DAY);
    }

    static long nanos(ZonedDateTime t) { return t.toEpochSecond() * 1_000_000_000L + t.getNano(); }
}
