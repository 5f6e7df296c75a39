package dev.tradewind.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.tradewind.model.Steps;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link CurveSummary} settles chunks of points that set no new peak from their lowest and highest: over random walks
 * long enough to have such chunks (flat stretches, losing stretches, new highs), handed over in random pieces, its
 * maximum drawdown, longest time under water and bars in a position equal those of the per-bar definition, bit for
 * bit (runs of equal points handed over now and then as constants: {@link CurveSummary#constant}), and a point that is
 * not finite anywhere is named.
 */
class CurveSummaryChunksTest {

    @Property(tries = 300)
    void chunksGiveThePerBarSummary(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3000) int n) {
        Random r = new Random(seed);
        double[] equity = walk(r, n);
        long[] t = Runs.days("2024-03-01", n);
        Steps position = new Steps();
        for (int i = 0; i < n; i++) position.add(r.nextInt(3) == 0 ? 0 : 1);
        CurveSummary read = new CurveSummary();
        for (int from = 0; from < n; ) {
            int same = from + 1; // the run of equal points from here: handed over now and then as one constant
            while (same < n && equity[same] == equity[from]) same++;
            if (same - from > 1 && r.nextBoolean()) {
                int to = from + 1 + r.nextInt(same - from);
                read.constant(t, equity, position, from, to, equity[from]);
                from = to;
                continue;
            }
            int to = Math.min(n, from + 1 + r.nextInt(r.nextBoolean() ? 20 : 400));
            read.points(t, equity, position, from, to);
            from = to;
        }
        Drawdowns.Summary got = read.summary();

        double maxDd = 0;
        for (double d : Drawdowns.series(equity, n)) maxDd = Math.max(maxDd, d);
        long longest = 0;
        double peak = Double.NEGATIVE_INFINITY;
        int peakBar = 0;
        int open = 0;
        for (int i = 0; i < n; i++) { // under water: from a peak bar to the first later bar at or above it, not the next
            if (equity[i] >= peak) {
                if (i > peakBar + 1) longest = Math.max(longest, t[i] - t[peakBar]);
                peak = equity[i];
                peakBar = i;
            }
            if (position.at(i) != 0) open++;
        }
        longest = Math.max(longest, t[n - 1] - t[peakBar]);
        assertThat(got.maxDrawdown()).isEqualTo(maxDd);
        assertThat(got.maxDurationDays()).isEqualTo((double) longest / dev.tradewind.model.Times.NANOS_PER_DAY);
        assertThat(got.open()).isEqualTo(open);
    }

    @Test
    void aConstantStretchBelowThePeakIsItsTrough() {
        double[] equity = {100, 90, 90, 90, 100, 100, 100};
        long[] t = Runs.days("2024-03-01", equity.length);
        CurveSummary read = new CurveSummary();
        read.points(t, equity, null, 0, 1);
        read.constant(t, equity, null, 1, 4, 90); // never read point by point
        read.points(t, equity, null, 4, 5);
        read.constant(t, equity, null, 5, 7, 100); // at the peak: each point a new peak, none under water
        Drawdowns.Summary got = read.summary();
        assertThat(got.maxDrawdown()).isEqualTo(0.1);
        assertThat(got.maxDurationDays()).isEqualTo(4.0); // from the peak at day 0 to the next at day 4
    }

    @Property(tries = 200)
    void aPointThatIsNotFiniteIsNamedWhereverItIs(@ForAll long seed, @ForAll @IntRange(min = 1, max = 1000) int n) {
        Random r = new Random(seed);
        double[] equity = walk(r, n);
        int bad = r.nextInt(n);
        equity[bad] = new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}[r.nextInt(3)];
        CurveSummary read = new CurveSummary();
        long[] t = Runs.days("2024-03-01", n);
        assertThatIllegalArgumentException().isThrownBy(() -> read.points(t, equity, null, 0, n))
                .withMessage("equity[" + bad + "] must be finite, was " + equity[bad]);
        CurveSummary constant = new CurveSummary(); // handed over as a constant point, it is named too
        if (bad > 0) constant.points(t, equity, null, 0, bad);
        assertThatIllegalArgumentException().isThrownBy(() -> constant.constant(t, equity, null, bad, bad + 1, equity[bad]))
                .withMessage("equity[" + bad + "] must be finite, was " + equity[bad]);
    }

    /** Equity that rises, falls and stays flat for stretches (a position opened and closed), from 10,000. */
    private static double[] walk(Random r, int n) {
        double[] e = new double[n];
        double x = 10_000;
        boolean flat = false;
        for (int i = 0; i < n; i++) {
            if (r.nextInt(50) == 0) flat = !flat;
            if (!flat) x += r.nextGaussian() * 20 + (r.nextInt(4) == 0 ? 5 : -1);
            e[i] = r.nextInt(200) == 0 ? Math.rint(x / 100) * 100 : x; // some ties with round numbers
        }
        return e;
    }
}
