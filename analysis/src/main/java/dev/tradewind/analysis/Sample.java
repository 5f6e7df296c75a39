package dev.tradewind.analysis;

/** Sample moments of daily return series, summed in index order so results are bit-identical run to run. */
final class Sample {
    private Sample() {}

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return x.length == 0 ? 0 : s / x.length;
    }

    /** Sample covariance, divisor {@code n - 1}; 0 when {@code n < 2}. */
    static double covariance(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) return 0;
        double mx = mean(x);
        double my = mean(y);
        double s = 0;
        for (int i = 0; i < n; i++) s += (x[i] - mx) * (y[i] - my);
        return s / (n - 1);
    }

    static double stdev(double[] x) { return Math.sqrt(covariance(x, x)); }

    /** The sample covariance matrix of the series {@code r[i]}, all of one length. */
    static double[][] covariance(double[][] r) {
        int n = r.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                c[i][j] = covariance(r[i], r[j]);
                c[j][i] = c[i][j];
            }
        }
        return c;
    }

    /** Pearson correlation from a covariance matrix; NaN where a variance is 0 (undefined), 1 on the diagonal otherwise. */
    static double[][] correlation(double[][] cov) {
        int n = cov.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = Math.sqrt(cov[i][i]) * Math.sqrt(cov[j][j]);
                c[i][j] = d > 0 ? (i == j ? 1 : Math.max(-1, Math.min(1, cov[i][j] / d))) : Double.NaN;
            }
        }
        return c;
    }
}
