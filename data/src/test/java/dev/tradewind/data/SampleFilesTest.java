package dev.tradewind.data;

import static dev.tradewind.data.Samples.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Times;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleFilesTest {

    @Test
    void binanceKlinesGzip() throws DataException {
        LoadResult r = CsvBarLoader.load(sample("FILUSDT-1m-2023-08.csv.gz"));
        BarSeries s = r.series();
        assertThat(s.symbol()).isEqualTo("FILUSDT");
        assertThat(s.size()).isEqualTo(44_640);
        assertBar(s, 0, "2023-08-01T00:00:00Z", 4.255, 4.256, 4.252, 4.252, 25259.1);
        assertBar(s, s.size() - 1, "2023-08-31T23:59:00Z", 3.211, 3.214, 3.211, 3.214, 11078.0);
        LoadReport report = r.report();
        assertThat(report.layout()).isEqualTo(Layout.BINANCE);
        assertThat(report.timeFormats()).containsExactly(TimeFormat.EPOCH_MILLIS);
        assertThat(report.priceColumn()).isEqualTo(PriceColumn.CLOSE);
        assertThat(report.rowsRead()).isEqualTo(44_640);
        assertThat(report.skipped().count()).isZero();
        assertThat(report.summary()).isEqualTo("../sample-data/FILUSDT-1m-2023-08.csv.gz: BINANCE, 44640 rows, "
                + "44640 bars, close, times [EPOCH_MILLIS] Z, skipped 0, repaired 0");
    }

    @Test
    void nearKlines() throws DataException {
        BarSeries s = CsvBarLoader.load(sample("NEARUSDT-1m-2023-08.csv.gz")).series();
        assertThat(s.symbol()).isEqualTo("NEARUSDT");
        assertThat(s.size()).isEqualTo(44_640);
        assertBar(s, 0, "2023-08-01T00:00:00Z", 1.37, 1.37, 1.367, 1.367, 79426);
        assertBar(s, s.size() - 1, "2023-08-31T23:59:00Z", 1.154, 1.155, 1.153, 1.154, 29984);
    }

    @Test
    void backtraderDaily() throws DataException {
        LoadResult r = CsvBarLoader.load(sample("2006-day-001.txt"));
        BarSeries s = r.series();
        assertThat(r.report().layout()).isEqualTo(Layout.GENERIC);
        assertThat(r.report().timeFormats()).containsExactly(TimeFormat.DATE);
        assertThat(s.size()).isEqualTo(255);
        assertBar(s, 0, "2006-01-02T00:00:00Z", 3578.73, 3605.95, 3578.73, 3604.33, 0);
        assertBar(s, 254, "2006-12-29T00:00:00Z", 4130.12, 4142.01, 4119.94, 4119.94, 0);
    }

    @Test
    void backtraderIntradayCombinesDateAndTime() throws DataException {
        LoadResult r = CsvBarLoader.load(Samples.fixture("backtrader-2006-min-005-head.txt"));
        BarSeries s = r.series();
        assertThat(r.report().timeFormats()).containsExactly(TimeFormat.LOCAL_DATE_TIME);
        assertThat(s.size()).isEqualTo(60);
        assertBar(s, 0, "2006-01-02T09:05:00Z", 3578.73, 3587.88, 3578.73, 3582.99, 0);
        assertBar(s, 59, "2006-01-02T14:00:00Z", 3594.85, 3595.11, 3594.45, 3594.79, 0);
    }

    @Test
    void yahooUsesCloseByDefault() throws DataException {
        LoadResult r = CsvBarLoader.load(sample("orcl-1995-2014.txt.gz"));
        BarSeries s = r.series();
        assertThat(s.symbol()).isEqualTo("orcl");
        assertThat(r.report().layout()).isEqualTo(Layout.YAHOO);
        assertThat(r.report().priceColumn()).isEqualTo(PriceColumn.CLOSE);
        assertThat(s.size()).isEqualTo(5036);
        assertBar(s, 0, "1995-01-03T00:00:00Z", 2.179012, 2.191358, 2.117284, 2.117284, 36301200);
        assertBar(s, 5035, "2014-12-31T00:00:00Z", 45.450001, 45.560001, 44.970001, 44.970001, 13269200);
    }

    @Test
    void yahooAdjCloseScalesTheWholeBar() throws DataException {
        LoadResult r = CsvBarLoader.load(sample("orcl-1995-2014.txt.gz"),
                LoadOptions.defaults().withPriceColumn(PriceColumn.ADJ_CLOSE).withSymbol("ORCL"));
        BarSeries s = r.series();
        assertThat(s.symbol()).isEqualTo("ORCL");
        assertThat(r.report().priceColumn()).isEqualTo(PriceColumn.ADJ_CLOSE);
        double ratio = 1.883304 / 2.117284;
        assertThat(s.close()[0]).isEqualTo(1.883304);
        assertThat(s.open()[0]).isCloseTo(2.179012 * ratio, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.high()[0]).isCloseTo(2.191358 * ratio, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.low()[0]).isEqualTo(1.883304);
        assertThat(s.volume()[0]).isEqualTo(36301200);
        assertThat(s.close()[5035]).isEqualTo(42.303135);
    }

    @Test
    void lowerCaseYahooWithoutFinalNewline() throws DataException {
        LoadResult r = CsvBarLoader.load(sample("sp500-2000.csv.gz"));
        BarSeries s = r.series();
        assertThat(r.report().layout()).isEqualTo(Layout.YAHOO);
        assertThat(s.size()).isEqualTo(5105);
        assertBar(s, 0, "2000-01-03T00:00:00Z", 1469.25, 1478.0, 1438.359985, 1455.219971, 931800000);
        assertBar(s, 5104, "2020-04-17T00:00:00Z", 2842.429932, 2879.219971, 2830.879883, 2874.560059, 5792140000.0);
    }

    @Test
    void timesAreStrictlyIncreasingAndBarsConsistentInEverySample() throws DataException {
        for (String name : Set.of("FILUSDT-1m-2023-08.csv.gz", "NEARUSDT-1m-2023-08.csv.gz", "2006-day-001.txt",
                "orcl-1995-2014.txt.gz", "sp500-2000.csv.gz")) {
            BarSeries s = CsvBarLoader.load(sample(name)).series();
            for (int i = 0; i < s.size(); i++) {
                if (i > 0) assertThat(s.time()[i]).as(name).isGreaterThan(s.time()[i - 1]);
                assertThat(s.high()[i]).as(name).isGreaterThanOrEqualTo(Math.max(s.open()[i], s.close()[i]));
                assertThat(s.low()[i]).as(name).isLessThanOrEqualTo(Math.min(s.open()[i], s.close()[i]));
            }
        }
    }

    static void assertBar(BarSeries s, int i, String time, double o, double h, double l, double c, double v) {
        assertThat(Times.toInstant(s.time()[i])).isEqualTo(Instant.parse(time));
        assertThat(new double[] {s.open()[i], s.high()[i], s.low()[i], s.close()[i], s.volume()[i]})
                .containsExactly(o, h, l, c, v);
    }
}
