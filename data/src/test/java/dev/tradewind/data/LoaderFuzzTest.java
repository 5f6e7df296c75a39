package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Printable;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Fuzzing the CSV loader with jqwik generators (a fixed number of tries, a few seconds in CI): any input ends in bars
 * or in one DataException line without control characters; valid rows are read exactly; a row broken in a way that
 * changes its meaning is refused at its line, never read as something else.
 */
class LoaderFuzzTest {
    private static final String HEADER = "date,open,high,low,close,volume";

    /**
     * What the loader may do with any bytes: load, or refuse with one clean line; and reading the bytes as a file is
     * read (straight from the bytes when they are plain text) gives what FastCSV gives for the decoded text.
     */
    private static void loadsOrRefusesCleanly(String text) {
        LoadResult chars = null;
        String refused = null;
        try {
            chars = CsvBarLoader.read("fuzz.csv", new StringReader(text), LoadOptions.defaults());
        } catch (DataException e) {
            assertThat(e.getMessage()).startsWith("fuzz.csv").isEqualTo(Printable.escape(e.getMessage()));
            refused = e.getMessage();
        }
        for (LoadOptions o : new LoadOptions[] {LoadOptions.defaults(), LoadOptions.defaults().withBadRows(BadRowPolicy.SKIP)}) {
            if (o != LoadOptions.defaults()) {
                try {
                    chars = CsvBarLoader.read("fuzz.csv", new StringReader(text), o);
                    refused = null;
                } catch (DataException e) {
                    refused = e.getMessage();
                }
            }
            try {
                LoadResult bytes = CsvBarLoader.read("fuzz.csv", text.getBytes(StandardCharsets.UTF_8), o);
                assertThat(refused).as("refused from chars, loaded from bytes").isNull();
                Samples.assertSame(chars, bytes);
            } catch (DataException e) {
                assertThat(e.getMessage()).as("from bytes").isEqualTo(refused);
            }
        }
    }

    @Property(tries = 3000)
    void anyTextLoadsOrIsRefusedInOneCleanLine(@ForAll("csvLike") String text) {
        loadsOrRefusesCleanly(text);
    }

    @Property(tries = 300)
    void anyBytesLoadOrAreRefusedInOneCleanLine(@ForAll @Size(max = 400) byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        loadsOrRefusesCleanly(text);
        try {
            CsvBarLoader.read("fuzz.csv", new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1),
                    LoadOptions.defaults());
        } catch (DataException e) {
            assertThat(e.getMessage()).isEqualTo(Printable.escape(e.getMessage()));
        }
    }

    /** Text made of the pieces CSV files are made of, so the fuzzer reaches deep into the loader. */
    @Provide
    Arbitrary<String> csvLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(",", "\n", "\r\n", "\"", " ", "-", ".", "e", "1", "0", "99", "2023-01-11", "2023-01-11T10:00:00Z",
                        "10:00", "1690848000000", HEADER, "Date,Open,High,Low,Close,Adj Close,Volume", "NaN", "\u001b[2J",
                        "\u0000", "\u0007", "\uFEFF", "\u202e", "x", "1,234"),
                Arbitraries.strings().ofMaxLength(6));
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    private record Row(long day, double open, double high, double low, double close, double volume) {
        String csv() {
            return java.time.LocalDate.ofEpochDay(day) + "," + num(open) + "," + num(high) + "," + num(low) + "," + num(close)
                    + "," + num(volume);
        }

        private static String num(double x) { return new java.math.BigDecimal(Double.toString(x)).toPlainString(); }
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Double> price = Arbitraries.integers().between(1, 10_000_000).map(i -> i / 100.0);
        Arbitrary<Row> row = Combinators.combine(price, price, price, price, Arbitraries.integers().between(0, 1_000_000))
                .as((a, b, c, d, v) -> {
                    double hi = Math.max(Math.max(a, b), Math.max(c, d));
                    double lo = Math.min(Math.min(a, b), Math.min(c, d));
                    return new Row(0, a, hi, lo, d, v);
                });
        return row.list().ofMinSize(1).ofMaxSize(30).map(list -> {
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Row r = list.get(i);
                out.add(new Row(19_000 + i, r.open, r.high, r.low, r.close, r.volume));
            }
            return out;
        });
    }

    private static String file(List<Row> rows) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Row r : rows) b.append(r.csv()).append('\n');
        return b.toString();
    }

    @Property(tries = 300)
    void validRowsAreReadExactly(@ForAll("rows") List<Row> rows) throws DataException {
        BarSeries s = CsvBarLoader.read("fuzz.csv", new StringReader(file(rows)), LoadOptions.defaults()).series();
        assertThat(s.size()).isEqualTo(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            assertThat(new double[] {s.open()[i], s.high()[i], s.low()[i], s.close()[i], s.volume()[i]})
                    .containsExactly(r.open, r.high, r.low, r.close, r.volume);
        }
    }

    /** Ways to break one field that change what the row says; each must be refused at that row's line. */
    private static final String[] BREAKS = {"extra-field", "missing-field", "letter", "empty", "suffix", "hex", "second-dot"};

    @Property(tries = 600)
    void aBrokenRowIsRefusedAtItsLineNeverReadAsSomethingElse(@ForAll("rows") List<Row> rows, @ForAll @IntRange(max = 1000) int which,
            @ForAll @IntRange(min = 1, max = 5) int field, @ForAll @IntRange(max = 6) int how) {
        int at = which % rows.size();
        String[] f = rows.get(at).csv().split(",", -1);
        String broken = switch (BREAKS[how]) {
            case "extra-field" -> String.join(",", f) + ",234";
            case "missing-field" -> String.join(",", java.util.Arrays.copyOf(f, 5));
            default -> {
                f[field] = switch (BREAKS[how]) {
                    case "letter" -> f[field].substring(0, 1) + "x" + f[field].substring(1);
                    case "empty" -> "";
                    case "suffix" -> f[field] + (field % 2 == 0 ? "d" : "F");
                    case "hex" -> "0x" + f[field].replace(".", "") + "p0";
                    default -> f[field].contains(".") ? f[field] + ".5" : f[field] + ".5.5";
                };
                yield String.join(",", f);
            }
        };
        List<String> lines = new ArrayList<>();
        for (Row r : rows) lines.add(r.csv());
        lines.set(at, broken);
        String text = HEADER + "\n" + String.join("\n", lines) + "\n";
        assertThatThrownBy(() -> CsvBarLoader.read("fuzz.csv", new StringReader(text), LoadOptions.defaults()))
                .as(BREAKS[how] + ": " + broken.toLowerCase(Locale.ROOT))
                .isInstanceOf(DataException.class).hasMessageStartingWith("fuzz.csv:" + (at + 2) + ":");
    }
}
