package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Packed columns (V7) give back every row of every column, in order, and refuse a blob that is not one. */
class ColumnsTest {
    @Property
    void anyTableRoundTrips(@ForAll("tables") List<Row> rows) throws SQLException {
        int n = rows.size();
        long[] a = new long[n];
        double[] b = new double[n];
        String[] c = new String[n];
        long[] d = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = rows.get(i).id();
            b[i] = rows.get(i).x();
            c[i] = rows.get(i).text();
            d[i] = rows.get(i).flag() ? 1 : 0;
        }
        Columns.Texts texts = new Columns.Texts(n);
        for (int i = 0; i < n; i++) texts.set(i, c[i]);
        byte[] blob = new Columns.Writer(n).longs(a).doubles(b).texts(texts).longs(d).finish();
        Columns.Reader r = new Columns.Reader(blob, n, "test");
        assertThat(r.longs()).isEqualTo(a);
        double[] back = r.doubles();
        for (int i = 0; i < n; i++) assertThat(Double.doubleToRawLongBits(back[i])).isEqualTo(Double.doubleToRawLongBits(b[i]));
        assertThat(r.texts()).isEqualTo(c);
        assertThat(r.longs()).isEqualTo(d);
        r.end();
    }

    record Row(long id, double x, String text, boolean flag) {}

    /** Any ids, any double bits (NaN payloads too), texts from a few repeated values and any text without surrogates. */
    @Provide
    Arbitrary<List<Row>> tables() {
        Arbitrary<String> texts = Arbitraries.oneOf(Arbitraries.of("", "BUY", "SELL", "sent"),
                Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(12));
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs().map(Double::longBitsToDouble), texts,
                Arbitraries.of(true, false)).as(Row::new).list().ofMaxSize(300);
    }

    @Test
    void textsKeepEveryValueIncludingEmptyAndNonAscii() throws SQLException {
        String[] s = {"", "BUY", "SELL", "BUY", "", "ünïcødé €", "a,b;\"c\"\n", "SELL", "🙂"};
        Columns.Texts t = new Columns.Texts(s.length);
        for (int i = 0; i < s.length; i++) t.set(i, s[i]);
        Columns.Reader r = new Columns.Reader(new Columns.Writer(s.length).texts(t).finish(), s.length, "test");
        assertThat(r.texts()).containsExactly(s);
        r.end();
    }

    @Test
    void aRepeatedValueIsStoredOnce() {
        int n = 40_000;
        Columns.Texts t = new Columns.Texts(n);
        for (int i = 0; i < n; i++) t.set(i, i % 2 == 0 ? "BUY" : "SELL");
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) ids[i] = i + 1;
        assertThat(new Columns.Writer(n).longs(ids).finish().length).isLessThan(16);
        assertThat(new Columns.Writer(n).texts(t).finish().length).isLessThan(3 * n);
    }

    @Test
    void anEmptyTableRoundTrips() throws SQLException {
        byte[] blob = new Columns.Writer(0).longs(new long[0]).texts(new Columns.Texts(0)).doubles(new double[0]).finish();
        Columns.Reader r = new Columns.Reader(blob, 0, "test");
        assertThat(r.longs()).isEmpty();
        assertThat(r.texts()).isEmpty();
        assertThat(r.doubles()).isEmpty();
        r.end();
    }

    @Test
    void aNullTextOrAColumnOfAnotherLengthIsRefused() {
        assertThatThrownBy(() -> new Columns.Texts(2).set(1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Columns.Writer(3).longs(new long[2])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMalformedBlobIsAnSqlException() {
        long[] ids = {1, 2, 3, 5, 8};
        Columns.Texts t = new Columns.Texts(5);
        for (int i = 0; i < 5; i++) t.set(i, "v" + i);
        byte[] blob = new Columns.Writer(5).longs(ids).texts(t).finish();
        // cut short, one byte too many, a row count that is not the blob's, a column read that is not there
        assertThatThrownBy(() -> readAll(Arrays.copyOf(blob, blob.length - 1), 5)).isInstanceOf(SQLException.class)
                .hasMessageContaining("run 1 orders");
        assertThatThrownBy(() -> readAll(Arrays.copyOf(blob, blob.length + 1), 5)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> readAll(blob, 4)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> readAll(blob, 6)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> {
            Columns.Reader r = new Columns.Reader(blob, 5, "run 1 orders");
            r.longs();
            r.texts();
            r.longs();
        }).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> new Columns.Reader(null, 5, "run 1 orders")).isInstanceOf(SQLException.class);
    }

    private static void readAll(byte[] blob, int rows) throws SQLException {
        Columns.Reader r = new Columns.Reader(blob, rows, "run 1 orders");
        r.longs();
        r.texts();
        r.end();
    }
}
