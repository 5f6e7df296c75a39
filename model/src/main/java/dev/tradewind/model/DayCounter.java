package dev.tradewind.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Maps epoch-nanosecond times to local calendar days in a zone, caching the current day so most calls are two compares.
 * A fixed-offset zone (UTC, +02:00) finds a new day by arithmetic, allocating nothing; a zone with daylight saving
 * asks the JDK once per new day. Shared by the engine (DAY orders, risk days, PnL by period) and the statistics.
 * Not thread-safe: one per run or computation.
 */
public final class DayCounter {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;
    private final ZoneId zone;
    private final boolean fixed;
    private final long offsetSeconds;
    private long start = Long.MAX_VALUE;
    private long end = Long.MIN_VALUE;
    private long day;

    /** A counter of local days in {@code zone}. */
    public DayCounter(ZoneId zone) {
        this.zone = zone;
        ZoneRules rules = zone.getRules();
        this.fixed = rules.isFixedOffset();
        this.offsetSeconds = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
    }

    /** The local date of {@code t} as days since 1970-01-01. */
    public long day(long t) {
        if (t >= start && t < end) return day;
        return newDay(t);
    }

    /** A time outside the cached day (kept out of {@link #day} so the per-bar check stays small enough to inline). */
    private long newDay(long t) {
        long seconds = Math.floorDiv(t, NANOS_PER_SECOND);
        if (fixed) {
            day = Math.floorDiv(seconds + offsetSeconds, SECONDS_PER_DAY);
            long from = day * SECONDS_PER_DAY - offsetSeconds;
            if (Math.abs(from) < Long.MAX_VALUE / NANOS_PER_SECOND - SECONDS_PER_DAY) {
                start = from * NANOS_PER_SECOND;
                end = (from + SECONDS_PER_DAY) * NANOS_PER_SECOND;
            }
            return day;
        }
        LocalDate d = Instant.ofEpochSecond(seconds).atZone(zone).toLocalDate();
        day = d.toEpochDay();
        start = d.atStartOfDay(zone).toEpochSecond() * NANOS_PER_SECOND;
        end = d.plusDays(1).atStartOfDay(zone).toEpochSecond() * NANOS_PER_SECOND;
        return day;
    }

    /** The end of the day cached by the last call (epoch ns), or Long.MIN_VALUE when none is. */
    public long cachedEnd() { return end; }

    /** The instant {@code t}'s local day ends (the next day's start), epoch ns; Long.MAX_VALUE beyond the representable range. */
    public long dayEnd(long t) {
        day(t);
        return t >= start && t < end ? end : Long.MAX_VALUE;
    }
}
