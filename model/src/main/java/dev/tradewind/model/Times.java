package dev.tradewind.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Conversions for epoch-nanosecond timestamps, the one time unit used across Tradewind. */
public final class Times {
    public static final long NANOS_PER_MILLI = 1_000_000L;
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    public static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

    private Times() {}

    public static long ofMillis(long epochMillis) { return epochMillis * NANOS_PER_MILLI; }

    public static long ofInstant(Instant t) { return t.getEpochSecond() * NANOS_PER_SECOND + t.getNano(); }

    public static Instant toInstant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS_PER_SECOND), Math.floorMod(epochNanos, NANOS_PER_SECOND));
    }

    /** The UTC day number (days since 1970-01-01) of a timestamp. */
    public static long utcDay(long epochNanos) { return Math.floorDiv(epochNanos, NANOS_PER_DAY); }

    /** ISO-8601 in UTC, e.g. {@code 2023-08-01T00:00:00Z}. */
    public static String format(long epochNanos) { return ISO.format(toInstant(epochNanos).atOffset(ZoneOffset.UTC)); }
}
