package dev.tradewind.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.tradewind.model.Steps;
import dev.tradewind.model.Times;
import dev.tradewind.model.Trade;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The statistics of a run's columns in one pass ({@link StatisticsCalculator#compute(long[], double[], double[], int,
 * List, double, double, StatisticsOptions)}, a sweep's trial) against those of the {@link RunInput} record with
 * {@code inPosition = position != 0}: equal in every component, bit for bit, and the same refusals.
 */
class ColumnStatisticsTest {

    @Property(tries = 300)
    void theColumnsGiveTheStatisticsOfTheRecord(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int n,
            @ForAll @IntRange(min = 0, max = 20) int extra, @ForAll("zones") ZoneId zone) {
        Random random = new Random(seed);
        long[] t = new long[n + extra];
        double[] e = new double[n + extra];
        double[] position = new double[n + extra];
        long step = (1 + random.nextInt(240)) * 60 * Times.NANOS_PER_SECOND; // 1 minute to 4 hours, with gaps
        double equity = 1_000;
        double q = 0;
        for (int i = 0; i < t.length; i++) {
            t[i] = (i == 0 ? 1_700_000_000L * Times.NANOS_PER_SECOND : t[i - 1]) + step * (random.nextInt(20) == 0 ? 50 : 1);
            if (random.nextInt(30) == 0) q = q == 0 ? (random.nextBoolean() ? 1 : -0.0) : random.nextInt(8) == 0 ? Double.NaN : 0;
            if (q != 0 || random.nextInt(10) == 0) { // flat stretches, ties with the peak, new highs, deep losses
                int move = random.nextInt(6);
                equity = move == 0 ? equity : move == 1 ? equity * 1.01 : move == 2 ? equity * 0.99
                        : move == 3 ? Math.rint(equity) : equity + random.nextGaussian() * 5;
                if (random.nextInt(500) == 0) equity = -equity;
            }
            e[i] = equity;
            position[i] = q;
        }
        if (extra > 0) e[n] = Double.NaN; // past n: never read
        boolean[] in = new boolean[t.length];
        for (int i = 0; i < t.length; i++) in[i] = position[i] != 0;
        List<Trade> trades = Runs.trades(random.doubles(random.nextInt(30), -50, 60).toArray());
        double finalCash = n == 0 ? 1_000 : e[n - 1] - 3;
        StatisticsOptions options = StatisticsOptions.DEFAULT.withZone(zone);
        Statistics record = StatisticsCalculator.compute(new RunInput(t, e, in, n, trades, 1_000, finalCash), options);
        Steps steps = Steps.of(position);
        Statistics columns = StatisticsCalculator.compute(t, e, steps, n, trades, 1_000, finalCash, options);
        assertThat(columns).isEqualTo(record); // a record's equals compares doubles bit for bit (Double.compare)
        CurveSummary read = new CurveSummary(); // the same curve read in random stretches, as a run writes it
        for (int from = 0; from < n; ) {
            int to = Math.min(n, from + (random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 3 : 200)));
            read.points(t, e, steps, from, to);
            from = to;
        }
        assertThat(read.bars()).isEqualTo(n);
        assertThat(StatisticsCalculator.compute(t, e, steps, n, trades, 1_000, finalCash, options, read)).isEqualTo(record);
        assertThat(DailyReturns.of(t, e, n, 1_000, zone).returns())
                .containsExactly(DailyReturns.of(new RunInput(t, e, in, n, trades, 1_000, finalCash), zone).returns());
    }

    @Test
    void aPositionChangesOnlyTheExposure() {
        long[] t = Runs.days("2024-03-01", 4);
        double[] e = {100, 90, 95, 110};
        Statistics flat = StatisticsCalculator.compute(t, e, Steps.of(new double[4]), 4, List.of(), 100, 110, StatisticsOptions.DEFAULT);
        Statistics half = StatisticsCalculator.compute(t, e, Steps.of(0, 2, -1, 0), 4, List.of(), 100, 110, StatisticsOptions.DEFAULT);
        assertThat(flat.exposure()).isZero();
        assertThat(half.exposure()).isEqualTo(0.5);
        assertThat(half.maxDrawdown()).isEqualTo(flat.maxDrawdown()).isEqualTo(0.1);
    }

    @Test
    void aSummaryMustHaveReadTheBarsInOrder() {
        long[] t = {1, 2, 3};
        double[] e = {100, 90, 95};
        Steps p = Steps.of(0, 1, 1);
        CurveSummary read = new CurveSummary();
        read.points(t, e, p, 0, 2);
        assertThatIllegalStateException().isThrownBy(() -> read.points(t, e, p, 1, 3)).withMessage("points from 1 after 2 read");
        assertThatIllegalStateException()
                .isThrownBy(() -> StatisticsCalculator.compute(t, e, p, 3, List.of(), 100, 95, StatisticsOptions.DEFAULT, read))
                .withMessage("the curve summary read 2 of 3 bars");
        assertThatIllegalArgumentException().isThrownBy(() -> read.points(t, new double[] {100, 90, Double.NaN}, p, 2, 3))
                .withMessage("equity[2] must be finite, was NaN");
        read.reset();
        read.points(t, e, p, 0, 3);
        assertThat(StatisticsCalculator.compute(t, e, p, 3, List.of(), 100, 95, StatisticsOptions.DEFAULT, read))
                .isEqualTo(compute(t, e, p, 3, List.of(), 100, 95));
    }

    @Test
    void refusesWhatTheRecordRefuses() {
        long[] t = {1, 2};
        double[] e = {100, 101};
        Steps p = Steps.of(0, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> compute(t, e, p, 3, List.of(), 100, 100)).withMessageContaining("n=3");
        assertThatIllegalArgumentException().isThrownBy(() -> compute(t, e, p, 2, List.of(), 0, 100)).withMessageContaining("startingCash");
        assertThatIllegalArgumentException().isThrownBy(() -> compute(t, e, p, 2, List.of(), 100, Double.NaN)).withMessageContaining("finalCash");
        assertThatIllegalArgumentException().isThrownBy(() -> compute(t, new double[] {100, Double.POSITIVE_INFINITY}, p, 2, List.of(), 100, 100))
                .withMessage("equity[1] must be finite, was Infinity");
        assertThatIllegalArgumentException().isThrownBy(() -> compute(t, new double[] {Double.NaN, 1}, p, 2, List.of(), 100, 100))
                .withMessage("equity[0] must be finite, was NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> compute(t, e, p, 2, Runs.trades(1, Double.NaN), 100, 100))
                .withMessageContaining("trades[1]");
        assertThatIllegalArgumentException().isThrownBy(() -> compute(t, e, null, 2, List.of(), 100, 100)).withMessageContaining("null");
    }

    @Test
    void timesAreCheckedForEachColumnNotOnlyOnce() {
        long[] good = {1, 2, 3};
        double[] e = {100, 101, 102};
        Steps p = Steps.of(new double[3]);
        compute(good, e, p, 3, List.of(), 100, 100);
        compute(good, e, p, 3, List.of(), 100, 100); // remembered
        long[] bad = {1, 3, 3};
        assertThatIllegalArgumentException().isThrownBy(() -> compute(bad, e, p, 3, List.of(), 100, 100))
                .withMessage("time[2]=3 not after time[1]=3");
        compute(good, e, p, 2, List.of(), 100, 100); // another length of the remembered column: checked again
        long[] same = good.clone();
        same[1] = 1; // same ends, another array
        assertThatIllegalArgumentException().isThrownBy(() -> compute(same, e, p, 3, List.of(), 100, 100))
                .withMessage("time[1]=1 not after time[0]=1");
    }

    private static Statistics compute(long[] t, double[] e, Steps p, int n, List<Trade> trades, double start, double cash) {
        return StatisticsCalculator.compute(t, e, p, n, trades, start, cash, StatisticsOptions.DEFAULT);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneId.of("UTC"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Europe/London"));
    }
}
