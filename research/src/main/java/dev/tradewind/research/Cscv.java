package dev.tradewind.research;

/**
 * The probability of backtest overfitting (PBO) by combinatorially symmetric cross-validation, after D. H. Bailey,
 * J. M. Borwein, M. López de Prado, Q. J. Zhu, "The Probability of Backtest Overfitting", Journal of Computational
 * Finance 20(4), 2017, pp. 39-69.
 *
 * <p>The T×N matrix of the returns of N trials over T periods is cut into S row blocks of equal size (the first
 * {@code T mod S} rows are dropped). For each of the C(S, S/2) ways of choosing half the blocks as the training set
 * J (the rest, J̄, is the test set): the trial n* with the best performance (per-period Sharpe ratio) on J is found,
 * its relative rank ω̄ = rank/(N+1) among all trials on J̄ is taken (rank 1 = worst; ties share their average rank),
 * and λ = ln(ω̄ / (1 - ω̄)). PBO is the share of splits with λ ≤ 0: how often the in-sample winner is no better than
 * the median out of sample. Stateless.
 */
public final class Cscv {
    private Cscv() {}

    /**
     * The outcome.
     *
     * @param pbo               share of splits whose in-sample winner ranks at or below the median out of sample
     * @param splits            number of splits C(S, S/2)
     * @param blocks            S
     * @param rowsPerBlock      periods per block
     * @param logits            λ of every split, in the order the splits were enumerated
     * @param isPerformance     Sharpe ratio of the in-sample winner in sample, per split
     * @param oosPerformance    Sharpe ratio of the in-sample winner out of sample, per split
     * @param probabilityOfLoss share of splits whose in-sample winner has a negative Sharpe ratio out of sample
     * @param degradationSlope  least-squares slope of out-of-sample on in-sample performance of the winners
     *                          (negative: a better in-sample fit predicts a worse out-of-sample result)
     */
    public record Result(double pbo, int splits, int blocks, int rowsPerBlock, double[] logits, double[] isPerformance,
            double[] oosPerformance, double probabilityOfLoss, double degradationSlope) {}

    /**
     * Runs CSCV.
     *
     * @param returns {@code returns[n][t]}: trial n's return in period t; every trial has the same T
     * @param blocks  S, even, at least 2, at most T
     */
    public static Result pbo(double[][] returns, int blocks) {
        int n = returns.length;
        if (n < 2) throw new IllegalArgumentException("CSCV needs at least 2 trials, got " + n);
        int t = returns[0].length;
        for (double[] r : returns) if (r.length != t) throw new IllegalArgumentException("trials differ in length");
        if (blocks < 2 || blocks % 2 != 0 || blocks > t) {
            throw new IllegalArgumentException("blocks must be even, >= 2 and <= T=" + t + ", got " + blocks);
        }
        int rows = t / blocks;
        if (rows * (blocks / 2) < 2) throw new IllegalArgumentException("CSCV needs at least 2 periods per half, T=" + t);
        int skip = t - rows * blocks;
        // per block and trial: count, sum, sum of squares (blocks are equal in size)
        double[][] sum = new double[blocks][n];
        double[][] sq = new double[blocks][n];
        for (int j = 0; j < n; j++) {
            double[] r = returns[j];
            for (int b = 0; b < blocks; b++) {
                double s = 0, q = 0;
                for (int i = skip + b * rows, end = i + rows; i < end; i++) {
                    s += r[i];
                    q += r[i] * r[i];
                }
                sum[b][j] = s;
                sq[b][j] = q;
            }
        }
        int half = blocks / 2;
        int splits = (int) binomial(blocks, half);
        double[] logits = new double[splits];
        double[] isPerf = new double[splits];
        double[] oosPerf = new double[splits];
        int[][] combos = new int[splits][];
        int[] c = new int[half];
        for (int i = 0; i < half; i++) c[i] = i;
        for (int k = 0; k < splits; k++) {
            combos[k] = c.clone();
            next(c, blocks);
        }
        int count = rows * half;
        // splits are independent: computed in parallel, each into its own slots, so the result does not depend on
        // the number of threads (the same arithmetic in the same order as one thread). Each trial's sums add its
        // blocks in block order, a block at a time over all trials (contiguous, so the JIT uses vector adds).
        ThreadLocal<double[][]> scratch = ThreadLocal.withInitial(() -> new double[6][n]);
        java.util.stream.IntStream.range(0, splits).parallel().forEach(k -> {
            double[][] buf = scratch.get();
            double[] s1 = buf[0], q1 = buf[1], s2 = buf[2], q2 = buf[3];
            double[] train = buf[4];
            double[] test = buf[5];
            java.util.Arrays.fill(s1, 0.0);
            java.util.Arrays.fill(q1, 0.0);
            java.util.Arrays.fill(s2, 0.0);
            java.util.Arrays.fill(q2, 0.0);
            boolean[] inTrain = new boolean[blocks];
            for (int b : combos[k]) inTrain[b] = true;
            for (int b = 0; b < blocks; b++) {
                double[] s = inTrain[b] ? s1 : s2;
                double[] q = inTrain[b] ? q1 : q2;
                double[] sb = sum[b];
                double[] qb = sq[b];
                for (int j = 0; j < n; j++) {
                    s[j] += sb[j];
                    q[j] += qb[j];
                }
            }
            for (int j = 0; j < n; j++) {
                train[j] = sharpe(s1[j], q1[j], count);
                test[j] = sharpe(s2[j], q2[j], count);
            }
            int best = 0;
            for (int j = 1; j < n; j++) if (train[j] > train[best]) best = j;
            double x = test[best];
            int below = 0, equal = 0;
            for (int j = 0; j < n; j++) {
                if (test[j] < x) below++;
                else if (test[j] == x) equal++;
            }
            double rank = below + (equal + 1) / 2.0;
            double omega = rank / (n + 1);
            logits[k] = Math.log(omega / (1 - omega));
            isPerf[k] = train[best];
            oosPerf[k] = x;
        });
        int losses = 0;
        int overfit = 0;
        for (int k = 0; k < splits; k++) {
            if (logits[k] <= 0) overfit++;
            if (oosPerf[k] < 0) losses++;
        }
        return new Result((double) overfit / splits, splits, blocks, rows, logits, isPerf, oosPerf, (double) losses / splits,
                slope(isPerf, oosPerf));
    }

    /** The largest even S ≤ {@code wanted} that leaves at least {@code minRows} periods per block (0 if none). */
    public static int blocksFor(int periods, int wanted, int minRows) {
        int s = Math.min(wanted, periods / Math.max(1, minRows));
        if (s % 2 != 0) s--;
        return s >= 2 ? s : 0;
    }

    private static double sharpe(double sum, double sumSq, int count) {
        double mean = sum / count;
        double var = (sumSq - sum * mean) / (count - 1);
        return var > 1e-300 ? mean / Math.sqrt(var) : 0;
    }

    private static void next(int[] c, int n) {
        int k = c.length;
        int i = k - 1;
        while (i >= 0 && c[i] == n - k + i) i--;
        if (i < 0) return;
        c[i]++;
        for (int j = i + 1; j < k; j++) c[j] = c[j - 1] + 1;
    }

    static long binomial(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return r;
    }

    private static double slope(double[] x, double[] y) {
        double mx = Moments.mean(x), my = Moments.mean(y), sxy = 0, sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx > 0 ? sxy / sxx : 0;
    }
}
