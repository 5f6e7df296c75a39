package dev.tradewind.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Conversions for epoch-nanosecond timestamps, the one time unit used across Tradewind. */
public final class Times {
    public static final long NANOS_PER_MILLI = 1_000_000L;
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    public static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;

    private Times() {}

    public static long ofMillis(long epochMillis) { return epochMillis * NANOS_PER_MILLI; }

    public static long ofInstant(Instant t) { return t.getEpochSecond() * NANOS_PER_SECOND + t.getNano(); }

    public static Instant toInstant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, NANOS_PER_SECOND), Math.floorMod(epochNanos, NANOS_PER_SECOND));
    }

    /** The UTC day number (days since 1970-01-01) of a timestamp. */
    public static long utcDay(long epochNanos) { return Math.floorDiv(epochNanos, NANOS_PER_DAY); }

    /**
     * ISO-8601 in UTC, e.g. {@code 2023-08-01T00:00:00Z}: {@link DateTimeFormatter#ISO_INSTANT}'s text (the fraction in
     * groups of three digits, as many as it needs), written here (epoch nanoseconds in a long lie in the years 1677 to
     * 2262, four digits): the CSV files of a 1M-bar run format a time a row, and the formatter took a fifth of writing
     * equity.csv.
     */
    public static String format(long epochNanos) {
        long second = Math.floorDiv(epochNanos, NANOS_PER_SECOND);
        int nano = (int) Math.floorMod(epochNanos, NANOS_PER_SECOND);
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(second, 86_400L));
        int time = (int) Math.floorMod(second, 86_400L);
        char[] c = new char[30];
        digits(c, 0, day.getYear(), 4);
        c[4] = '-';
        digits(c, 5, day.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, day.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, time / 3600, 2);
        c[13] = ':';
        digits(c, 14, time / 60 % 60, 2);
        c[16] = ':';
        digits(c, 17, time % 60, 2);
        int n = 19;
        if (nano != 0) {
            c[n++] = '.';
            int width = nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
            digits(c, n, width == 3 ? nano / 1_000_000 : width == 6 ? nano / 1_000 : nano, width);
            n += width;
        }
        c[n++] = 'Z';
        return new String(c, 0, n);
    }

    /** {@code value} in {@code width} decimal digits, zero-padded, at {@code c[at]}. */
    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
