package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.BarSeries;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The loader parses numbers and times from the chars FastCSV hands over, copied into one reused row: checked on
 * random files (every time format, whitespace, quotes, CRLF, blank lines, a BOM, extra columns, rows across the
 * parser's 8 K buffer refills, plain, gzip and from a Reader) against the values the files were written from, and on
 * messages that must name the right line and text after a refill.
 */
class RowParsingTest {
    private static final long NS = 1_000_000_000L;

    private enum Style { EPOCH_S, EPOCH_MS, EPOCH_US, EPOCH_NS, LOCAL, OFFSET, DATE, COMPACT, DATE_AND_TIME }

    /** A file and the bars it holds. */
    private record Sample(String text, long[] time, double[][] ohlcv) {}

    private static Sample sample(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Style style = Style.values()[rnd.nextInt(Style.values().length)];
        int n = 1 + rnd.nextInt(rnd.nextBoolean() ? 30 : 1500);
        boolean daily = style == Style.DATE || style == Style.COMPACT;
        long t = LocalDate.of(1975 + rnd.nextInt(220), 1, 1).toEpochDay() * 86_400 * NS;
        String eol = rnd.nextBoolean() ? "\n" : "\r\n";
        List<String> header = new ArrayList<>(List.of(
                switch (style) {
                    case EPOCH_S, EPOCH_MS, EPOCH_US, EPOCH_NS -> rnd.nextBoolean() ? "timestamp" : "Open Time";
                    case LOCAL, OFFSET -> "\"DateTime\"";
                    case DATE, COMPACT -> " date ";
                    case DATE_AND_TIME -> "Date";
                }, "Open", "high", "LOW", "close", "Volume", "\"note, quoted\""));
        if (style == Style.DATE_AND_TIME) header.add("Time");
        int[] order = shuffled(header.size(), rnd);
        StringBuilder b = new StringBuilder(rnd.nextBoolean() ? "\uFEFF" : "");
        line(b, header.toArray(String[]::new), order, eol);
        long[] times = new long[n];
        double[][] v = new double[5][n];
        for (int i = 0; i < n; i++) {
            t += daily ? (1 + rnd.nextInt(3)) * 86_400 * NS : step(style, rnd);
            times[i] = t;
            double a = price(rnd);
            double c = price(rnd);
            v[0][i] = a;
            v[1][i] = Math.max(a, c) * (1 + rnd.nextInt(100) / 1000.0);
            v[2][i] = Math.min(a, c) * (1 - rnd.nextInt(100) / 1000.0);
            v[3][i] = c;
            v[4][i] = rnd.nextInt(4) == 0 ? rnd.nextInt(1000) : rnd.nextDouble() * 1e6;
            String[] f = new String[header.size()];
            if (style != Style.DATE_AND_TIME) f[0] = time(style, t, rnd);
            for (int k = 0; k < 5; k++) f[1 + k] = number(v[k][i], rnd);
            f[6] = rnd.nextBoolean() ? "" : "\"a, \"\"b\"\"\r\nc\"";
            if (style == Style.DATE_AND_TIME) {
                LocalDateTime at = LocalDateTime.ofEpochSecond(Math.floorDiv(t, NS), (int) Math.floorMod(t, NS), ZoneOffset.UTC);
                f[0] = pad(at.toLocalDate().toString(), rnd);
                f[7] = pad(at.toLocalTime().toString(), rnd);
            }
            if (rnd.nextInt(50) == 0) b.append(eol); // a blank line, skipped
            line(b, f, order, eol);
        }
        if (rnd.nextBoolean()) b.setLength(b.length() - eol.length()); // no newline at the end
        return new Sample(b.toString(), times, v);
    }

    private static long step(Style style, SplittableRandom rnd) {
        long s = (1 + rnd.nextInt(3600)) * NS;
        return switch (style) {
            case EPOCH_S -> s;
            case EPOCH_MS -> s + rnd.nextInt(1000) * 1_000_000L;
            case EPOCH_US -> s + rnd.nextInt(1_000_000) * 1_000L;
            default -> s + rnd.nextInt(1_000_000_000);
        };
    }

    private static String time(Style style, long t, SplittableRandom rnd) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(Math.floorDiv(t, NS), (int) Math.floorMod(t, NS), ZoneOffset.UTC);
        String s = switch (style) {
            case EPOCH_S -> Long.toString(t / NS);
            case EPOCH_MS -> Long.toString(t / 1_000_000);
            case EPOCH_US -> Long.toString(t / 1_000);
            case EPOCH_NS -> Long.toString(t);
            case LOCAL -> utc.toString().replace('T', rnd.nextBoolean() ? 'T' : ' ');
            case OFFSET -> {
                ZoneOffset off = ZoneOffset.ofTotalSeconds((rnd.nextInt(36) - 18) * 3600 + (rnd.nextBoolean() ? 0 : 1800));
                String id = off.getTotalSeconds() == 0 && rnd.nextBoolean() ? "+00" : off.getId();
                yield utc.atOffset(ZoneOffset.UTC).withOffsetSameInstant(off).toLocalDateTime() + id;
            }
            case DATE -> utc.toLocalDate().toString();
            case COMPACT -> utc.toLocalDate().toString().replace("-", "");
            case DATE_AND_TIME -> throw new IllegalStateException();
        };
        return pad(s, rnd);
    }

    private static double price(SplittableRandom rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> 1 + rnd.nextInt(100_000) / 100.0;
            case 1 -> rnd.nextDouble() * 1e5 + 1e-9;
            default -> Math.scalb(1 + rnd.nextDouble(), rnd.nextInt(-30, 30));
        };
    }

    /** A number as files write it: shortest, plain or with many digits; sometimes padded or quoted. */
    private static String number(double x, SplittableRandom rnd) {
        String s = switch (rnd.nextInt(3)) {
            case 0 -> Double.toString(x);
            case 1 -> new java.math.BigDecimal(Double.toString(x)).toPlainString();
            default -> new java.math.BigDecimal(x).toPlainString(); // the exact binary value: long, reads back exactly
        };
        return pad(s, rnd);
    }

    private static String pad(String s, SplittableRandom rnd) {
        return switch (rnd.nextInt(8)) {
            case 0 -> " " + s;
            case 1 -> s + " \t";
            case 2 -> "\"" + s + "\"";
            case 3 -> "\" " + s + "\"";
            default -> s;
        };
    }

    private static int[] shuffled(int n, SplittableRandom rnd) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(i);
        Collections.shuffle(l, new java.util.Random(rnd.nextLong()));
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void line(StringBuilder b, String[] fields, int[] order, String eol) {
        for (int i = 0; i < order.length; i++) b.append(i == 0 ? "" : ",").append(fields[order[i]]);
        b.append(eol);
    }

    private static void assertHolds(BarSeries s, Sample f, String how) {
        assertThat(s.time()).as(how).containsExactly(f.time());
        assertThat(s.open()).as(how).containsExactly(f.ohlcv()[0]);
        assertThat(s.high()).as(how).containsExactly(f.ohlcv()[1]);
        assertThat(s.low()).as(how).containsExactly(f.ohlcv()[2]);
        assertThat(s.close()).as(how).containsExactly(f.ohlcv()[3]);
        assertThat(s.volume()).as(how).containsExactly(f.ohlcv()[4]);
    }

    @Property(tries = 60)
    void randomFilesReadBackExactlyFromAReaderAPlainFileAndGzip(@ForAll long seed) throws Exception {
        Sample f = sample(seed);
        assertHolds(CsvBarLoader.read("t.csv", new StringReader(f.text()), LoadOptions.defaults()).series(), f, "reader");
        Path dir = Files.createTempDirectory("rows");
        try {
            Path plain = dir.resolve("t.csv");
            Files.writeString(plain, f.text(), StandardCharsets.UTF_8);
            assertHolds(CsvBarLoader.load(plain).series(), f, "plain");
            Path gz = dir.resolve("t.csv.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
                out.write(f.text().getBytes(StandardCharsets.UTF_8));
            }
            assertHolds(CsvBarLoader.load(gz).series(), f, "gzip");
            Files.delete(plain);
            Files.delete(gz);
        } finally {
            Files.delete(dir);
        }
    }

    /** Rows of about 100 chars, so line 200 lies well past FastCSV's first 8,192-char buffer. */
    private static String rows(int count) {
        StringBuilder b = new StringBuilder("datetime,open,high,low,close,volume,comment\n");
        for (int i = 0; i < count; i++) {
            b.append(LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(i)).append(",100.25,101.5,99.75,100.5,1234.5,")
                    .append("\"").append("x".repeat(40)).append("\"\n");
        }
        return b.toString();
    }

    @Test
    void aBadValueAfterBufferRefillsIsNamedWithItsLineAndText() {
        String text = rows(400).replace("2024-01-01T04:00,100.25,101.5", "2024-01-01T04:00,100.25,\"10 1.5\"");
        assertThatThrownBy(() -> Samples.read(text))
                .hasMessage("test.csv:242: field 'high': expected a number, got '10 1.5'");
    }

    @Test
    void aTimeGoingBackNamesThePreviousKeptRowAcrossRefillsAndSkippedDuplicates() {
        String text = rows(300) + "2024-01-01T04:59,100.25,101.5,99.75,100.5,1,dup\n"
                + "2024-01-01T04:58:30,100.25,101.5,99.75,100.5,1,back\n";
        assertThatThrownBy(() -> Samples.read(text, LoadOptions.defaults().withBadRows(BadRowPolicy.REPAIR)))
                .hasMessage("test.csv:303: time '2024-01-01T04:58:30' is not after the previous time "
                        + "'2024-01-01T04:59' (line 301)");
        String twoColumns = "Date,Time,Open,High,Low,Close,Volume\n" + "2006-01-02, 09:30 ,1,1,1,1,0\n"
                + "2006-01-02,09:31,1,1,1,1,0\n".repeat(2) + "2006-01-02,09:30:59,1,1,1,1,0\n";
        assertThatThrownBy(() -> Samples.read(twoColumns, LoadOptions.defaults().withBadRows(BadRowPolicy.REPAIR)))
                .hasMessage("test.csv:5: time '2006-01-02 09:30:59' is not after the previous time '2006-01-02 09:31' (line 3)");
    }

    @Test
    void rowsWithManyFieldsAndLongFieldsGrowTheRow() throws DataException {
        StringBuilder head = new StringBuilder("time");
        StringBuilder row = new StringBuilder("1700000000");
        for (int i = 0; i < 40; i++) {
            head.append(",c").append(i);
            row.append(",").append("y".repeat(i * 20));
        }
        String digits = "0." + "0".repeat(300) + "15";
        String text = head + ",open,high,low,close,volume\n" + row + ",1,2," + digits + ",1.5,2\n";
        LoadResult r = Samples.read(text);
        assertThat(r.series().low()).containsExactly(Double.parseDouble(digits));
        assertThat(r.series().time()).containsExactly(1_700_000_000L * NS);
    }

    @Test
    void tooManyFieldsIsMalformedCsvAsBefore() {
        String text = "time,open,high,low,close,volume\n1," + "1,".repeat(20_000) + "1\n";
        assertThatThrownBy(() -> Samples.read(text))
                .isInstanceOf(DataException.class)
                .hasMessage("test.csv: malformed CSV: Exception when reading record that started in line 2")
                .cause().cause().hasMessage("Maximum number of fields exceeded: 16384");
    }

    @Test
    void headerVariantsStillDetectTheirLayout() throws DataException {
        assertThat(Samples.read("\uFEFF\"Date\",\"Open\",\"High\",\"Low\",\"Close\",\"Adj Close\",\"Volume\"\r\n"
                + "2024-01-02,10,12,9,11,5.5,100\r\n").report().layout()).isEqualTo(Layout.YAHOO);
        assertThat(Samples.read(" open_time , open , high , low , close , volume , close_time \n"
                + "1700000000000,1,1,1,1,1,1700000059999\n").report().layout()).isEqualTo(Layout.BINANCE);
        LoadResult headerless = Samples.read(" 1700000000000,1,2,0.5,1.5,7,1700000059999,0,0,0,0,0\n");
        assertThat(headerless.report().layout()).isEqualTo(Layout.BINANCE);
        assertThat(headerless.series().close()).containsExactly(1.5);
        assertThat(Samples.read("Date,Time,Open,High,Low,Close,Volume\n2006-01-02,09:30:00,1,1,1,1,0\n").series().time())
                .containsExactly(Instant.parse("2006-01-02T09:30:00Z").getEpochSecond() * NS);
    }

    @Test
    void aDateTimePastEpochNanosecondsIsOutOfRangeNotWrappedAround() {
        assertThatThrownBy(() -> Samples.read("datetime,open,high,low,close,volume\n2262-04-11 23:50:00,1,1,1,1,1\n"))
                .hasMessage("test.csv:2: field 'datetime': time '2262-04-11 23:50:00' is outside 1677-09-21..2262-04-11, "
                        + "the range of epoch nanoseconds");
        assertThatThrownBy(() -> Samples.read("Date,Time,Open,High,Low,Close,Volume\n2262-04-11,23:50,1,1,1,1,0\n"))
                .hasMessage("test.csv:2: field 'Date': time '2262-04-11 23:50' is outside 1677-09-21..2262-04-11, "
                        + "the range of epoch nanoseconds");
    }

    @Test
    void theSameDateTwiceIsCheckedOnceButAnotherBadDateIsStillRefused() throws DataException {
        String text = "datetime,open,high,low,close,volume\n2024-02-29 10:00,1,1,1,1,1\n2024-02-29 11:00,1,1,1,1,1\n"
                + "2023-02-29 12:00,1,1,1,1,1\n";
        assertThatThrownBy(() -> Samples.read(text))
                .hasMessage("test.csv:4: field 'datetime': " + TimeParser.EXPECTED + ", got '2023-02-29 12:00'");
        assertThat(Samples.read(text.replace("2023-02-29", "2024-03-01")).series().time()).containsExactly(
                Instant.parse("2024-02-29T10:00:00Z").getEpochSecond() * NS,
                Instant.parse("2024-02-29T11:00:00Z").getEpochSecond() * NS,
                Instant.parse("2024-03-01T12:00:00Z").getEpochSecond() * NS);
        assertThatThrownBy(() -> Samples.read(text.replace("2023-02-29 12:00", "20240230")))
                .hasMessage("test.csv:4: field 'datetime': " + TimeParser.EXPECTED + ", got '20240230'");
    }

    @Test
    void javaOnlyNumberSyntaxIsRefusedWhateverBlanksSurroundIt() throws DataException {
        for (String v : new String[] {"1.5d", " 1.5F ", "1.5d\u0001", "0x1p3", "\u0001 -0X1P3\t", "+0x1.8p1"}) {
            assertThatThrownBy(() -> Samples.read("time,open,high,low,close,volume\n1,1,1,1,1," + v + "\n")).as(v)
                    .hasMessage("test.csv:2: field 'volume': expected a number, got '" + dev.tradewind.model.Printable.escape(v) + "'");
        }
        assertThat(Samples.read("time,open,high,low,close,volume\n1,+0.5,\u0001 1 ,0,.5,0\n").series().high())
                .containsExactly(1.0);
    }

    @Test
    void aTruncatedGzipIsReportedAfterTheRowsBeforeTheCutAsBefore() throws IOException {
        Path dir = Files.createTempDirectory("rows");
        Path file = dir.resolve("cut.csv.gz");
        try {
            Files.write(file, cut(rows(3000).replace("2024-01-01T00:10,100.25", "2024-01-01T00:10,1OO")));
            assertThatThrownBy(() -> CsvBarLoader.load(file))
                    .hasMessage(file + ":12: field 'open': expected a number, got '1OO'");
            Files.write(file, cut(rows(3000))); // the same without the bad row
            assertThatThrownBy(() -> CsvBarLoader.load(file))
                    .hasMessage(file + ": cannot read: Unexpected end of ZLIB input stream");
        } finally {
            Files.deleteIfExists(file);
            Files.delete(dir);
        }
    }

    private static byte[] cut(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    }
}
