package dev.tradewind.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RiskParityTest {

    static double[][] cov(double[] s, double[][] rho) {
        double[][] c = new double[s.length][s.length];
        for (int i = 0; i < s.length; i++) for (int j = 0; j < s.length; j++) c[i][j] = s[i] * s[j] * rho[i][j];
        return c;
    }

    @Test
    void twoAssetsHaveTheClosedFormWhateverTheCorrelation() {
        for (double rho : new double[] {-0.9, -0.3, 0, 0.4, 0.95}) {
            double[] w = RiskParity.solve(cov(new double[] {0.1, 0.3}, new double[][] {{1, rho}, {rho, 1}}));
            assertThat(w[0]).as("rho " + rho).isCloseTo(0.3 / 0.4, within(1e-12)); // w1 = s2 / (s1 + s2)
            assertThat(w[1]).as("rho " + rho).isCloseTo(0.1 / 0.4, within(1e-12));
        }
    }

    @Test
    void uncorrelatedOrEquallyCorrelatedAssetsGetInverseVolatility() {
        double[] s = {0.1, 0.2, 0.3, 0.4};
        double[] inv = {1 / 0.1, 1 / 0.2, 1 / 0.3, 1 / 0.4};
        double sum = inv[0] + inv[1] + inv[2] + inv[3];
        for (double rho : new double[] {0, 0.5}) {
            double[][] r = new double[4][4];
            for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) r[i][j] = i == j ? 1 : rho;
            double[] w = RiskParity.solve(cov(s, r));
            for (int i = 0; i < 4; i++) assertThat(w[i]).as("rho " + rho + " w" + i).isCloseTo(inv[i] / sum, within(1e-12));
        }
    }

    @Test
    void threeCorrelatedAssetsMatchScipy() {
        // scipy.optimize.fsolve(lambda y: y * (C @ y) - 1/3, ones(3), xtol=1e-15), then y / y.sum()
        double[][] c = cov(new double[] {0.1, 0.2, 0.3}, new double[][] {{1, 0.5, 0.2}, {0.5, 1, 0.7}, {0.2, 0.7, 1}});
        double[] w = RiskParity.solve(c);
        assertThat(w).containsExactly(new double[] {0.5824474060722997, 0.23597657907135763, 0.18157601485634262}, within(1e-12));
        assertThat(RiskParity.contributions(c, w)).containsOnly(new double[] {1.0 / 3}, within(1e-12));
    }

    @Property(tries = 200)
    void everyRiskContributionIsEqual(@ForAll @IntRange(min = 2, max = 8) int n, @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        double scale = 0.001 + 0.05 * random.nextDouble();
        int days = 40;
        double[][] r = new double[n][days];
        for (int i = 0; i < n; i++) for (int t = 0; t < days; t++) r[i][t] = scale * (random.nextGaussian() + (i > 0 ? 0.5 * r[i - 1][t] / scale : 0));
        double[][] c = Sample.covariance(r);
        double[] w = RiskParity.solve(c);
        assertThat(Weighting.sum(w)).isCloseTo(1, within(1e-12));
        for (double x : w) assertThat(x).isPositive();
        assertThat(RiskParity.contributions(c, w)).containsOnly(new double[] {1.0 / n}, within(1e-9));
    }

    @Test
    void aLongOnlyMixWithZeroVarianceHasNoSolution() {
        assertThatThrownBy(() -> RiskParity.solve(new double[][] {{1, -1}, {-1, 1}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskParity.solve(new double[][] {{0, 0}, {0, 1}})).isInstanceOf(IllegalArgumentException.class);
    }
}
