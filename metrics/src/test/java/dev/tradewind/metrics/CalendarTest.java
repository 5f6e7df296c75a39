package dev.tradewind.metrics;

import static dev.tradewind.metrics.Runs.times;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Calendar bucketing: annualization from weekends, months and ISO weeks in a zone. */
class CalendarTest {
    private static final StatisticsOptions UTC = StatisticsOptions.DEFAULT;
    private static final StatisticsOptions TOKYO = UTC.withZone(ZoneId.of("Asia/Tokyo"));
    private static final StatisticsOptions NEW_YORK = UTC.withZone(ZoneId.of("America/New_York"));

    private static double ppy(StatisticsOptions o, String... iso) {
        long[] t = times(iso);
        return StatisticsCalculator.periodsPerYear(Runs.run(t, new double[t.length]), o);
    }

    @Test
    void weekdaysOnlyAnnualizeWith252() {
        assertThat(ppy(UTC, "2024-01-01T00:00:00Z", "2024-01-05T23:59:59Z")).isEqualTo(252); // Mon, Fri
        assertThat(ppy(UTC)).isEqualTo(252);                                                  // no bars
    }

    @Test
    void anyWeekendBarAnnualizesWith365() {
        assertThat(ppy(UTC, "2024-01-05T12:00:00Z", "2024-01-06T00:00:00Z")).isEqualTo(365); // Saturday
        assertThat(ppy(UTC, "2024-01-07T23:59:59Z")).isEqualTo(365);                         // Sunday
    }

    @Test
    void weekendIsJudgedInTheZone() {
        // Fri 5 Jan 20:00Z is Sat 05:00 in Tokyo; Mon 8 Jan 03:00Z is Sun 22:00 in New York
        assertThat(ppy(UTC, "2024-01-05T20:00:00Z")).isEqualTo(252);
        assertThat(ppy(TOKYO, "2024-01-05T20:00:00Z")).isEqualTo(365);
        assertThat(ppy(UTC, "2024-01-08T03:00:00Z")).isEqualTo(252);
        assertThat(ppy(NEW_YORK, "2024-01-08T03:00:00Z")).isEqualTo(365);
    }

    @Test
    void explicitPeriodsPerYearWins() {
        assertThat(ppy(UTC.withPeriodsPerYear(52), "2024-01-06T00:00:00Z")).isEqualTo(52);
    }

    @Test
    void monthsAreBucketedInTheZone() {
        // 31 Jan 23:30Z is 1 Feb 08:30 in Tokyo
        RunInput run = Runs.run(times("2024-01-15T12:00:00Z", "2024-01-31T23:30:00Z", "2024-02-15T12:00:00Z"),
                110, 120, 115);
        // UTC: Jan ends 120 > 100 yes, Feb ends 115 < 120 no -> 1/2
        assertThat(StatisticsCalculator.compute(run, UTC).pctMonthsProfitable()).isEqualTo(0.5);
        // Tokyo: Jan ends 110 > 100 yes, Feb ends 115 > 110 yes -> 2/2
        assertThat(StatisticsCalculator.compute(run, TOKYO).pctMonthsProfitable()).isEqualTo(1.0);
    }

    @Test
    void monthsWithoutBarsAreNotCounted() {
        // Jan ends 90 < 100 no; Feb ends 95 > 90 yes; no March; Apr ends 94 < 95 no -> 1/3
        RunInput run = Runs.run(times("2024-01-31T00:00:00Z", "2024-02-10T00:00:00Z", "2024-02-29T00:00:00Z",
                "2024-04-02T00:00:00Z"), 90, 99, 95, 94);
        assertThat(StatisticsCalculator.compute(run).pctMonthsProfitable()).isEqualTo(1.0 / 3);
    }

    @Test
    void isoWeeksSpanTheYearBoundary() {
        // Mon 28 Dec 2020 .. Sun 3 Jan 2021 is ISO week 2020-W53; Mon 4 Jan 2021 starts 2021-W01
        // W53 ends 105 > 100 yes; W01 ends 100 < 105 no -> 1/2 (a calendar-year split would give 3 periods)
        RunInput run = Runs.run(times("2020-12-28T00:00:00Z", "2021-01-03T12:00:00Z", "2021-01-04T00:00:00Z"),
                90, 105, 100);
        assertThat(StatisticsCalculator.compute(run).pctWeeksProfitable()).isEqualTo(0.5);
    }

    @Test
    void weeksAreBucketedInTheZone() {
        // Sun 7 Jan 2024 20:00Z is Mon 8 Jan 05:00 in Tokyo, starting a new week there
        RunInput run = Runs.run(times("2024-01-03T00:00:00Z", "2024-01-07T20:00:00Z"), 110, 105);
        assertThat(StatisticsCalculator.compute(run, UTC).pctWeeksProfitable()).isEqualTo(1.0);  // 105 > 100
        assertThat(StatisticsCalculator.compute(run, TOKYO).pctWeeksProfitable()).isEqualTo(0.5); // 110 yes, 105 no
    }
}
