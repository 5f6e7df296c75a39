package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.indicators.Factors;
import dev.tradewind.model.BarSeries;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FactorTableTest {

    private static BarSeries bars(int n) {
        SplittableRandom r = new SplittableRandom(7);
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        double last = 100;
        for (int i = 0; i < n; i++) {
            t[i] = 1_000_000_000_000L + i * 60_000_000_000L;
            o[i] = last;
            c[i] = last * (1 + 0.01 * r.nextGaussian());
            h[i] = Math.max(o[i], c[i]) + r.nextDouble();
            l[i] = Math.min(o[i], c[i]) - r.nextDouble();
            v[i] = 1 + r.nextInt(1000);
            last = c[i];
        }
        return new BarSeries("X", t, o, h, l, c, v);
    }

    /** The naive reference: every bar fed to streaming factors, every row kept. */
    private static double[][] reference(BarSeries b, int[] periods) {
        Factors f = new Factors(periods);
        double[][] rows = new double[b.size()][f.size()];
        for (int i = 0; i < b.size(); i++) {
            f.update(b.time()[i], b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
            f.values(rows[i]);
        }
        return rows;
    }

    @Test
    void everyBarMatchesTheStreamingReferenceBitForBit() {
        BarSeries b = bars(3000);
        int[] periods = {10, 20, 50};
        double[][] ref = reference(b, periods);
        int[] seen = {0};
        FactorTable.of(b, periods).forEachBar((i, v) -> {
            assertThat(i).isEqualTo(seen[0]++);
            assertThat(v).containsExactly(ref[i]);
        });
        assertThat(seen[0]).isEqualTo(3000);
    }

    @Test
    void rowsBeforeTimesAreThePreviousBarsInAnyOrderAndNaNBeforeTheFirstBar() {
        BarSeries b = bars(2500);
        int[] periods = {10, 30};
        double[][] ref = reference(b, periods);
        long[] t = b.time();
        long[] times = {t[2000], t[5], t[0], t[0] - 1, t[1] + 1, t[2000], t[2499] + 60_000_000_000L};
        double[][] rows = FactorTable.of(b, periods).before(times);
        assertThat(rows[0]).containsExactly(ref[1999]);
        assertThat(rows[1]).containsExactly(ref[4]);
        assertThat(java.util.Arrays.stream(rows[2]).allMatch(Double::isNaN)).isTrue();
        assertThat(rows[2]).hasSize(8);
        assertThat(java.util.Arrays.stream(rows[3]).allMatch(Double::isNaN)).isTrue();
        assertThat(rows[3]).hasSize(8);
        assertThat(rows[4]).containsExactly(ref[1]);   // the last bar that opened before the time, as before
        assertThat(rows[5]).containsExactly(ref[1999]);
        assertThat(rows[6]).containsExactly(ref[2499]);
    }
}
