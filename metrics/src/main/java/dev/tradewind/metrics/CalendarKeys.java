package dev.tradewind.metrics;

import dev.tradewind.model.DayCounter;
import dev.tradewind.model.LastComputed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * The calendar of a run's bar times in a zone: the last bar of each local day, ISO week and month, and each day's
 * date. It depends only on the time column, so runs over the same bars (the trials of a sweep, thousands of them)
 * share one: the last one computed is kept, keyed by the identity of the time array (held weakly), its length and
 * the zone. Computed in one pass over the bars that keeps only the day ends (weeks and months are runs of whole days):
 * no array per bar, where the per-bar keys of {@link LocalDays} (the reference it is tested against) took three
 * {@code long[]} the length of the bars, 240 MB at 10M bars. Thread-safe; the arrays are never modified after
 * construction.
 */
final class CalendarKeys {
    /** What a calendar depends on besides the time column: its length, its ends (checked anyway) and the zone. */
    private record Key(int n, long first, long last, ZoneId zone) {}

    private static final LastComputed<CalendarKeys> LAST = new LastComputed<>();

    /** The index of each day's last bar, in order. */
    final int[] dayEnds;
    /** The local epoch day of each day in {@link #dayEnds}: nondecreasing (see {@link LocalDays#days}). */
    final long[] endDays;
    final int[] weekEnds;
    final int[] monthEnds;
    final boolean anyWeekend;

    private CalendarKeys(long[] time, int n, ZoneId zone) {
        DayCounter counter = new DayCounter(zone);
        int[] ends = new int[16];
        long[] ds = new long[16];
        int count = 0;
        long previous = 0;
        for (int i = 0; i < n; i++) {
            long day = counter.day(time[i]);
            if (i > 0) {
                day = Math.max(day, previous); // a zone transition never moves a bar to an earlier day
                if (day != previous) {
                    if (count == ends.length) {
                        ends = Arrays.copyOf(ends, count * 2);
                        ds = Arrays.copyOf(ds, count * 2);
                    }
                    ends[count] = i - 1;
                    ds[count++] = previous;
                }
            }
            previous = day;
        }
        if (n > 0) {
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count + 1);
                ds = Arrays.copyOf(ds, count + 1);
            }
            ends[count] = n - 1;
            ds[count++] = previous;
        }
        dayEnds = Arrays.copyOf(ends, count);
        endDays = Arrays.copyOf(ds, count);
        long[] weeks = new long[count];
        long[] months = new long[count];
        boolean weekend = false;
        for (int k = 0; k < count; k++) {
            int dow = LocalDays.dayOfWeek(endDays[k]);
            weekend |= dow >= 5;
            weeks[k] = endDays[k] - dow;
            LocalDate d = LocalDate.ofEpochDay(endDays[k]);
            months[k] = d.getYear() * 12L + d.getMonthValue() - 1;
        }
        weekEnds = barsOf(LocalDays.periodEnds(weeks), dayEnds);
        monthEnds = barsOf(LocalDays.periodEnds(months), dayEnds);
        anyWeekend = weekend;
    }

    /** The bar index of each day index. */
    private static int[] barsOf(int[] days, int[] dayEnds) {
        int[] bars = new int[days.length];
        for (int k = 0; k < days.length; k++) bars[k] = dayEnds[days[k]];
        return bars;
    }

    /** The calendar of the first {@code n} times in {@code zone}, shared with the previous caller's when equal. */
    static CalendarKeys of(long[] time, int n, ZoneId zone) {
        Key key = new Key(n, n > 0 ? time[0] : 0, n > 0 ? time[n - 1] : 0, zone);
        return LAST.get(time, null, key, () -> new CalendarKeys(time, n, zone));
    }
}
