package dev.tradewind.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * CSCV as defined by Bailey, Borwein, López de Prado and Zhu, "The Probability of Backtest Overfitting", Journal of
 * Computational Finance 20(4), 2017: a hand-worked case, a naive reference implementation, and the two limits the
 * paper describes (trials without skill: PBO near 1/2; one trial that truly dominates: PBO near 0).
 */
class CscvTest {

    /**
     * Two trials, B = -A, four one-period blocks: the in-sample winner is A when A's training sum is positive, and
     * it is the better one out of sample exactly when A's test sum has the same sign. With A = (3, 1, -0.5, -2) the
     * six splits {01|23} {02|13} {03|12} {12|03} {13|02} {23|01} have training/test sums 4/-2.5, 2.5/-1, 1/0.5,
     * 0.5/1, -1/2.5, -2.5/4: signs differ in 4 of 6, so PBO = 2/3. The winner's relative rank is 1/3 (λ = -ln 2) in
     * those splits and 2/3 (λ = ln 2) in the others; its test Sharpe ratio is negative in the same 4.
     */
    @Test
    void handWorkedExample() {
        double[] a = {3, 1, -0.5, -2};
        double[] b = Arrays.stream(a).map(x -> -x).toArray();
        Cscv.Result r = Cscv.pbo(new double[][] {a, b}, 4);
        assertThat(r.splits()).isEqualTo(6);
        assertThat(r.pbo()).isCloseTo(2.0 / 3, within(1e-15));
        double l = Math.log(2);
        assertThat(r.logits()).containsExactly(new double[] {-l, -l, l, l, -l, -l}, within(1e-12));
        assertThat(r.probabilityOfLoss()).isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void matchesANaiveImplementation() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 20; round++) {
            int n = 2 + random.nextInt(8), blocks = 2 * (1 + random.nextInt(4)), t = blocks * (2 + random.nextInt(5)) + random.nextInt(3);
            double[][] m = new double[n][t];
            for (double[] row : m) for (int i = 0; i < t; i++) row[i] = random.nextGaussian() * 0.01 + (random.nextInt(4) == 0 ? 0.002 : 0);
            Cscv.Result fast = Cscv.pbo(m, blocks);
            double naive = naivePbo(m, blocks);
            assertThat(fast.pbo()).as("round %d", round).isCloseTo(naive, within(1e-12));
        }
    }

    @Test
    void trialsWithoutSkillOverfitAboutHalfTheTime() {
        SplittableRandom random = new SplittableRandom(42);
        double[][] m = new double[50][1000];
        for (double[] row : m) for (int i = 0; i < row.length; i++) row[i] = random.nextGaussian() * 0.01;
        Cscv.Result r = Cscv.pbo(m, 16);
        assertThat(r.splits()).isEqualTo(12870);
        assertThat(r.pbo()).isBetween(0.35, 0.65);
    }

    @Test
    void aDominantTrialDoesNotOverfit() {
        SplittableRandom random = new SplittableRandom(43);
        double[][] m = new double[50][1000];
        for (double[] row : m) for (int i = 0; i < row.length; i++) row[i] = random.nextGaussian() * 0.01;
        for (int i = 0; i < 1000; i++) m[17][i] += 0.004; // Sharpe 0.4 per period against 0 for the others
        Cscv.Result r = Cscv.pbo(m, 16);
        assertThat(r.pbo()).isLessThan(0.01);
        assertThat(r.probabilityOfLoss()).isLessThan(0.01);
    }

    @Test
    void blocksShrinkToFitShortSeries() {
        assertThat(Cscv.blocksFor(31, 16, 2)).isEqualTo(14);
        assertThat(Cscv.blocksFor(1000, 16, 2)).isEqualTo(16);
        assertThat(Cscv.blocksFor(3, 16, 2)).isZero();
    }

    /** Straight from the paper's steps: explicit row sets, full Sharpe recomputation, rank by sorting. */
    private static double naivePbo(double[][] m, int s) {
        int t = m[0].length, rows = t / s, skip = t - rows * s;
        List<int[]> combos = new ArrayList<>();
        combine(s, s / 2, 0, new int[s / 2], 0, combos);
        int overfit = 0;
        for (int[] c : combos) {
            List<Integer> train = new ArrayList<>(), test = new ArrayList<>();
            for (int b = 0; b < s; b++) {
                boolean in = false;
                for (int x : c) in |= x == b;
                for (int i = skip + b * rows; i < skip + (b + 1) * rows; i++) (in ? train : test).add(i);
            }
            double[] is = new double[m.length], oos = new double[m.length];
            for (int n = 0; n < m.length; n++) {
                is[n] = sharpe(m[n], train);
                oos[n] = sharpe(m[n], test);
            }
            int best = 0;
            for (int n = 1; n < m.length; n++) if (is[n] > is[best]) best = n;
            double[] sorted = oos.clone();
            Arrays.sort(sorted);
            int first = -1, last = -1;
            for (int k = 0; k < sorted.length; k++) {
                if (sorted[k] == oos[best]) {
                    if (first < 0) first = k;
                    last = k;
                }
            }
            double rank = (first + 1 + last + 1) / 2.0;
            double w = rank / (m.length + 1);
            if (Math.log(w / (1 - w)) <= 0) overfit++;
        }
        return (double) overfit / combos.size();
    }

    private static double sharpe(double[] r, List<Integer> rows) {
        double[] x = rows.stream().mapToDouble(i -> r[i]).toArray();
        return Moments.sharpe(x);
    }

    private static void combine(int n, int k, int start, int[] cur, int depth, List<int[]> out) {
        if (depth == k) {
            out.add(cur.clone());
            return;
        }
        for (int i = start; i < n; i++) {
            cur[depth] = i;
            combine(n, k, i + 1, cur, depth + 1, out);
        }
    }

    @Test
    void theSplitsGiveTheSameBitsOnOneThreadAsOnMany() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        double[][] m = new double[60][400];
        for (double[] row : m) for (int i = 0; i < row.length; i++) row[i] = random.nextGaussian() * 0.01;
        Cscv.Result many = Cscv.pbo(m, 12);
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        try {
            Cscv.Result single = one.submit(() -> Cscv.pbo(m, 12)).get();
            assertThat(single.logits()).containsExactly(many.logits());
            assertThat(single.isPerformance()).containsExactly(many.isPerformance());
            assertThat(single.pbo()).isEqualTo(many.pbo());
        } finally {
            one.shutdown();
        }
    }
}
