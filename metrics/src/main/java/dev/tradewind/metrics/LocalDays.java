package dev.tradewind.metrics;

import dev.tradewind.model.DayCounter;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar keys of bar times in a zone, one per bar: local epoch day, ISO week and month, all nondecreasing; and the
 * runs of equal keys. {@link CalendarKeys} computes the same ends without a key per bar and is tested against these.
 */
final class LocalDays {
    private LocalDays() {}

    /**
     * The local epoch day of each of the first {@code n} bars. Where a zone transition makes the local date go
     * back (a DST change at midnight), the bar stays in the later day so that keys never decrease.
     */
    static long[] days(long[] time, int n, ZoneId zone) {
        DayCounter counter = new DayCounter(zone);
        long[] days = new long[n];
        for (int i = 0; i < n; i++) {
            long day = counter.day(time[i]);
            days[i] = i > 0 ? Math.max(day, days[i - 1]) : day;
        }
        return days;
    }

    /** 0 for Monday ... 6 for Sunday (1970-01-01, epoch day 0, was a Thursday). */
    static int dayOfWeek(long epochDay) { return (int) Math.floorMod(epochDay + 3, 7L); }

    static boolean anyWeekend(long[] days) {
        for (long d : days) {
            if (dayOfWeek(d) >= 5) {
                return true;
            }
        }
        return false;
    }

    /** The epoch day of the Monday starting each day's ISO week: one key per ISO week. */
    static long[] weeks(long[] days) {
        long[] weeks = new long[days.length];
        for (int i = 0; i < days.length; i++) {
            weeks[i] = days[i] - dayOfWeek(days[i]);
        }
        return weeks;
    }

    /** {@code year * 12 + month - 1} of each day: one key per calendar month. */
    static long[] months(long[] days) {
        long[] months = new long[days.length];
        for (int i = 0; i < days.length; i++) {
            if (i > 0 && days[i] == days[i - 1]) {
                months[i] = months[i - 1];
            } else {
                LocalDate d = LocalDate.ofEpochDay(days[i]);
                months[i] = d.getYear() * 12L + d.getMonthValue() - 1;
            }
        }
        return months;
    }

    /** Index of the last bar of each run of equal keys, in order. */
    static int[] periodEnds(long[] keys) {
        int count = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i == keys.length - 1 || keys[i + 1] != keys[i]) {
                count++;
            }
        }
        int[] ends = new int[count];
        for (int i = 0, k = 0; i < keys.length; i++) {
            if (i == keys.length - 1 || keys[i + 1] != keys[i]) {
                ends[k++] = i;
            }
        }
        return ends;
    }

    /** Share of periods whose end equity is above the previous period's end (the first: {@code start}). */
    static double profitableShare(int[] ends, double[] equity, double start) {
        if (ends.length == 0) {
            return 0;
        }
        int profitable = 0;
        double previous = start;
        for (int end : ends) {
            if (equity[end] > previous) {
                profitable++;
            }
            previous = equity[end];
        }
        return (double) profitable / ends.length;
    }
}
