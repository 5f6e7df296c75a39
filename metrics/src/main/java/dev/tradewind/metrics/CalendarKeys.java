package dev.tradewind.metrics;

import java.lang.ref.WeakReference;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The calendar of a run's bar times in a zone: the local day of each bar and the last bar of each day, ISO week and
 * month. It depends only on the time column, so runs over the same bars (the trials of a sweep, thousands of them)
 * share one: the last one computed is kept, keyed by the identity of the time array (held weakly), its length and
 * the zone. Thread-safe; the arrays are never modified after construction.
 */
final class CalendarKeys {
    private record Slot(WeakReference<long[]> time, int n, long first, long last, ZoneId zone, CalendarKeys keys) {}

    private static final AtomicReference<Slot> LAST = new AtomicReference<>();

    final long[] days;
    final int[] dayEnds;
    final int[] weekEnds;
    final int[] monthEnds;
    final boolean anyWeekend;

    private CalendarKeys(long[] time, int n, ZoneId zone) {
        days = LocalDays.days(time, n, zone);
        dayEnds = LocalDays.periodEnds(days);
        weekEnds = LocalDays.periodEnds(LocalDays.weeks(days));
        monthEnds = LocalDays.periodEnds(LocalDays.months(days));
        anyWeekend = LocalDays.anyWeekend(days);
    }

    /** The calendar of the first {@code n} times in {@code zone}, shared with the previous caller's when equal. */
    static CalendarKeys of(long[] time, int n, ZoneId zone) {
        Slot s = LAST.get();
        long first = n > 0 ? time[0] : 0;
        long last = n > 0 ? time[n - 1] : 0;
        if (s != null && s.n == n && s.time.get() == time && s.first == first && s.last == last && s.zone.equals(zone)) {
            return s.keys; // the same column (a time column is not rewritten in place; the ends are checked anyway)
        }
        CalendarKeys keys = new CalendarKeys(time, n, zone);
        LAST.set(new Slot(new WeakReference<>(time), n, first, last, zone, keys));
        return keys;
    }
}
