package dev.tradewind.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Maps epoch-nanosecond times to local calendar days in a zone, caching the current day so most calls are two compares. */
final class DayCounter {
    private final ZoneId zone;
    private long start = Long.MAX_VALUE;
    private long end = Long.MIN_VALUE;
    private long day;

    DayCounter(ZoneId zone) { this.zone = zone; }

    /** The local date of {@code t} as days since 1970-01-01. */
    long day(long t) {
        if (t >= start && t < end) return day;
        LocalDate d = Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000_000L)).atZone(zone).toLocalDate();
        day = d.toEpochDay();
        start = d.atStartOfDay(zone).toEpochSecond() * 1_000_000_000L;
        end = d.plusDays(1).atStartOfDay(zone).toEpochSecond() * 1_000_000_000L;
        return day;
    }
}
