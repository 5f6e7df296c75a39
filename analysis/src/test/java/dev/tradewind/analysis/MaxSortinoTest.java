package dev.tradewind.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MaxSortinoTest {
    /** Three series over twelve days; every series loses on the last day, so no mix is free of losing days. */
    static final double[][] R = {
        {0.010, -0.004, 0.006, -0.012, 0.008, 0.003, -0.002, 0.009, -0.007, 0.004, 0.005, -0.010},
        {-0.003, 0.007, -0.002, 0.006, -0.004, 0.002, 0.005, -0.006, 0.008, -0.001, 0.003, -0.008},
        {0.002, 0.001, -0.001, 0.003, 0.000, -0.002, 0.004, 0.001, -0.003, 0.002, 0.000, -0.005}};

    @Test
    void matchesScipyAndABruteForceGrid() {
        double[] w = MaxSortino.solve(R);
        // scipy: SLSQP on the same convex program and Nelder-Mead on the ratio from 31 starts agree on
        // 0.2668645603989657 at w = (0.38080, 0.61920, 0)
        assertThat(MaxSortino.ratio(R, w)).isCloseTo(0.2668645603989657, within(1e-10));
        assertThat(w).containsExactly(new double[] {0.3808, 0.6192, 0}, within(1e-4));
        double best = 0;
        for (int a = 0; a <= 200; a++) {
            for (int b = 0; a + b <= 200; b++) {
                best = Math.max(best, MaxSortino.ratio(R, new double[] {a / 200.0, b / 200.0, (200 - a - b) / 200.0}));
            }
        }
        assertThat(MaxSortino.ratio(R, w)).isGreaterThanOrEqualTo(best);
    }

    @Test
    void aDominantSeriesTakesEverything() {
        double[][] r = {{0.02, -0.01, 0.03, -0.005}, {0.001, -0.01, 0.002, -0.02}};
        assertThat(MaxSortino.solve(r)).containsExactly(new double[] {1, 0}, within(1e-9));
    }

    @Test
    void noPositiveMeanIsRefused() {
        assertThatThrownBy(() -> MaxSortino.solve(new double[][] {{-0.01, 0.005}, {0, 0}})).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 100)
    void noRandomLongOnlyMixBeatsTheOptimum(@ForAll @IntRange(min = 2, max = 6) int n, @ForAll long seed) {
        Random random = new Random(seed);
        double[][] r = randomReturns(n, random);
        double[] w = MaxSortino.solve(r);
        assertThat(Weighting.sum(w)).isCloseTo(1, within(1e-12));
        for (double x : w) assertThat(x).isGreaterThanOrEqualTo(0);
        double optimum = MaxSortino.ratio(r, w);
        for (int k = 0; k < 300; k++) {
            double[] v = new double[n];
            double s = 0;
            for (int i = 0; i < n; i++) {
                v[i] = k < n ? (i == k ? 1 : 0) : -Math.log(1 - random.nextDouble()); // every corner, then Dirichlet(1)
                s += v[i];
            }
            for (int i = 0; i < n; i++) v[i] /= s;
            assertThat(MaxSortino.ratio(r, v)).isLessThanOrEqualTo(optimum + 1e-12);
        }
    }

    @Test
    void momentumStallingAtACornerIsNotTakenForTheOptimum() {
        // found by the property above: accelerated steps landed on the corner (1, 0) twice in a row; the optimum is
        // near (0.983, 0.017), which a grid of 100,001 mixes confirms
        double[][] r = randomReturns(2, new Random(194930));
        double[] w = MaxSortino.solve(r);
        double grid = 0;
        for (int k = 0; k <= 100_000; k++) grid = Math.max(grid, MaxSortino.ratio(r, new double[] {k / 1e5, 1 - k / 1e5}));
        assertThat(w[0]).isCloseTo(0.983, within(0.001));
        assertThat(MaxSortino.ratio(r, w)).isGreaterThanOrEqualTo(grid);
    }

    /** Sixty days of drift plus noise, a common losing last day (the ratio stays finite), one series with a positive mean. */
    static double[][] randomReturns(int n, Random random) {
        int days = 60;
        double[][] r = new double[n][days];
        for (int i = 0; i < n; i++) {
            double drift = 0.001 * random.nextGaussian();
            for (int t = 0; t < days; t++) r[i][t] = drift + 0.01 * random.nextGaussian();
        }
        for (int i = 0; i < n; i++) r[i][days - 1] = -0.02;
        double m0 = Sample.mean(r[0]);
        if (m0 <= 0) for (int t = 0; t < days - 1; t++) r[0][t] += 1.1 * -m0 * days / (days - 1) + 1e-4;
        return r;
    }

    @Property(tries = 200)
    void theProjectionIsFeasibleAndSatisfiesItsOptimalityConditions(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll long seed) {
        Random random = new Random(seed);
        double[] z = new double[n];
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = 100 * random.nextGaussian();
            a[i] = 0.01 * random.nextGaussian();
        }
        a[0] = Math.abs(a[0]) + 1e-4;
        double[] y = MaxSortino.project(z, a);
        double dot = 0;
        for (int i = 0; i < n; i++) {
            assertThat(y[i]).isGreaterThanOrEqualTo(0);
            dot += a[i] * y[i];
        }
        assertThat(dot).isCloseTo(1, within(1e-9));
        // KKT: y - z = -lambda a on the support, and z - lambda a <= 0 off it, for one lambda
        double lambda = Double.NaN;
        for (int i = 0; i < n; i++) if (y[i] > 0 && a[i] != 0) lambda = (z[i] - y[i]) / a[i];
        for (int i = 0; i < n; i++) {
            if (y[i] > 0) assertThat(z[i] - lambda * a[i]).isCloseTo(y[i], within(1e-6 * (1 + Math.abs(z[i]))));
            else assertThat(z[i] - lambda * a[i]).isLessThanOrEqualTo(1e-6 * (1 + Math.abs(z[i])));
        }
    }
}
