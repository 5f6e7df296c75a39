package dev.tradewind.analysis;

/**
 * Equal risk contribution weights: long-only, summing to 1, with {@code w[i] * (C w)[i]} the same for every
 * {@code i}. Solved as the minimum of the strictly convex {@code y'Cy / 2 - sum(ln y[i]) / n} over {@code y > 0}
 * (its optimality condition {@code y[i] (C y)[i] = 1 / n} is the equal risk condition), by cyclic coordinate
 * descent with each coordinate's exact minimizer, then {@code w = y / sum(y)}.
 */
public final class RiskParity {
    static final int MAX_SWEEPS = 100_000;
    static final double TOLERANCE = 1e-13;

    private RiskParity() {}

    /**
     * The weights for covariance matrix {@code c} (symmetric, positive definite); throws
     * {@link IllegalArgumentException} when {@code c} has a non-positive variance or the solver does not reach equal
     * risk contributions (a singular {@code c} with a zero-variance long-only mix).
     */
    public static double[] solve(double[][] c) {
        int n = c.length;
        double b = 1.0 / n;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(c[i][i] > 0)) throw new IllegalArgumentException("variance " + i + " is " + c[i][i]);
            y[i] = 1 / Math.sqrt(c[i][i]);
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double change = 0;
            for (int i = 0; i < n; i++) {
                double others = 0;
                for (int j = 0; j < n; j++) if (j != i) others += c[i][j] * y[j];
                double root = Math.sqrt(others * others + 4 * c[i][i] * b);
                // the positive root of c_ii y^2 + others y - b = 0, in the form without cancellation
                double next = others > 0 ? 2 * b / (others + root) : (root - others) / (2 * c[i][i]);
                change = Math.max(change, Math.abs(next - y[i]) / next);
                y[i] = next;
            }
            if (change < TOLERANCE) break;
        }
        double sum = 0;
        for (double v : y) sum += v;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) w[i] = y[i] / sum;
        double[] rc = contributions(c, w);
        for (double r : rc) {
            if (!(Math.abs(r - b) <= 1e-8)) throw new IllegalArgumentException("no equal risk contribution reached: " + java.util.Arrays.toString(rc));
        }
        return w;
    }

    /** Each weight's share of the portfolio variance: {@code w[i] (C w)[i] / w'Cw}. */
    public static double[] contributions(double[][] c, double[] w) {
        int n = w.length;
        double[] rc = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double cw = 0;
            for (int j = 0; j < n; j++) cw += c[i][j] * w[j];
            rc[i] = w[i] * cw;
            total += rc[i];
        }
        for (int i = 0; i < n; i++) rc[i] /= total;
        return rc;
    }
}
