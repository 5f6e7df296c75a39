package dev.tradewind.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Extremes} against a scan of every range: the same value, bit for bit (NaN skipped, the first of 0.0 and -0.0). */
class ExtremesTest {
    private static final double[] ODD = {Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    @Test
    void everyRangeGivesTheExtremesOfAScan() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 30; round++) {
            int n = random.nextInt(120);
            double[] low = new double[n];
            double[] high = new double[n];
            for (int i = 0; i < n; i++) {
                low[i] = random.nextInt(6) == 0 ? ODD[random.nextInt(ODD.length)] : random.nextInt(5) - 2; // many ties
                high[i] = random.nextInt(6) == 0 ? ODD[random.nextInt(ODD.length)] : random.nextInt(5) - 2;
            }
            Extremes e = Extremes.of(low, high);
            assertThat(e.covers(low, high)).isTrue();
            assertThat(e.covers(low.clone(), high)).isFalse();
            for (int from = 0; from <= n; from++) {
                for (int to = from; to <= n; to++) {
                    double lowest = Double.POSITIVE_INFINITY;
                    double highest = Double.NEGATIVE_INFINITY;
                    for (int i = from; i < to; i++) {
                        if (low[i] < lowest) lowest = low[i];
                        if (high[i] > highest) highest = high[i];
                    }
                    assertThat(Double.doubleToRawLongBits(e.lowest(low, from, to))).as("lowest [%d, %d)", from, to)
                            .isEqualTo(Double.doubleToRawLongBits(lowest));
                    assertThat(Double.doubleToRawLongBits(e.highest(high, from, to))).as("highest [%d, %d)", from, to)
                            .isEqualTo(Double.doubleToRawLongBits(highest));
                }
            }
        }
    }

    @Test
    void theLastOneBuiltIsSharedForTheSameColumns() {
        double[] low = new double[100];
        double[] high = new double[100];
        assertThat(Extremes.of(low, high)).isSameAs(Extremes.of(low, high));
        assertThat(Extremes.of(low, high.clone())).isNotSameAs(Extremes.of(low, high));
    }
}
