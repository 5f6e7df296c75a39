package dev.tradewind.metrics;

import static dev.tradewind.metrics.Runs.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Returns by day, week, month and year: from each period's last equity, keyed by the period's first date. */
class PeriodReturnsTest {
    // Friday 2023-12-29, Sunday 31st, Monday 2024-01-01 twice, Wednesday 3rd, Monday 8th, Thursday 1st of February
    static final long[] T = times("2023-12-29T10:00:00Z", "2023-12-31T10:00:00Z", "2024-01-01T09:00:00Z",
            "2024-01-01T17:00:00Z", "2024-01-03T10:00:00Z", "2024-01-08T10:00:00Z", "2024-02-01T10:00:00Z");
    static final double[] EQ = {101, 102, 99, 105, 104, 110, 121};

    @Test
    void dailyReturnsUseEachDaysLastEquity() {
        PeriodReturns d = PeriodReturns.of(Runs.run(T, EQ), ZoneOffset.UTC, PeriodReturns.Period.DAY);
        assertThat(dates(d)).containsExactly("2023-12-29", "2023-12-31", "2024-01-01", "2024-01-03", "2024-01-08", "2024-02-01");
        assertThat(d.returns()).containsExactly(new double[] {0.01, 102.0 / 101 - 1, 105.0 / 102 - 1, 104.0 / 105 - 1,
                110.0 / 104 - 1, 0.1}, within(1e-12));
    }

    @Test
    void weeksStartOnMondayMonthsOnTheFirstYearsOnJanuaryFirst() {
        RunInput run = Runs.run(T, EQ);
        PeriodReturns w = PeriodReturns.of(run, ZoneOffset.UTC, PeriodReturns.Period.WEEK);
        assertThat(dates(w)).containsExactly("2023-12-25", "2024-01-01", "2024-01-08", "2024-01-29");
        assertThat(w.returns()).containsExactly(new double[] {0.02, 104.0 / 102 - 1, 110.0 / 104 - 1, 0.1}, within(1e-12));
        PeriodReturns m = PeriodReturns.of(run, ZoneOffset.UTC, PeriodReturns.Period.MONTH);
        assertThat(dates(m)).containsExactly("2023-12-01", "2024-01-01", "2024-02-01");
        assertThat(m.returns()).containsExactly(new double[] {0.02, 110.0 / 102 - 1, 0.1}, within(1e-12));
        PeriodReturns y = PeriodReturns.of(run, ZoneOffset.UTC, PeriodReturns.Period.YEAR);
        assertThat(dates(y)).containsExactly("2023-01-01", "2024-01-01");
        assertThat(y.returns()).containsExactly(new double[] {0.02, 121.0 / 102 - 1}, within(1e-12));
    }

    @Test
    void theZoneDecidesTheDay() {
        // 2023-12-31T16:00Z is already January 1st in Tokyo (UTC+9), at 01:00
        RunInput run = Runs.run(times("2023-12-31T10:00:00Z", "2023-12-31T16:00:00Z"), 101, 103);
        PeriodReturns utc = PeriodReturns.of(run, ZoneOffset.UTC, PeriodReturns.Period.YEAR);
        assertThat(dates(utc)).containsExactly("2023-01-01");
        PeriodReturns tokyo = PeriodReturns.of(run, ZoneId.of("Asia/Tokyo"), PeriodReturns.Period.YEAR);
        assertThat(dates(tokyo)).containsExactly("2023-01-01", "2024-01-01");
        assertThat(tokyo.returns()).containsExactly(new double[] {0.01, 103.0 / 101 - 1}, within(1e-12));
    }

    @Test
    void compoundedPeriodReturnsGiveTheTotalReturn() {
        RunInput run = Runs.run(T, EQ);
        for (PeriodReturns.Period p : PeriodReturns.Period.values()) {
            double growth = 1;
            for (double r : PeriodReturns.of(run, ZoneOffset.UTC, p).returns()) growth *= 1 + r;
            assertThat(growth - 1).as(p.name()).isCloseTo(121.0 / Runs.START - 1, within(1e-12));
        }
    }

    @Test
    void noBarsNoPeriods() {
        assertThat(PeriodReturns.of(Runs.run(new long[0]), ZoneOffset.UTC, PeriodReturns.Period.MONTH).size()).isZero();
    }

    /** The first implementation, one key per bar: the one over day ends must give the same arrays, bit for bit. */
    @Test
    void theSameAsKeyingEveryBar() {
        java.util.Random r = new java.util.Random(7);
        for (String zone : new String[] {"UTC", "America/New_York", "Asia/Tokyo", "Australia/Lord_Howe"}) {
            for (int trial = 0; trial < 20; trial++) {
                int n = 1 + r.nextInt(3000);
                long[] t = new long[n];
                double[] eq = new double[n];
                long at = Runs.at("2019-01-01T00:00:00Z") + (long) (r.nextDouble() * 4e17);
                for (int i = 0; i < n; i++) {
                    at += 1 + (long) (r.nextDouble() * (r.nextInt(10) == 0 ? 40 * 86_400e9 : 7_200e9));
                    t[i] = at;
                    eq[i] = 50 + r.nextDouble() * 100;
                }
                RunInput run = Runs.run(t, eq);
                for (PeriodReturns.Period p : PeriodReturns.Period.values()) {
                    PeriodReturns fast = PeriodReturns.of(run, ZoneId.of(zone), p);
                    PeriodReturns slow = perBar(run, ZoneId.of(zone), p);
                    assertThat(fast.startDay()).as(zone + " " + p).containsExactly(slow.startDay());
                    assertThat(fast.equity()).as(zone + " " + p).containsExactly(slow.equity());
                    assertThat(fast.returns()).as(zone + " " + p).containsExactly(slow.returns());
                }
            }
        }
    }

    private static PeriodReturns perBar(RunInput run, ZoneId zone, PeriodReturns.Period period) {
        long[] days = LocalDays.days(run.time(), run.n(), zone);
        long[] keys = new long[days.length];
        for (int i = 0; i < days.length; i++) keys[i] = PeriodReturns.start(days[i], period);
        int[] ends = LocalDays.periodEnds(keys);
        long[] start = new long[ends.length];
        double[] equity = new double[ends.length];
        double[] returns = new double[ends.length];
        double previous = run.startingCash();
        for (int k = 0; k < ends.length; k++) {
            start[k] = keys[ends[k]];
            equity[k] = run.equity()[ends[k]];
            returns[k] = previous > 0 ? Moments.finite(equity[k] / previous - 1) : 0;
            previous = equity[k];
        }
        return new PeriodReturns(period, start, equity, returns);
    }

    private static String[] dates(PeriodReturns r) {
        String[] out = new String[r.size()];
        for (int k = 0; k < out.length; k++) out[k] = r.startDate(k);
        assertThat(LocalDate.parse(out.length == 0 ? "2000-01-01" : out[0])).isNotNull();
        return out;
    }
}
