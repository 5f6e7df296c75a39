package dev.tradewind.options;

import static org.assertj.core.api.Assertions.assertThat;

import com.opengamma.strata.math.impl.statistics.distribution.NormalDistribution;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The normal cdf against 40-digit values from mpmath (normal-cdf-mpmath.csv, 3,358 points on [-37, 9]) and against
 * Strata's, so a disagreement between the two libraries is settled by the exact values.
 */
class NormalTest {
    @Test
    void cdfMatchesExactValues() throws IOException {
        NormalDistribution strata = new NormalDistribution(0, 1);
        double worstOurs = 0;
        double worstStrata = 0;
        int n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NormalTest.class.getResourceAsStream("normal-cdf-mpmath.csv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] f = line.split(",");
                double x = Double.parseDouble(f[0]);
                double exact = Double.parseDouble(f[1]);
                // the condition number of P(Z <= x) in x is about x^2 in the lower tail: a rounding of x / sqrt(2)
                // alone moves it by (1 + x^2) ulp, so the error is measured in units of (1 + x^2) x 2^-52
                double unit = (1 + x * x) * 0x1p-52 * exact;
                worstOurs = Math.max(worstOurs, Math.abs(Normal.cdf(x) - exact) / unit);
                worstStrata = Math.max(worstStrata, Math.abs(strata.getCDF(x) - exact) / unit);
                n++;
            }
        }
        System.out.println("normal cdf, worst error on [-37, 9] in (1 + x^2) ulp: ours " + worstOurs + ", Strata's " + worstStrata);
        assertThat(n).isEqualTo(3358);
        assertThat(worstOurs).isLessThan(4);
    }

    @Test
    void tailsAndSymmetry() {
        assertThat(Normal.cdf(0)).isEqualTo(0.5);
        assertThat(Normal.cdf(Double.NEGATIVE_INFINITY)).isEqualTo(0);
        assertThat(Normal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1);
        assertThat(Normal.cdf(Double.NaN)).isNaN();
        assertThat(Normal.cdf(-40)).isEqualTo(0);
        for (double x = 0; x < 8; x += 0.01) {
            assertThat(Normal.cdf(x) + Normal.cdf(-x)).isCloseTo(1, org.assertj.core.api.Assertions.within(2e-16));
        }
    }
}
