package dev.tradewind.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MonteCarloTest {
    private static final double[] RETURNS = {0.05, -0.03, 0.02, -0.08, 0.04, 0.01, -0.02, 0.06, -0.05, 0.03};

    @Test
    void reshufflingKeepsFinalEquityAndSpreadsDrawdowns() {
        MonteCarlo.Result r = MonteCarlo.simulate(MonteCarlo.Method.SHUFFLE, RETURNS, 1000, 2000, 1, 1, 0.1);
        double product = 1000;
        for (double x : RETURNS) product *= 1 + x;
        assertThat(r.finalEquity()[0]).isCloseTo(product, within(1e-9));
        assertThat(r.finalEquity()[r.paths() - 1]).isCloseTo(product, within(1e-9));
        assertThat(r.maxDrawdown()[0]).isGreaterThanOrEqualTo(0.08 - 1e-12); // the single worst trade alone
        assertThat(r.maxDrawdown()[r.paths() - 1]).isLessThanOrEqualTo(1 - 0.92 * 0.97 * 0.98 * 0.95 + 1e-12); // all losses in a row
        assertThat(r.maxDrawdownPercentile(5)).isLessThan(r.maxDrawdownPercentile(95));
    }

    @Test
    void seededAndDeterministic() {
        for (MonteCarlo.Method m : MonteCarlo.Method.values()) {
            MonteCarlo.Result a = MonteCarlo.simulate(m, RETURNS, 1000, 500, 99, 3, 0.2);
            MonteCarlo.Result b = MonteCarlo.simulate(m, RETURNS, 1000, 500, 99, 3, 0.2);
            assertThat(a.finalEquity()).containsExactly(b.finalEquity());
            assertThat(a.maxDrawdown()).containsExactly(b.maxDrawdown());
            assertThat(a.ruin()).isEqualTo(b.ruin());
        }
    }

    @Test
    void ruinIsTheShareOfPathsReachingTheDrawdown() {
        double[] losses = {-0.1, -0.1, -0.1, 0.2};
        // every order of three 10% losses and one 20% gain: the worst drawdown is 27.1% when the losses are together
        // (orders L L L G, G L L L: 2 of 4 positions of the gain), else 19% (L L G L, L G L L: the gain splits them)
        MonteCarlo.Result r = MonteCarlo.simulate(MonteCarlo.Method.SHUFFLE, losses, 100, 20000, 5, 1, 0.25);
        assertThat(r.ruin()).isCloseTo(0.5, within(0.02));
        assertThat(r.maxDrawdownPercentile(100)).isCloseTo(1 - 0.9 * 0.9 * 0.9, within(1e-12));
    }

    @Test
    void bootstrapMeanMatchesTheSample() {
        MonteCarlo.Result r = MonteCarlo.simulate(MonteCarlo.Method.TRADES, RETURNS, 1000, 20000, 3, 1, 1);
        double logMean = 0;
        for (double x : RETURNS) logMean += Math.log1p(x);
        // median final equity of iid draws is near exp(n * mean log return)
        assertThat(Math.log(r.finalEquityPercentile(50) / 1000)).isCloseTo(logMean, within(0.02));
        assertThat(MonteCarlo.tradeReturns(new double[] {100, -55}, 1000)).containsExactly(0.1, -0.05);
    }
}
