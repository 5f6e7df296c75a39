package dev.tradewind.research;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The probabilistic and the deflated Sharpe ratio of Bailey and López de Prado: D. H. Bailey, M. López de Prado,
 * "The Sharpe Ratio Efficient Frontier", Journal of Risk 15(2), 2012 (PSR), and "The Deflated Sharpe Ratio:
 * Correcting for Selection Bias, Backtest Overfitting and Non-Normality", Journal of Portfolio Management 40(5),
 * 2014, pp. 94-107 (DSR). All Sharpe ratios here are per period (not annualized). Stateless.
 *
 * <pre>
 * PSR(SR*) = Φ( (SR - SR*) · sqrt(T - 1) / sqrt(1 - γ3·SR + (γ4 - 1)/4 · SR²) )
 * SR0      = sqrt(V[SR_n]) · ( (1 - γ)·Φ⁻¹(1 - 1/N) + γ·Φ⁻¹(1 - 1/(N·e)) ),  γ = Euler-Mascheroni constant
 * DSR      = PSR(SR0)
 * </pre>
 * SR0 is the expected maximum Sharpe ratio among N independent trials whose true Sharpe ratio is zero, with V[SR_n]
 * the variance of the trials' Sharpe ratios (the False Strategy Theorem).
 */
public final class DeflatedSharpe {
    /** The Euler-Mascheroni constant γ. */
    public static final double EULER_GAMMA = 0.5772156649015329;
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private DeflatedSharpe() {}

    /**
     * The result for the chosen trial.
     *
     * @param sharpe    its per-period Sharpe ratio
     * @param threshold SR0, the expected maximum Sharpe ratio of {@code trials} skill-less trials
     * @param dsr       the probability that its true Sharpe ratio exceeds SR0
     * @param psr       the probability that its true Sharpe ratio exceeds 0 (no deflation)
     * @param trials    N, the number of trials counted
     * @param variance  V[SR_n], the variance of the trials' per-period Sharpe ratios
     * @param periods   T, the number of returns
     * @param skewness  γ3 of its returns
     * @param kurtosis  γ4 of its returns (3 for a normal law)
     */
    public record Result(double sharpe, double threshold, double dsr, double psr, int trials, double variance, int periods,
            double skewness, double kurtosis) {}

    /** Φ⁻¹. */
    public static double inverseNormal(double p) { return NORMAL.inverseCumulativeProbability(p); }

    /** Φ. */
    public static double normal(double x) { return NORMAL.cumulativeProbability(x); }

    /** The probabilistic Sharpe ratio: the probability that the true Sharpe ratio exceeds {@code benchmark}. */
    public static double psr(double sharpe, double benchmark, int periods, double skewness, double kurtosis) {
        if (periods < 2) return Double.NaN;
        double var = 1 - skewness * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe;
        if (!(var > 0)) return Double.NaN;
        return normal((sharpe - benchmark) * Math.sqrt(periods - 1.0) / Math.sqrt(var));
    }

    /** SR0: the expected maximum of {@code trials} Sharpe ratios of skill-less strategies with the given variance. */
    public static double expectedMaxSharpe(int trials, double variance) {
        if (trials < 1) throw new IllegalArgumentException("trials must be >= 1, got " + trials);
        if (trials == 1) return 0;
        double n = trials;
        return Math.sqrt(variance) * ((1 - EULER_GAMMA) * inverseNormal(1 - 1 / n) + EULER_GAMMA * inverseNormal(1 - 1 / (n * Math.E)));
    }

    /** The deflated Sharpe ratio from summary figures. */
    public static Result of(double sharpe, int trials, double variance, int periods, double skewness, double kurtosis) {
        double sr0 = expectedMaxSharpe(trials, variance);
        return new Result(sharpe, sr0, psr(sharpe, sr0, periods, skewness, kurtosis), psr(sharpe, 0, periods, skewness, kurtosis),
                trials, variance, periods, skewness, kurtosis);
    }

    /**
     * The deflated Sharpe ratio of {@code chosen} among all {@code trials} (each a return series; the chosen one
     * included): V[SR_n] is the sample variance of every trial's per-period Sharpe ratio, N the number of trials.
     */
    public static Result of(double[] chosen, double[][] trials) {
        double[] sr = new double[trials.length];
        for (int i = 0; i < sr.length; i++) sr[i] = Moments.sharpe(trials[i]);
        return of(Moments.sharpe(chosen), trials.length, Moments.variance(sr), chosen.length, Moments.skewness(chosen),
                Moments.kurtosis(chosen));
    }
}
