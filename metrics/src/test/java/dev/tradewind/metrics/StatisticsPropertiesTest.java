package dev.tradewind.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.model.Times;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class StatisticsPropertiesTest {

    /** Irregular bar times: gaps of 1 to 7 hours. */
    private static long[] times(int n) {
        long[] t = new long[n];
        for (int i = 1; i < n; i++) {
            t[i] = t[i - 1] + (1 + i % 7) * 3_600 * Times.NANOS_PER_SECOND;
        }
        return t;
    }

    private static double[] array(List<Double> values) { return values.stream().mapToDouble(x -> x).toArray(); }

    @Property
    void maxDrawdownIsAFractionAndMatchesNaive(
            @ForAll @Size(min = 1, max = 200) List<@DoubleRange(min = 0.01, max = 1e6) Double> values) {
        double[] e = array(values);
        int n = e.length;
        long[] t = times(n);
        Statistics s = StatisticsCalculator.compute(Runs.run(t, e));
        double naive = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i <= j; i++) {
                naive = Math.max(naive, (e[i] - e[j]) / e[i]);
            }
        }
        assertThat(s.maxDrawdown()).isBetween(0.0, 1.0).isCloseTo(naive, within(1e-12));
        assertThat(s.maxDrawdown()).isEqualTo(Arrays.stream(Drawdowns.series(e, n)).max().orElseThrow());
        assertThat(s.maxDrawdownDuration()).isEqualTo(naiveDurationDays(t, e));
    }

    /** For every running peak, scan forward to the first bar at or above it (or the end). */
    private static double naiveDurationDays(long[] t, double[] e) {
        long longest = 0;
        for (int i = 0; i < e.length; i++) {
            boolean peak = true;
            for (int k = 0; k < i; k++) {
                peak &= e[k] <= e[i];
            }
            int j = i + 1;
            while (peak && j < e.length && e[j] < e[i]) {
                j++;
            }
            if (peak && j > i + 1) {
                longest = Math.max(longest, (j < e.length ? t[j] : t[e.length - 1]) - t[i]);
            }
        }
        return (double) longest / Times.NANOS_PER_DAY;
    }

    @Property
    void invariantToArrayOverCapacityAndDeterministic(
            @ForAll @Size(max = 100) List<@DoubleRange(min = 1, max = 1000) Double> values,
            @ForAll @IntRange(min = 1, max = 20) int extra, @ForAll long seed, @ForAll("zones") ZoneId zone) {
        int n = values.size();
        Random random = new Random(seed);
        long[] t = times(n);
        double[] e = array(values);
        boolean[] open = new boolean[n];
        for (int i = 0; i < n; i++) {
            open[i] = random.nextBoolean();
        }
        List<dev.tradewind.model.Trade> trades = Runs.trades(random.doubles(random.nextInt(10), -50, 50).toArray());
        RunInput exact = new RunInput(t, e, open, trades, 100, 42);
        // padding that would change every statistic if it were read
        long[] tp = Arrays.copyOf(t, n + extra);
        double[] ep = Arrays.copyOf(e, n + extra);
        boolean[] op = Arrays.copyOf(open, n + extra);
        for (int i = n; i < n + extra; i++) {
            tp[i] = (i == 0 ? 0 : tp[i - 1]) + 40 * Times.NANOS_PER_DAY;
            ep[i] = i % 2 == 0 ? Double.NaN : 1e-9;
            op[i] = true;
        }
        RunInput padded = new RunInput(tp, ep, op, n, trades, 100, 42);
        StatisticsOptions options = StatisticsOptions.DEFAULT.withZone(zone);

        Statistics s = StatisticsCalculator.compute(exact, options);
        assertThat(StatisticsCalculator.compute(padded, options)).isEqualTo(s);
        assertThat(StatisticsCalculator.compute(exact, options)).isEqualTo(s);
        assertThat(Drawdowns.series(ep, n)).isEqualTo(Drawdowns.series(e, n));
        DailyReturns d = DailyReturns.of(exact, zone);
        DailyReturns dp = DailyReturns.of(padded, zone);
        assertThat(dp.time()).isEqualTo(d.time());
        assertThat(dp.returns()).isEqualTo(d.returns());
        assertThat(s.toMap().values()).allSatisfy(v -> assertThat(Double.isFinite(((Number) v).doubleValue())).isTrue());
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneId.of("UTC"), ZoneId.of("Asia/Tokyo"), ZoneId.of("America/New_York"),
                ZoneId.of("Australia/Lord_Howe"));
    }
}
