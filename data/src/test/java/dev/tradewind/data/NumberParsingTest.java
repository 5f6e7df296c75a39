package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The loader parses prices with fastdoubleparser instead of {@link Double#parseDouble}: it must give the same bits
 * for every text the JDK accepts and refuse what the JDK refuses, or a file would silently read differently.
 */
class NumberParsingTest {

    @Property(tries = 3000)
    void shortestRepresentationsOfAnyDoubleReadBackExactly(@ForAll double x) {
        String s = Double.toString(x);
        assertThat(Double.doubleToRawLongBits(JavaDoubleParser.parseDouble(s)))
                .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
    }

    @Property(tries = 3000)
    void longDecimalsRoundLikeTheJdk(@ForAll @LongRange(min = 0) long digits, @ForAll @IntRange(min = -25, max = 25) int scale,
            @ForAll boolean negative) {
        String s = (negative ? "-" : "") + new BigDecimal(java.math.BigInteger.valueOf(digits), scale).toPlainString();
        assertThat(Double.doubleToRawLongBits(JavaDoubleParser.parseDouble(s)))
                .as(s).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
    }

    @Test
    void syntaxTheLoaderMeetsAgreesWithTheJdk() {
        for (String s : new String[] {"4.255", " 4.255 ", "1e3", "1E-3", ".5", "5.", "+7", "-0", "0.1000000000000000055511151231257827",
                "9007199254740993", "2.2250738585072011e-308", "1.7976931348623157e308", "NaN", "Infinity", "-Infinity"}) {
            assertThat(Double.doubleToRawLongBits(JavaDoubleParser.parseDouble(s))).as(s)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
        }
        for (String s : new String[] {"", " ", "1,234", "1.2.3", "12a", "--1", "0x", "1e", "\u0661"}) {
            assertThatThrownBy(() -> Double.parseDouble(s)).as(s).isInstanceOf(NumberFormatException.class);
            assertThatThrownBy(() -> JavaDoubleParser.parseDouble(s)).as(s).isInstanceOf(NumberFormatException.class);
        }
    }
}
