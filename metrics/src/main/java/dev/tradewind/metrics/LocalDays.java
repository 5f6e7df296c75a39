package dev.tradewind.metrics;

import dev.tradewind.model.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/** Calendar keys of bar times in a zone: local epoch day, ISO week and month, all nondecreasing. */
final class LocalDays {
    private static final long SECONDS_PER_DAY = 86_400;

    private LocalDays() {}

    /**
     * The local epoch day of each of the first {@code n} bars. Where a zone transition makes the local date go
     * back (a DST change at midnight), the bar stays in the later day so that keys never decrease.
     */
    static long[] days(long[] time, int n, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        boolean fixed = rules.isFixedOffset();
        long fixedOffset = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
        long[] days = new long[n];
        if (fixed) {
            fixedOffsetDays(time, n, fixedOffset, days);
            return days;
        }
        for (int i = 0; i < n; i++) {
            long sec = Math.floorDiv(time[i], Times.NANOS_PER_SECOND);
            long offset = fixed ? fixedOffset : rules.getOffset(Instant.ofEpochSecond(sec)).getTotalSeconds();
            long day = Math.floorDiv(sec + offset, SECONDS_PER_DAY);
            days[i] = i > 0 ? Math.max(day, days[i - 1]) : day;
        }
        return days;
    }

    /** A fixed offset: a bar inside the current day's bounds is in that day (a compare, not two divisions). */
    private static void fixedOffsetDays(long[] time, int n, long offsetSeconds, long[] days) {
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        long day = 0;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long t = time[i];
            if (t < start || t >= end) {
                long sec = Math.floorDiv(t, Times.NANOS_PER_SECOND);
                day = Math.floorDiv(sec + offsetSeconds, SECONDS_PER_DAY);
                // the day's bounds in nanoseconds, when they fit (else every bar takes the division path)
                long from = (day * SECONDS_PER_DAY - offsetSeconds);
                boolean fits = Math.abs(from) < Long.MAX_VALUE / Times.NANOS_PER_SECOND - SECONDS_PER_DAY;
                start = fits ? from * Times.NANOS_PER_SECOND : Long.MAX_VALUE;
                end = fits ? (from + SECONDS_PER_DAY) * Times.NANOS_PER_SECOND : Long.MIN_VALUE;
            }
            last = Math.max(day, last);
            days[i] = last;
        }
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
