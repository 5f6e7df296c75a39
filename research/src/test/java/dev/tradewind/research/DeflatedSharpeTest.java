package dev.tradewind.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DeflatedSharpeTest {

    /**
     * The numerical example of Bailey and López de Prado, "The Deflated Sharpe Ratio", JPM 40(5), 2014, section 5:
     * an annualized Sharpe ratio of 2.5 over T = 1250 daily returns (5 years of 250 days), skewness -3, kurtosis 10,
     * after N = 100 trials whose annualized Sharpe ratios have variance 1/2. The paper finds SR0 ≈ 0.1132 per day and
     * DSR ≈ 0.9004.
     */
    @Test
    void reproducesThePapersNumericalExample() {
        double days = 250;
        double sr = 2.5 / Math.sqrt(days);
        double variance = 0.5 / days;
        DeflatedSharpe.Result r = DeflatedSharpe.of(sr, 100, variance, 1250, -3, 10);
        assertThat(r.threshold()).isCloseTo(0.1132, within(5e-5));
        assertThat(r.dsr()).isCloseTo(0.9004, within(5e-5));
    }

    @Test
    void oneTrialIsNotDeflated() {
        DeflatedSharpe.Result r = DeflatedSharpe.of(0.1, 1, 0.01, 500, 0, 3);
        assertThat(r.threshold()).isZero();
        assertThat(r.dsr()).isEqualTo(r.psr());
    }

    /** PSR for normal returns: Φ(SR·sqrt(T-1)/sqrt(1 + SR²/2)) (Bailey and López de Prado 2012, eq. for γ3=0, γ4=3). */
    @Test
    void psrOfNormalReturns() {
        double sr = 0.05;
        double expected = DeflatedSharpe.normal(sr * Math.sqrt(999) / Math.sqrt(1 + sr * sr / 2));
        assertThat(DeflatedSharpe.psr(sr, 0, 1000, 0, 3)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void moreTrialsRaiseTheBar() {
        double previous = 0;
        for (int n : new int[] {2, 10, 100, 1000, 10000}) {
            double sr0 = DeflatedSharpe.expectedMaxSharpe(n, 1);
            assertThat(sr0).isGreaterThan(previous);
            previous = sr0;
        }
        // E[max of 1000 standard normals] is about 3.24; the approximation of the False Strategy Theorem gives 3.25
        assertThat(DeflatedSharpe.expectedMaxSharpe(1000, 1)).isCloseTo(3.24, within(0.03));
    }

    @Test
    void fromReturnSeries() {
        double[] a = {0.01, -0.02, 0.03, 0.0, 0.01};
        double[] b = {0.0, 0.01, -0.01, 0.02, -0.02};
        DeflatedSharpe.Result r = DeflatedSharpe.of(a, new double[][] {a, b});
        assertThat(r.trials()).isEqualTo(2);
        assertThat(r.periods()).isEqualTo(5);
        assertThat(r.sharpe()).isCloseTo(Moments.mean(a) / Math.sqrt(Moments.variance(a)), within(1e-15));
        assertThat(Moments.kurtosis(new double[] {1, -1, 1, -1})).isEqualTo(1.0);
        assertThat(Moments.skewness(new double[] {1, 2, 3})).isZero();
    }
}
