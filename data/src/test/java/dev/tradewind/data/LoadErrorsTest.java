package dev.tradewind.data;

import static dev.tradewind.data.Samples.fixture;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadErrorsTest {
    private static final String F = "src/test/resources/fixtures/";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        bad-number.csv         | 3: field 'high': expected a number, got 'abc'
        bad-time-order.csv     | 4: time '2006-01-03' is not after the previous time '2006-01-04' (line 3)
        bad-high-low.csv       | 3: high 3600.00 is below low 3601.84
        bad-time.csv           | 3: field 'date': expected a date or time like 2006-01-02, 2006-01-02 09:30:00, 2006-01-02T09:30:00Z, 20060102 or epoch seconds/ms/µs, got '2006-13-01'
        bad-volume.csv         | 3: field 'volume': expected a number >= 0, got '-10'
        bad-fields.csv         | 3: expected 6 fields, got 4
        header-only.csv        | 1: no data rows after the header
        unknown-layout.csv     | 1: unknown layout: found columns [quote_date, strike, bid, ask], expected a time column (date, time, datetime, timestamp or open_time) and open, high, low, close, volume
        unknown-headerless.csv | 1: unknown layout: the first row has no header and 7 fields; a file without a header must be a 12-column Binance kline file
        bad-missing-column.csv | 1: missing columns 'high', 'volume': found [Date, Open, Low, Close, Vol], expected a time column (date, time, datetime, timestamp or open_time) and open, high, low, close, volume
        empty.csv              | ' empty file, expected a header row and data rows'
        """)
    void oneLineMessage(String file, String message) {
        assertThatThrownBy(() -> CsvBarLoader.load(fixture(file)))
                .isInstanceOf(DataException.class)
                .hasMessage(F + file + ":" + message);
    }

    @Test
    void adjCloseOnAFileWithoutIt() {
        assertThatThrownBy(() -> CsvBarLoader.load(fixture("no-adj-close.csv"),
                LoadOptions.defaults().withPriceColumn(PriceColumn.ADJ_CLOSE)))
                .hasMessage(F + "no-adj-close.csv:1: missing column 'adj close' (price column ADJ_CLOSE was chosen): "
                        + "found [Date, Open, High, Low, Close, Volume]");
    }

    @Test
    void lineNumbersCountBlankLines() {
        assertThatThrownBy(() -> Samples.read("\n\nDate,Open\n2006-01-02,1\n"))
                .hasMessageStartingWith("test.csv:3: missing columns 'high', 'low', 'close', 'volume': found [Date, Open]");
        assertThatThrownBy(() -> Samples.read("date,open,high,low,close,volume\n\n2006-01-02,1,1,1,1,x\n"))
                .hasMessage("test.csv:3: field 'volume': expected a number, got 'x'");
    }

    @Test
    void missingFile() {
        assertThatThrownBy(() -> CsvBarLoader.load(fixture("nope.csv")))
                .hasMessage(F + "nope.csv: file not found");
    }

    @Test
    void badRowsFailUnderRepairToo() {
        assertThatThrownBy(() -> CsvBarLoader.load(fixture("messy-unparseable.csv"),
                LoadOptions.defaults().withBadRows(BadRowPolicy.REPAIR)))
                .hasMessage(F + "messy-unparseable.csv:3: field 'high': expected a number, got 'x'");
    }

    @Test
    void inconsistentBarsNameTheFields() {
        assertThatThrownBy(() -> Samples.read("time,open,high,low,close,volume\n1,10,9.5,9,9.8,1\n"))
                .hasMessage("test.csv:2: high 9.5 is below open 10");
        assertThatThrownBy(() -> Samples.read("time,open,high,low,close,volume\n1,10,10.5,9,10.8,1\n"))
                .hasMessage("test.csv:2: high 10.5 is below close 10.8");
        assertThatThrownBy(() -> Samples.read("time,open,high,low,close,volume\n1,10,11,10.2,10.8,1\n"))
                .hasMessage("test.csv:2: low 10.2 is above open 10");
        assertThatThrownBy(() -> Samples.read("time,open,high,low,close,volume\n1,10,11,9.9,9.8,1\n"))
                .hasMessage("test.csv:2: low 9.9 is above close 9.8");
    }

    @Test
    void notANumberIsNotANumber() {
        assertThatThrownBy(() -> Samples.read("time,open,high,low,close,volume\n1,NaN,11,9,10,1\n"))
                .hasMessage("test.csv:2: field 'open': expected a number, got 'NaN'");
        assertThatThrownBy(() -> Samples.read("time,open,high,low,close,volume\n1,10,11,9,,1\n"))
                .hasMessage("test.csv:2: field 'close': expected a number, got ''");
    }

    @Test
    void localTimeSkippedByDaylightSaving() {
        assertThatThrownBy(() -> Samples.read("datetime,open,high,low,close,volume\n2023-03-26 02:30:00,1,1,1,1,1\n",
                LoadOptions.defaults().withZone(ZoneId.of("Europe/Berlin"))))
                .hasMessage("test.csv:2: field 'datetime': time '2023-03-26 02:30:00' does not exist in Europe/Berlin "
                        + "(skipped by a daylight-saving change)");
    }

    @Test
    void timeBeyondEpochNanoseconds() {
        assertThatThrownBy(() -> Samples.read("date,open,high,low,close,volume\n2300-01-01,1,1,1,1,1\n"))
                .hasMessage("test.csv:2: field 'date': time '2300-01-01' is outside 1677-09-21..2262-04-11, "
                        + "the range of epoch nanoseconds");
    }

    @Test
    void badBacktraderTimeOfDay() {
        assertThatThrownBy(() -> Samples.read("Date,Time,Open,High,Low,Close,Volume\n2006-01-02,9h05,1,1,1,1,0\n"))
                .hasMessage("test.csv:2: field 'Time': expected a time like 09:30:00, got '9h05'");
    }

    @Test
    void messagesStayOnOneLine() {
        assertThatThrownBy(() -> Samples.read("date,open,high,low,close,volume\n2006-01-02,\"1\n2\",1,1,1,1\n"))
                .hasMessage("test.csv:2: field 'open': expected a number, got '1\\n2'");
        assertThatThrownBy(() -> Samples.read("date,open,high,low,close,volume\n2006-01-02," + "9".repeat(50) + "x,1,1,1,1\n"))
                .hasMessage("test.csv:2: field 'open': expected a number, got '" + "9".repeat(40) + "...'");
    }

    @Test
    void truncatedGzip(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("date,open,high,low,close,volume\n2006-01-02,1,1,1,1,1\n".repeat(200).getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("cut.csv.gz");
        Files.write(file, Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2));
        assertThatThrownBy(() -> CsvBarLoader.load(file))
                .isInstanceOf(DataException.class)
                .hasMessage(file + ": cannot read: Unexpected end of ZLIB input stream");
    }

    @Test
    void aRowWithAnExtraFieldIsRefused() {
        // an unquoted thousands separator: "1,234" read as volume 1 before
        assertThatThrownBy(() -> Samples.read("date,open,high,low,close,volume\n2023-01-10,100,101,99,100,5\n"
                + "2023-01-11,100,101,99,100,1,234\n"))
                .isInstanceOf(DataException.class)
                .hasMessage("test.csv:3: 7 fields where the header has 6 (field 7: '234'); "
                        + "an unquoted comma inside a value, such as a thousands separator?");
    }

    @Test
    void aHeaderlessBinanceRowWithAnotherFieldCountIsRefused() {
        String row = "1690848000000,1,1,1,1,1,1690848059999,1,1,1,1,0";
        assertThatThrownBy(() -> Samples.read(row + "\n" + row.replace("1690848000000", "1690848060000") + ",9\n"))
                .hasMessage("test.csv:2: 13 fields where the first row has 12 (field 13: '9'); "
                        + "an unquoted comma inside a value, such as a thousands separator?");
    }

    @Test
    void controlCharactersInValuesAreEscaped() {
        assertThatThrownBy(() -> Samples.read("date,open,high,low,close,volume\n2006-01-02,\u001b]0;title\u0007\u001b[2J,1,1,1,1\n"))
                .hasMessage("test.csv:2: field 'open': expected a number, got '\\x1b]0;title\\x07\\x1b[2J'");
        assertThatThrownBy(() -> Samples.read("d\u001bate,open\n1,2\n"))
                .hasMessageContaining("found [d\\x1bate, open]");
    }
}
