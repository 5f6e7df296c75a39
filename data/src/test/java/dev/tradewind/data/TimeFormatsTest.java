package dev.tradewind.data;

import static dev.tradewind.data.Samples.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Times;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeFormatsTest {
    private static final String HEADER = "time,open,high,low,close,volume\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        2006-01-02                    | 2006-01-02T00:00:00Z     | DATE
        20060102                      | 2006-01-02T00:00:00Z     | COMPACT_DATE
        2006-01-02 09:30:00           | 2006-01-02T09:30:00Z     | LOCAL_DATE_TIME
        2006-01-02T09:30              | 2006-01-02T09:30:00Z     | LOCAL_DATE_TIME
        2006-01-02 09:30:00.25        | 2006-01-02T09:30:00.250Z | LOCAL_DATE_TIME
        2006-01-02T09:30:00Z          | 2006-01-02T09:30:00Z     | OFFSET_DATE_TIME
        2006-01-02T09:30:00+01:00     | 2006-01-02T08:30:00Z     | OFFSET_DATE_TIME
        2006-01-02T09:30:00-0500      | 2006-01-02T14:30:00Z     | OFFSET_DATE_TIME
        1136194200                    | 2006-01-02T09:30:00Z     | EPOCH_SECONDS
        1136194200000                 | 2006-01-02T09:30:00Z     | EPOCH_MILLIS
        1136194200000000              | 2006-01-02T09:30:00Z     | EPOCH_MICROS
        1136194200000000000           | 2006-01-02T09:30:00Z     | EPOCH_NANOS
        """)
    void formats(String text, String expected, TimeFormat format) throws DataException {
        LoadResult r = Samples.read(HEADER + text + ",1,1,1,1,1\n");
        assertThat(Times.toInstant(r.series().time()[0])).isEqualTo(Instant.parse(expected));
        assertThat(r.report().timeFormats()).containsExactly(format);
    }

    @Test
    void headerlessBinanceInMillisAndMicrosGiveTheSameBars() throws DataException {
        LoadResult ms = CsvBarLoader.load(fixture("binance-headerless-ms.csv"));
        LoadResult us = CsvBarLoader.load(fixture("binance-headerless-us.csv"));
        assertThat(ms.report().layout()).isEqualTo(Layout.BINANCE);
        assertThat(ms.report().timeFormats()).containsExactly(TimeFormat.EPOCH_MILLIS);
        assertThat(us.report().timeFormats()).containsExactly(TimeFormat.EPOCH_MICROS);
        assertThat(ms.series().size()).isEqualTo(10);
        assertThat(us.series().time()).containsExactly(ms.series().time());
        assertThat(us.series().close()).containsExactly(ms.series().close());
        assertThat(ms.series().symbol()).isEqualTo("binance");
        assertThat(Times.format(ms.series().time()[9])).isEqualTo("2023-08-01T00:09:00Z");
    }

    @Test
    void unitIsDetectedPerValueAcrossTheMillisToMicrosSwitch() throws DataException {
        LoadResult r = Samples.read(HEADER + "1735689540000,1,1,1,1,1\n1735689600000000,1,1,1,1,1\n");
        assertThat(r.report().timeFormats()).containsExactly(TimeFormat.EPOCH_MILLIS, TimeFormat.EPOCH_MICROS);
        assertThat(r.series().time()[1] - r.series().time()[0]).isEqualTo(60 * Times.NANOS_PER_SECOND);
    }

    @Test
    void zoneAppliesToLocalTimesOnly() throws DataException {
        LoadOptions ny = LoadOptions.defaults().withZone(ZoneId.of("America/New_York"));
        BarSeries s = Samples.read(HEADER + "2006-01-02,1,1,1,1,1\n2006-07-03 09:30:00,1,1,1,1,1\n"
                + "2006-07-04T00:00:00Z,1,1,1,1,1\n1152057600,1,1,1,1,1\n", ny).series();
        assertThat(Times.format(s.time()[0])).isEqualTo("2006-01-02T05:00:00Z");
        assertThat(Times.format(s.time()[1])).isEqualTo("2006-07-03T13:30:00Z");
        assertThat(Times.format(s.time()[2])).isEqualTo("2006-07-04T00:00:00Z");
        assertThat(Times.format(s.time()[3])).isEqualTo("2006-07-05T00:00:00Z");
    }

    @Test
    void repeatedLocalHourAtTheEndOfDaylightSavingStaysIncreasing() throws DataException {
        LoadOptions berlin = LoadOptions.defaults().withZone(ZoneId.of("Europe/Berlin"));
        BarSeries s = Samples.read(HEADER + "2023-10-29 01:30,1,1,1,1,1\n2023-10-29 02:30,1,1,1,1,1\n"
                + "2023-10-29 02:30,1,1,1,1,1\n2023-10-29 03:30,1,1,1,1,1\n", berlin).series();
        assertThat(java.util.Arrays.stream(s.time()).mapToObj(Times::format)).containsExactly("2023-10-28T23:30:00Z",
                "2023-10-29T00:30:00Z", "2023-10-29T01:30:00Z", "2023-10-29T02:30:00Z");
    }

    @Test
    void aDateWhoseMidnightIsSkippedStartsAtTheDaysFirstInstant() throws DataException {
        LoadOptions saoPaulo = LoadOptions.defaults().withZone(ZoneId.of("America/Sao_Paulo"));
        BarSeries s = Samples.read(HEADER + "2018-11-03,1,1,1,1,1\n2018-11-04,1,1,1,1,1\n", saoPaulo).series();
        assertThat(Times.format(s.time()[0])).isEqualTo("2018-11-03T03:00:00Z");
        assertThat(Times.format(s.time()[1])).isEqualTo("2018-11-04T03:00:00Z");
    }

    @Test
    void backtraderDateAndTimeInAZone() throws DataException {
        LoadResult r = CsvBarLoader.load(fixture("backtrader-2006-min-005-head.txt"),
                LoadOptions.defaults().withZone(ZoneId.of("Europe/Berlin")));
        assertThat(Times.format(r.series().time()[0])).isEqualTo("2006-01-02T08:05:00Z");
        assertThat(r.report().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void pandasIndexColumnWithoutAName() throws DataException {
        BarSeries s = Samples.read(",Open,High,Low,Close,Volume\n2017-04-19 09:00:00,1.0716,1.0722,1.07083,1.07219,1413\n")
                .series();
        assertThat(Times.format(s.time()[0])).isEqualTo("2017-04-19T09:00:00Z");
    }

    @Test
    void headerNamesInAnyCaseAndOrderWithBomAndExtraColumns() throws DataException {
        BarSeries s = Samples.read("\uFEFFVOLUME,Close,extra,LOW,High,Open,TimeStamp\n5,2,x,1,3,1.5,1136194200\n").series();
        assertThat(new double[] {s.open()[0], s.high()[0], s.low()[0], s.close()[0], s.volume()[0]})
                .containsExactly(1.5, 3, 1, 2, 5);
    }

    @Test
    void symbolFromFileName() {
        assertThat(CsvBarLoader.symbolOf("FILUSDT-1m-2023-08.csv.gz")).isEqualTo("FILUSDT");
        assertThat(CsvBarLoader.symbolOf("/data/x/ETHUSDT_1h.csv")).isEqualTo("ETHUSDT");
        assertThat(CsvBarLoader.symbolOf("GOOG.csv")).isEqualTo("GOOG");
        assertThat(CsvBarLoader.symbolOf("SPX")).isEqualTo("SPX");
    }

    @Test
    void badTimesAreRejected() {
        for (String bad : new String[] {"2006-02-30", "2006-01-02 25:00", "2006-01-02T09:30:00+25:00", "06-01-02",
            "2006/01/02", "1.5e9", "2006-01-02 9:30"}) {
            assertThatThrownBy(() -> Samples.read(HEADER + bad + ",1,1,1,1,1\n")).as(bad)
                    .hasMessage("test.csv:2: field 'time': " + TimeParser.EXPECTED + ", got '" + bad + "'");
        }
    }
}
