package dev.tradewind.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
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
        assertThat(a.days).containsExactly(LocalDays.days(t, t.length, ZoneOffset.UTC));
        assertThat(a.dayEnds).containsExactly(LocalDays.periodEnds(a.days));
        assertThat(a.weekEnds).containsExactly(LocalDays.periodEnds(LocalDays.weeks(a.days)));
        assertThat(a.monthEnds).containsExactly(LocalDays.periodEnds(LocalDays.months(a.days)));
        assertThat(a.anyWeekend).isTrue();
    }

    @Test
    void anotherZoneLengthOrColumnContentIsNotShared() {
        long[] t = hours(1_700_000_000L * 1_000_000_000L, 100);
        CalendarKeys utc = CalendarKeys.of(t, t.length, ZoneOffset.UTC);
        CalendarKeys ny = CalendarKeys.of(t, t.length, ZoneId.of("America/New_York"));
        assertThat(ny).isNotSameAs(utc);
        assertThat(ny.days).containsExactly(LocalDays.days(t, t.length, ZoneId.of("America/New_York")));
        assertThat(CalendarKeys.of(t, 50, ZoneOffset.UTC).days).hasSize(50);
        CalendarKeys before = CalendarKeys.of(t, t.length, ZoneOffset.UTC);
        for (int i = 0; i < t.length; i++) t[i] += 30 * 24 * HOUR; // a buffer rewritten in place
        CalendarKeys after = CalendarKeys.of(t, t.length, ZoneOffset.UTC);
        assertThat(after).isNotSameAs(before);
        assertThat(after.days).containsExactly(LocalDays.days(t, t.length, ZoneOffset.UTC));
    }
}
