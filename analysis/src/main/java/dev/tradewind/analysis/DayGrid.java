package dev.tradewind.analysis;

import dev.tradewind.model.Times;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * The calendar days of an analysis in a zone, from the day of the earliest trade start to the day of the latest exit:
 * every day when any trade exits on a Saturday or Sunday (markets that trade every day), else Monday to Friday only.
 * A day's equity is the equity at its last instant. Immutable.
 */
public final class DayGrid {
    private final ZoneId zone;
    private final long[] days;
    private final boolean weekends;

    private DayGrid(ZoneId zone, long[] days, boolean weekends) {
        this.zone = zone;
        this.days = days;
        this.weekends = weekends;
    }

    /** The days from {@code firstTime}'s to {@code lastTime}'s, with or without weekends. */
    static DayGrid span(ZoneId zone, long firstTime, long lastTime, boolean weekends) {
        long first = day(firstTime, zone);
        long last = day(lastTime, zone);
        long[] out = new long[(int) (last - first + 1)];
        int n = 0;
        for (long d = first; d <= last; d++) if (weekends || !isWeekend(d)) out[n++] = d;
        return new DayGrid(zone, Arrays.copyOf(out, n), weekends);
    }

    /** The local epoch day of an epoch-nanosecond time. */
    static long day(long time, ZoneId zone) {
        return Times.toInstant(time).atZone(zone).toLocalDate().toEpochDay();
    }

    static boolean isWeekend(long epochDay) {
        DayOfWeek w = LocalDate.ofEpochDay(epochDay).getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }

    /** The sub-range of this grid from {@code firstTime}'s day to {@code lastTime}'s day. */
    DayGrid sub(long firstTime, long lastTime) { return span(zone, firstTime, lastTime, weekends); }

    public ZoneId zone() { return zone; }

    public boolean weekends() { return weekends; }

    public int size() { return days.length; }

    /** The local epoch day at {@code i}. */
    public long day(int i) { return days[i]; }

    public LocalDate date(int i) { return LocalDate.ofEpochDay(days[i]); }

    /** The index of the first grid day at or after the day of {@code time}; {@code size()} if none. */
    int indexOf(long time) {
        int i = Arrays.binarySearch(days, day(time, zone));
        return i >= 0 ? i : -i - 1;
    }

    /** Epoch nanoseconds of the start of day {@code i}. */
    long start(int i) { return nanos(LocalDate.ofEpochDay(days[i]).atStartOfDay(zone).toInstant()); }

    /** Epoch nanoseconds of the last instant of day {@code i}. */
    long end(int i) { return nanos(LocalDate.ofEpochDay(days[i] + 1).atStartOfDay(zone).toInstant()) - 1; }

    private static long nanos(Instant t) { return Times.ofInstant(t); }
}
