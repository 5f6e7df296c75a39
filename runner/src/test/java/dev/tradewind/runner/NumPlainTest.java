package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** {@link Num#plain} gives the text of BigDecimal's plain string of the double's shortest decimal, for any double. */
class NumPlainTest {
    private static String byBigDecimal(double x) {
        if (Double.isNaN(x)) return "";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return "0";
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    @Property(tries = 20_000)
    void anyBitPattern(@ForAll long bits) {
        double x = Double.longBitsToDouble(bits);
        assertThat(Num.plain(x)).isEqualTo(byBigDecimal(x));
    }

    @Property(tries = 20_000)
    void pricesAndSizes(@ForAll @DoubleRange(min = -1e7, max = 1e7) double x) {
        assertThat(Num.plain(x)).isEqualTo(byBigDecimal(x));
    }

    @Test
    void edges() {
        double[] xs = {1, -1, 0.5, 10, 100, 1e7, 1e-3, 1e-4, 0.001, 1.0E-5, 123456789.0, 1e21, 1.5e22, -2.5e-12, 0.1 + 0.2,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, 1234567.125, 99.99999999999999,
            -0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 100.00235417039403, 1788.0};
        for (double x : xs) assertThat(Num.plain(x)).as("%s", x).isEqualTo(byBigDecimal(x));
        assertThat(Num.plain(1e-7)).isEqualTo("0.0000001");
        assertThat(Num.plain(2.5e10)).isEqualTo("25000000000");
        assertThat(Num.plain(-12.50)).isEqualTo("-12.5");
    }
}
