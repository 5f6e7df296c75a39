package dev.tradewind.research;

/** Sample moments of a return series, as the deflated Sharpe ratio uses them. Stateless. */
public final class Moments {
    private Moments() {}

    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return x.length == 0 ? 0 : s / x.length;
    }

    /** Sample variance (n - 1); 0 for fewer than 2 values. */
    public static double variance(double[] x) {
        if (x.length < 2) return 0;
        double m = mean(x), s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return s / (x.length - 1);
    }

    /** Per-period Sharpe ratio {@code mean / sampleStdev}, not annualized; 0 when the deviation is 0. */
    public static double sharpe(double[] x) {
        double sd = Math.sqrt(variance(x));
        return sd > 0 ? mean(x) / sd : 0;
    }

    /** Skewness {@code m3 / m2^1.5} with population central moments; 0 when the variance is 0. */
    public static double skewness(double[] x) {
        double m = mean(x), m2 = 0, m3 = 0;
        for (double v : x) {
            double d = v - m;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= x.length;
        m3 /= x.length;
        return m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0;
    }

    /** Kurtosis {@code m4 / m2^2} (3 for a normal law, not excess); 3 when the variance is 0. */
    public static double kurtosis(double[] x) {
        double m = mean(x), m2 = 0, m4 = 0;
        for (double v : x) {
            double d = v - m;
            m2 += d * d;
            m4 += d * d * d * d;
        }
        m2 /= x.length;
        m4 /= x.length;
        return m2 > 0 ? m4 / (m2 * m2) : 3;
    }
}
