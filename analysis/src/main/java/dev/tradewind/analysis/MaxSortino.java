package dev.tradewind.analysis;

/**
 * Long-only weights summing to 1 that maximize the Sortino ratio {@code mean(p) / sqrt(mean(min(p, 0)^2))} of the
 * mix's daily returns {@code p[t] = sum(w[i] r[i][t])}.
 *
 * <p>The ratio does not change when {@code w} is scaled, so with {@code mu} the mean returns the problem is the
 * convex {@code minimize g(y) = mean(min(p(y), 0)^2)} over {@code y >= 0, mu'y = 1}, then {@code w = y / sum(y)}: the
 * feasible {@code y} with the least downside per unit of mean return. {@code g} is convex with a Lipschitz gradient
 * ({@code L = 2 lambda_max(R'R) / T}), so accelerated projected gradient descent (FISTA with adaptive restart) finds
 * its global minimum; the projection onto the feasible set is found by bisection on its one multiplier. When a mix
 * without a losing day exists, its ratio is unbounded and one such mix is returned.
 */
public final class MaxSortino {
    static final int MAX_ITERATIONS = 50_000;
    static final double TOLERANCE = 1e-12;

    private MaxSortino() {}

    /**
     * The weights for daily returns {@code r[i][t]} (series {@code i}, day {@code t}, all of one length); throws
     * {@link IllegalArgumentException} when no series has a positive mean (then every long-only mix loses and the
     * ratio has no positive maximum).
     */
    public static double[] solve(double[][] r) {
        int n = r.length;
        int days = r[0].length;
        double[] mu = new double[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            mu[i] = Sample.mean(r[i]);
            any |= mu[i] > 0;
        }
        if (!any) throw new IllegalArgumentException("no series has a positive mean return");
        double step = 1 / lipschitz(r, days);
        double[] y = new double[n];
        double sumMu = 0;
        for (int i = 0; i < n; i++) if (mu[i] > 0) sumMu += mu[i];
        for (int i = 0; i < n; i++) y[i] = mu[i] > 0 ? 1 / sumMu : 0; // mu'y = 1
        double[] previous = y.clone();
        double[] z = new double[n];
        double[] grad = new double[n];
        double[] p = new double[days];
        double value = downside(r, y, p, null);
        int k = 1;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            boolean plain = k == 1;
            double momentum = (k - 1.0) / (k + 2.0);
            for (int i = 0; i < n; i++) z[i] = y[i] + momentum * (y[i] - previous[i]);
            downside(r, z, p, grad);
            for (int i = 0; i < n; i++) z[i] -= step * grad[i];
            double[] next = project(z, mu);
            double nextValue = downside(r, next, p, null);
            if (nextValue > value && !plain) { // adaptive restart: drop the momentum and step from y
                k = 1;
                System.arraycopy(y, 0, previous, 0, n);
                continue;
            }
            double change = 0;
            double size = 1;
            for (int i = 0; i < n; i++) {
                change = Math.max(change, Math.abs(next[i] - y[i]));
                size = Math.max(size, Math.abs(y[i]));
            }
            System.arraycopy(y, 0, previous, 0, n);
            y = next;
            value = nextValue;
            k++;
            if (value == 0) break;
            if (change <= TOLERANCE * size) {
                if (plain) break; // a plain projected gradient step no longer moves: y is optimal
                k = 1; // momentum can stall at a corner of the feasible set: check with a plain step
            }
        }
        double sum = 0;
        for (double v : y) sum += v;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) w[i] = y[i] / sum;
        return w;
    }

    /** The Sortino ratio (not annualized) of the mix {@code w}: 0 when it has no losing day. */
    public static double ratio(double[][] r, double[] w) {
        double[] p = new double[r[0].length];
        double d = Math.sqrt(downside(r, w, p, null));
        return d == 0 ? 0 : Sample.mean(p) / d;
    }

    /** {@code g(y)}; fills {@code p} with the mix's returns and, when {@code grad} is not null, the gradient of g. */
    private static double downside(double[][] r, double[] y, double[] p, double[] grad) {
        int days = p.length;
        java.util.Arrays.fill(p, 0);
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 0) continue;
            for (int t = 0; t < days; t++) p[t] += y[i] * r[i][t];
        }
        double g = 0;
        for (int t = 0; t < days; t++) if (p[t] < 0) g += p[t] * p[t];
        if (grad != null) {
            for (int i = 0; i < y.length; i++) {
                double s = 0;
                for (int t = 0; t < days; t++) if (p[t] < 0) s += p[t] * r[i][t];
                grad[i] = 2 * s / days;
            }
        }
        return g / days;
    }

    /** {@code 2 lambda_max(R'R) / T} by power iteration, with a margin. */
    private static double lipschitz(double[][] r, int days) {
        int n = r.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int t = 0; t < days; t++) s += r[i][t] * r[j][t];
                m[i][j] = s;
                m[j][i] = s;
            }
        }
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1);
        double lambda = 0;
        for (int it = 0; it < 200; it++) {
            double[] next = new double[n];
            double norm = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) next[i] += m[i][j] * v[j];
                norm = Math.max(norm, Math.abs(next[i]));
            }
            if (norm == 0) break;
            for (int i = 0; i < n; i++) next[i] /= norm;
            lambda = norm;
            v = next;
        }
        double trace = 0;
        for (int i = 0; i < n; i++) trace += m[i][i];
        // power iteration from all ones approaches lambda_max from below; the trace bounds it from above
        double l = Math.min(trace, 1.1 * lambda);
        return Math.max(l, Double.MIN_NORMAL) * 2 / days;
    }

    /** The Euclidean projection of {@code z} onto {@code {y >= 0, a'y = 1}} (some {@code a[i] > 0}). */
    static double[] project(double[] z, double[] a) {
        double lo = -1;
        while (excess(z, a, lo) < 0) lo *= 2;
        double hi = 1;
        while (excess(z, a, hi) > 0) hi *= 2;
        for (int it = 0; it < 200 && lo < hi; it++) {
            double mid = lo + (hi - lo) / 2;
            if (mid == lo || mid == hi) break;
            if (excess(z, a, mid) > 0) lo = mid;
            else hi = mid;
        }
        double lambda = lo + (hi - lo) / 2;
        double[] y = new double[z.length];
        for (int i = 0; i < z.length; i++) y[i] = Math.max(z[i] - lambda * a[i], 0);
        return y;
    }

    /** {@code sum(a[i] max(z[i] - lambda a[i], 0)) - 1}, non-increasing in lambda. */
    private static double excess(double[] z, double[] a, double lambda) {
        double s = 0;
        for (int i = 0; i < z.length; i++) s += a[i] * Math.max(z[i] - lambda * a[i], 0);
        return s - 1;
    }
}
