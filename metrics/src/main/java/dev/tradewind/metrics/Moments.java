package dev.tradewind.metrics;

/** Sample moments summed in index order, so results are bit-identical for identical inputs. */
final class Moments {
    private Moments() {}

    static double mean(double[] x, int n) {
        if (n == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
        }
        return sum / n;
    }

    /** Sample standard deviation (divisor {@code n - 1}); 0 when {@code n < 2}. */
    static double sampleStdev(double[] x, int n) {
        return n < 2 ? 0 : Math.sqrt(squaredDeviations(x, n) / (n - 1));
    }

    /** Population standard deviation (divisor {@code n}); 0 when {@code n < 1}. */
    static double populationStdev(double[] x, int n) {
        return n < 1 ? 0 : Math.sqrt(squaredDeviations(x, n) / n);
    }

    /** The sum of squared deviations of the first {@code n} values from their mean. */
    private static double squaredDeviations(double[] x, int n) {
        double mean = mean(x, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = x[i] - mean;
            sum += d * d;
        }
        return sum;
    }

    /** {@code sqrt(mean(min(x, 0)^2))} over all {@code n} values; 0 when {@code n == 0}. */
    static double downsideDeviation(double[] x, int n) {
        if (n == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = Math.min(x[i], 0);
            sum += d * d;
        }
        return Math.sqrt(sum / n);
    }

    /** {@code a / b}, or 0 when {@code b == 0}; an overflow is clamped to {@code ±Double.MAX_VALUE}. */
    static double ratio(double a, double b) { return b == 0 ? 0 : finite(a / b); }

    /** NaN to 0, infinities to {@code ±Double.MAX_VALUE}, so every statistic can be written as JSON. */
    static double finite(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        return Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, x));
    }
}
