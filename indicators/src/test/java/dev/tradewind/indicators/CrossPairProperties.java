package dev.tradewind.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.indicators.trend.Cross;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Cross#updateBothAt} (one pass for a pair, testing whole chunks of bars for a sign that holds) lists exactly the
 * bars where two separate {@link Cross#updateDifference} passes give a value other than 0, with their values bit for
 * bit, and leaves both in the same state: over lines that cross often and rarely, touch ({@code a == b}, signed zeros),
 * go NaN or infinite, fed in blocks of random lengths.
 */
class CrossPairProperties {

    @Property(tries = 400)
    void onePassForThePairIsTwoSeparatePasses(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3_000) int size,
            @ForAll @IntRange(min = 0, max = 2) int kinds) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] a = new double[size];
        double[] b = new double[size];
        lines(random, a, b);
        Cross[] pair = kinds == 0 ? new Cross[] {Cross.over(), Cross.under()}
                : kinds == 1 ? new Cross[] {Cross.both(), Cross.over()} : new Cross[] {Cross.under(), Cross.both()};
        Cross[] alone = kinds == 0 ? new Cross[] {Cross.over(), Cross.under()}
                : kinds == 1 ? new Cross[] {Cross.both(), Cross.over()} : new Cross[] {Cross.under(), Cross.both()};
        double[][] expected = new double[2][size];
        int[] at = new int[size];
        double[] values = new double[size];
        double[] otherValues = new double[size];
        for (int from = 0; from < size; ) {
            int to = Math.min(size, from + 1 + random.nextInt(random.nextBoolean() ? 40 : 1_100));
            for (int k = 0; k < 2; k++) alone[k].updateDifference(a, 0, b, 0, expected[k], 0, from, to);
            int found = pair[0].updateBothAt(pair[1], a, 0, b, 0, from, to, at, values, otherValues);
            int next = 0;
            for (int g = from; g < to; g++) {
                boolean listed = next < found && at[next] == g;
                boolean shouldBe = expected[0][g] != 0 || expected[1][g] != 0;
                assertThat(listed).as("bar %d listed", g).isEqualTo(shouldBe);
                if (!listed) continue;
                assertThat(bits(values[next])).as("bar %d", g).isEqualTo(bits(expected[0][g]));
                assertThat(bits(otherValues[next])).as("bar %d, the other", g).isEqualTo(bits(expected[1][g]));
                next++;
            }
            assertThat(next).isEqualTo(found);
            for (int k = 0; k < 2; k++) {
                assertThat(bits(pair[k].value(0))).as("state after bar %d", to - 1).isEqualTo(bits(alone[k].value(0)));
            }
            from = to;
        }
    }

    /**
     * Two lines whose difference keeps its sign for stretches of random length (up to a few hundred bars, so whole
     * chunks pass untouched), with touches (often just before the sign turns), signed zeros, NaN runs and now and then an infinity.
     */
    private static void lines(SplittableRandom random, double[] a, double[] b) {
        double sign = random.nextBoolean() ? 1 : -1;
        int stretch = 0;
        for (int i = 0; i < a.length; i++) {
            if (stretch-- <= 0) {
                sign = -sign;
                stretch = random.nextInt(random.nextBoolean() ? 5 : 300);
            }
            double base = 100 + random.nextDouble();
            a[i] = base;
            int pick = random.nextInt(100);
            b[i] = pick < 3 ? base // a touch: the difference is +0.0
                    : pick < 4 ? Double.NaN
                    : pick < 5 ? (random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY)
                    : base - sign * (1e-9 + random.nextDouble());
            if (stretch == 0 && random.nextInt(3) == 0) b[i] = base; // a touch just before the sign turns
            if (pick == 5) { // -0.0: a and b both zeros of opposite sign
                a[i] = -0.0;
                b[i] = 0.0;
            }
            if (pick == 6) { // a run of NaN
                for (int k = 0; k < random.nextInt(40) && i < a.length; k++, i++) a[i] = Double.NaN;
                i--;
            }
        }
    }

    private static long bits(double v) { return Double.doubleToRawLongBits(v); }
}
