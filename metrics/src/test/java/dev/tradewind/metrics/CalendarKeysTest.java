package dev.tradewind.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.SplittableRandom;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CalendarKeysTest {
    private static final long HOUR = 3_600_000_000_000L;

    private static long[] hours(long start, int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) t[i] = start + i * HOUR;
        return t;
    }

    @Test
    void theSameColumnIsSharedAndEqualsAFreshComputation() {
        long[] t = hours(1_700_000_000L * 1_000_000_000L, 2000);
        CalendarKeys a = CalendarKeys.of(t, t.length, ZoneOffset.UTC);
        assertThat(CalendarKeys.of(t, t.length, ZoneOffset.UTC)).isSameAs(a);
        assertEqualsPerBarKeys(a, t, t.length, ZoneOffset.UTC);
        assertThat(a.anyWeekend).isTrue();
    }

    @Test
    void anotherZoneLengthOrColumnContentIsNotShared() {
        long[] t = hours(1_700_000_000L * 1_000_000_000L, 100);
        CalendarKeys utc = CalendarKeys.of(t, t.length, ZoneOffset.UTC);
        CalendarKeys ny = CalendarKeys.of(t, t.length, ZoneId.of("America/New_York"));
        assertThat(ny).isNotSameAs(utc);
        assertEqualsPerBarKeys(ny, t, t.length, ZoneId.of("America/New_York"));
        assertEqualsPerBarKeys(CalendarKeys.of(t, 50, ZoneOffset.UTC), t, 50, ZoneOffset.UTC);
        CalendarKeys before = CalendarKeys.of(t, t.length, ZoneOffset.UTC);
        for (int i = 0; i < t.length; i++) t[i] += 30 * 24 * HOUR; // a buffer rewritten in place
        CalendarKeys after = CalendarKeys.of(t, t.length, ZoneOffset.UTC);
        assertThat(after).isNotSameAs(before);
        assertEqualsPerBarKeys(after, t, t.length, ZoneOffset.UTC);
    }

    /** The per-bar computation ({@link LocalDays}: a key for every bar, then the runs of equal keys) as reference. */
    private static void assertEqualsPerBarKeys(CalendarKeys keys, long[] t, int n, ZoneId zone) {
        long[] days = LocalDays.days(t, n, zone);
        int[] dayEnds = LocalDays.periodEnds(days);
        assertThat(keys.dayEnds).containsExactly(dayEnds);
        long[] endDays = new long[dayEnds.length];
        for (int k = 0; k < dayEnds.length; k++) endDays[k] = days[dayEnds[k]];
        assertThat(keys.endDays).containsExactly(endDays);
        assertThat(keys.weekEnds).containsExactly(LocalDays.periodEnds(LocalDays.weeks(days)));
        assertThat(keys.monthEnds).containsExactly(LocalDays.periodEnds(LocalDays.months(days)));
        assertThat(keys.anyWeekend).isEqualTo(LocalDays.anyWeekend(days));
    }

    @Test
    void randomTimesInZonesWithTransitionsEqualThePerBarKeys() {
        SplittableRandom r = new SplittableRandom(7);
        ZoneId[] zones = {ZoneOffset.UTC, ZoneId.of("America/New_York"), ZoneId.of("Europe/London"), ZoneId.of("Asia/Kolkata"),
            ZoneId.of("America/Sao_Paulo"), ZoneId.of("Australia/Lord_Howe")};
        for (int trial = 0; trial < 2_000; trial++) {
            int n = r.nextInt(trial % 20 == 0 ? 5_000 : 60);
            long[] t = new long[n];
            long now = (1_500_000_000L + r.nextLong(400_000_000L)) * 1_000_000_000L;
            long[] steps = {60_000_000_000L, HOUR, 6 * HOUR, 24 * HOUR, 3 * 24 * HOUR, 40 * 24 * HOUR};
            int kinds = 1 + r.nextInt(steps.length);
            for (int i = 0; i < n; i++) {
                t[i] = now;
                now += 1 + r.nextLong(steps[r.nextInt(kinds)]);
            }
            ZoneId zone = zones[r.nextInt(zones.length)];
            assertEqualsPerBarKeys(CalendarKeys.of(t, n, zone), t, n, zone);
            if (n > 1) assertEqualsPerBarKeys(CalendarKeys.of(t, n - 1, zone), t, n - 1, zone); // a prefix
        }
    }

    @Test
    void aClockTurnedBackAtMidnight() {
        // Sao Paulo left summer time at 2018-02-18 00:00 (-02:00), back to 2018-02-17 23:00 (-03:00)
        long start = java.time.OffsetDateTime.parse("2018-02-17T20:00-02:00").toEpochSecond() * 1_000_000_000L;
        long[] t = new long[40];
        for (int i = 0; i < t.length; i++) t[i] = start + i * 20 * 60_000_000_000L;
        ZoneId zone = ZoneId.of("America/Sao_Paulo");
        CalendarKeys keys = CalendarKeys.of(t, t.length, zone);
        assertEqualsPerBarKeys(keys, t, t.length, zone);
        assertThat(keys.endDays).containsExactly(java.time.LocalDate.parse("2018-02-17").toEpochDay(),
                java.time.LocalDate.parse("2018-02-18").toEpochDay());
    }

    @Test
    void timesThatGoBackStayInTheLaterDay() {
        long[] t = {10 * 24 * HOUR, 11 * 24 * HOUR, 10 * 24 * HOUR + HOUR, 12 * 24 * HOUR}; // day 10, 11, (10 -> 11), 12
        CalendarKeys keys = CalendarKeys.of(t, t.length, ZoneOffset.UTC);
        assertEqualsPerBarKeys(keys, t, t.length, ZoneOffset.UTC);
        assertThat(keys.endDays).containsExactly(10, 11, 12);
        assertThat(keys.dayEnds).containsExactly(0, 2, 3);
    }
}
