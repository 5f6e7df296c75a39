package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The compact equity encoding gives back every bit, and refuses a blob that is not one. */
class PackedTest {
    @Property
    void anyDoublesRoundTrip(@ForAll double[] a) throws SQLException {
        double[] back = new double[a.length + 2];
        Packed.doublesXor(Packed.doublesXor(withEdges(a), 0, a.length), back, 1, a.length);
        for (int i = 0; i < a.length; i++) {
            assertThat(Double.doubleToRawLongBits(back[i + 1])).isEqualTo(Double.doubleToRawLongBits(withEdges(a)[i]));
        }
    }

    @Property
    void anyLongsRoundTrip(@ForAll long[] a) throws SQLException {
        long[] back = new long[a.length];
        Packed.timesXor(Packed.timesXor(a, 0, a.length), back, 0, a.length);
        assertThat(back).isEqualTo(a);
    }

    @Test
    void evenBarsAndFlatCashTakeAlmostNothing() throws SQLException {
        int n = Packed.CHUNK;
        long[] time = new long[n];
        double[] cash = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = 1_690_848_000_000_000_000L + i * 60_000_000_000L;
            cash[i] = i < n / 2 ? 10_000 : 9_876.54321;
        }
        byte[] t = Packed.timesXor(time, 0, n);
        byte[] c = Packed.doublesXor(cash, 0, n);
        assertThat(t.length).isLessThan(24);
        assertThat(c.length).isLessThan(24);
        long[] tb = new long[n];
        double[] cb = new double[n];
        Packed.timesXor(t, tb, 0, n);
        Packed.doublesXor(c, cb, 0, n);
        assertThat(tb).isEqualTo(time);
        assertThat(cb).isEqualTo(cash);
    }

    @Test
    void aSliceIsEncodedOnItsOwn() throws SQLException {
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] back = new double[3];
        Packed.doublesXor(Packed.doublesXor(a, 2, 3), back, 0, 3);
        assertThat(back).containsExactly(3, 4, 5);
    }

    @Test
    void aMalformedBlobIsAnSqlException() {
        double[] a = {1.5, 1.5, 1.5, 2.25, -0.0};
        byte[] ok = Packed.doublesXor(a, 0, a.length);
        assertThatThrownBy(() -> Packed.doublesXor(Arrays.copyOf(ok, ok.length - 1), new double[5], 0, 5))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> Packed.doublesXor(ok, new double[6], 0, 6)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> Packed.doublesXor(ok, new double[4], 0, 4)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> Packed.doublesXor(new byte[] {(byte) 0x44}, new double[1], 0, 1))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> Packed.doublesXor(null, new double[1], 0, 1)).isInstanceOf(SQLException.class);
    }

    /** Forces the values a random generator rarely picks: NaN payloads, signed zeros, infinities, extremes. */
    private static double[] withEdges(double[] a) {
        double[] edges = {Double.NaN, Double.longBitsToDouble(0x7ff8_0000_0000_0001L), -0.0, 0.0, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MAX_VALUE};
        double[] out = a.clone();
        for (int i = 0; i < out.length; i += 3) out[i] = edges[(i / 3) % edges.length];
        return out;
    }
}
