package dev.tradewind.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Parses one time value (or a Date plus a Time of day) to epoch nanoseconds without regular expressions, and
 * records which {@link TimeFormat}s it saw. Local times go through {@link LocalZone}.
 */
final class TimeParser {
    private static final long NS = 1_000_000_000L;
    static final String EXPECTED = "expected a date or time like 2006-01-02, 2006-01-02 09:30:00, "
            + "2006-01-02T09:30:00Z, 20060102 or epoch seconds/ms/µs";

    private final LocalZone zone;
    private final Set<TimeFormat> seen = EnumSet.noneOf(TimeFormat.class);

    TimeParser(ZoneId zone) { this.zone = new LocalZone(zone); }

    Set<TimeFormat> seen() { return seen; }

    /** A single time value; {@code after} is the previous row's time, used to resolve a repeated local hour. */
    long parse(String text, int column, long after) throws BadValue {
        try {
            return parseStripped(text.strip(), text, column, after);
        } catch (ArithmeticException e) {
            throw outOfRange(text, column);
        }
    }

    private long parseStripped(String s, String text, int column, long after) throws BadValue {
        int n = s.length();
        if (n > 0 && isInteger(s)) {
            if (n == 8 && s.charAt(0) != '-') {
                seen.add(TimeFormat.COMPACT_DATE);
                return zone.toEpochNanos(dayNanos(s, 0, 4, 6, text, column), after, text, column, true);
            }
            return epoch(s, text, column);
        }
        if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') throw bad(text, column);
        long local = dayNanos(s, 0, 5, 8, text, column);
        if (n == 10) {
            seen.add(TimeFormat.DATE);
            return zone.toEpochNanos(local, after, text, column, true);
        }
        char sep = s.charAt(10);
        if (sep != ' ' && sep != 'T') throw bad(text, column);
        int end = timeEnd(s, 11);
        local += timeOfDay(s, 11, end, text, column);
        if (end == n) {
            seen.add(TimeFormat.LOCAL_DATE_TIME);
            return zone.toEpochNanos(local, after, text, column, false);
        }
        seen.add(TimeFormat.OFFSET_DATE_TIME);
        return local - offset(s, end, text, column);
    }

    /** A Date column plus a Time-of-day column, as in backtrader's intraday files. */
    long parse(String date, String time, int dateColumn, int timeColumn, long after) throws BadValue {
        String d = date.strip();
        if (d.length() != 10 || d.charAt(4) != '-' || d.charAt(7) != '-') {
            throw new BadValue(dateColumn, "expected a date like 2006-01-02, got " + BadValue.quote(date));
        }
        String t = time.strip();
        long local;
        try {
            local = dayNanos(d, 0, 5, 8, date, dateColumn);
        } catch (ArithmeticException e) {
            throw outOfRange(date, dateColumn);
        }
        if (t.isEmpty() || timeEnd(t, 0) != t.length()) {
            throw new BadValue(timeColumn, "expected a time like 09:30:00, got " + BadValue.quote(time));
        }
        try {
            local += timeOfDay(t, 0, t.length(), time, timeColumn);
        } catch (BadValue e) {
            throw new BadValue(timeColumn, "expected a time like 09:30:00, got " + BadValue.quote(time));
        }
        seen.add(TimeFormat.LOCAL_DATE_TIME);
        return zone.toEpochNanos(local, after, date + " " + time, dateColumn, false);
    }

    private long epoch(String s, String text, int column) throws BadValue {
        long v;
        try {
            v = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw bad(text, column);
        }
        long a = Math.abs(v);
        if (a < 100_000_000_000L) { seen.add(TimeFormat.EPOCH_SECONDS); return Math.multiplyExact(v, NS); }
        if (a < 100_000_000_000_000L) { seen.add(TimeFormat.EPOCH_MILLIS); return Math.multiplyExact(v, 1_000_000L); }
        if (a < 100_000_000_000_000_000L) { seen.add(TimeFormat.EPOCH_MICROS); return Math.multiplyExact(v, 1_000L); }
        seen.add(TimeFormat.EPOCH_NANOS);
        return v;
    }

    /** Local midnight of the date at the given offsets, in nanoseconds; throws ArithmeticException past 2262. */
    private static long dayNanos(String s, int y, int m, int d, String text, int column) throws BadValue {
        long day;
        try {
            day = LocalDate.of(digits(s, y, 4, text, column), digits(s, m, 2, text, column), digits(s, d, 2, text, column))
                    .toEpochDay();
        } catch (DateTimeException e) {
            throw bad(text, column);
        }
        return Math.multiplyExact(day, 86_400L * NS);
    }

    /** Where {@code HH:mm[:ss[.fffffffff]]} starting at {@code from} ends. */
    private static int timeEnd(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ':' && c != '.' && (c < '0' || c > '9')) break;
            i++;
        }
        return i;
    }

    private static long timeOfDay(String s, int from, int end, String text, int column) throws BadValue {
        int len = end - from;
        if (len < 5 || s.charAt(from + 2) != ':') throw bad(text, column);
        int h = digits(s, from, 2, text, column);
        int m = digits(s, from + 3, 2, text, column);
        int sec = 0;
        long nanos = 0;
        if (len > 5) {
            if (len < 8 || s.charAt(from + 5) != ':') throw bad(text, column);
            sec = digits(s, from + 6, 2, text, column);
            if (len > 8) {
                int digitsAfter = len - 9;
                if (s.charAt(from + 8) != '.' || digitsAfter < 1 || digitsAfter > 9) throw bad(text, column);
                nanos = digits(s, from + 9, digitsAfter, text, column);
                for (int i = digitsAfter; i < 9; i++) nanos *= 10;
            }
        }
        if (h > 23 || m > 59 || sec > 59) throw bad(text, column);
        return ((h * 60L + m) * 60 + sec) * NS + nanos;
    }

    /** {@code Z}, {@code +HH}, {@code +HHMM} or {@code +HH:MM}, in nanoseconds. */
    private static long offset(String s, int at, String text, int column) throws BadValue {
        int n = s.length() - at;
        char c = s.charAt(at);
        if (c == 'Z' && n == 1) return 0;
        if ((c != '+' && c != '-') || (n != 3 && n != 5 && n != 6)) throw bad(text, column);
        int h = digits(s, at + 1, 2, text, column);
        int m = n == 3 ? 0 : digits(s, at + (n == 6 ? 4 : 3), 2, text, column);
        if (n == 6 && s.charAt(at + 3) != ':') throw bad(text, column);
        if (h > 18 || m > 59) throw bad(text, column);
        long off = (h * 3600L + m * 60L) * NS;
        return c == '-' ? -off : off;
    }

    private static int digits(String s, int from, int count, String text, int column) throws BadValue {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') throw bad(text, column);
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isInteger(String s) {
        for (int i = s.charAt(0) == '-' ? 1 : 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return s.length() > (s.charAt(0) == '-' ? 1 : 0);
    }

    private static BadValue outOfRange(String text, int column) {
        return new BadValue(column, "time " + BadValue.quote(text)
                + " is outside 1677-09-21..2262-04-11, the range of epoch nanoseconds");
    }

    private static BadValue bad(String text, int column) {
        return new BadValue(column, EXPECTED + ", got " + BadValue.quote(text));
    }
}
