package dev.tradewind.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Parses one time field (or a Date plus a Time-of-day field) of a {@link Row} to epoch nanoseconds where its chars
 * lie, without regular expressions or Strings, and records which {@link TimeFormat}s it saw. Dates are checked by
 * {@link LocalDate}, once per distinct date; local times go through {@link LocalZone}. One instance per load.
 */
final class TimeParser {
    private static final long NS = 1_000_000_000L;
    static final String EXPECTED = "expected a date or time like 2006-01-02, 2006-01-02 09:30:00, "
            + "2006-01-02T09:30:00Z, 20060102 or epoch seconds/ms/µs";

    private final LocalZone zone;
    private final Set<TimeFormat> seen = EnumSet.noneOf(TimeFormat.class);
    private int lastDate = -1; // yyyymmdd of the last date read, whose local midnight is lastDay
    private long lastDay;

    TimeParser(ZoneId zone) { this.zone = new LocalZone(zone); }

    Set<TimeFormat> seen() { return seen; }

    /** Field {@code column}; {@code after} is the previous row's time, used to resolve a repeated local hour. */
    long parse(Row r, int column, long after) throws BadValue {
        char[] s = r.chars();
        int from = stripStart(s, r.start(column), r.end(column));
        int to = stripEnd(s, from, r.end(column));
        try {
            return parse(s, from, to, r, column, after);
        } catch (ArithmeticException e) {
            throw outOfRange(r.text(column), column);
        } catch (LocalZone.Skipped e) {
            throw skipped(r.text(column), column);
        }
    }

    private long parse(char[] s, int from, int to, Row r, int column, long after) throws BadValue, LocalZone.Skipped {
        int n = to - from;
        if (n > 0 && isInteger(s, from, to)) {
            if (n == 8 && s[from] != '-') {
                seen.add(TimeFormat.COMPACT_DATE);
                return zone.toEpochNanos(dayNanos(s, from, from + 4, from + 6, r, column), after, true);
            }
            return epoch(s, from, to, r, column);
        }
        if (n < 10 || s[from + 4] != '-' || s[from + 7] != '-') throw bad(r, column);
        long local = dayNanos(s, from, from + 5, from + 8, r, column);
        if (n == 10) {
            seen.add(TimeFormat.DATE);
            return zone.toEpochNanos(local, after, true);
        }
        char sep = s[from + 10];
        if (sep != ' ' && sep != 'T') throw bad(r, column);
        int end = timeEnd(s, from + 11, to);
        local = Math.addExact(local, timeOfDay(s, from + 11, end, r, column));
        if (end == to) {
            seen.add(TimeFormat.LOCAL_DATE_TIME);
            return zone.toEpochNanos(local, after, false);
        }
        seen.add(TimeFormat.OFFSET_DATE_TIME);
        return local - offset(s, end, to, r, column);
    }

    /** A Date field plus a Time-of-day field, as in backtrader's intraday files. */
    long parse(Row r, int dateColumn, int timeColumn, long after) throws BadValue {
        char[] s = r.chars();
        int d = stripStart(s, r.start(dateColumn), r.end(dateColumn));
        int dEnd = stripEnd(s, d, r.end(dateColumn));
        if (dEnd - d != 10 || s[d + 4] != '-' || s[d + 7] != '-') {
            throw new BadValue(dateColumn, "expected a date like 2006-01-02, got " + BadValue.quote(r.text(dateColumn)));
        }
        int t = stripStart(s, r.start(timeColumn), r.end(timeColumn));
        int tEnd = stripEnd(s, t, r.end(timeColumn));
        long day;
        try {
            day = dayNanos(s, d, d + 5, d + 8, r, dateColumn);
        } catch (ArithmeticException e) {
            throw outOfRange(r.text(dateColumn), dateColumn);
        }
        if (t == tEnd || timeEnd(s, t, tEnd) != tEnd) throw badTimeOfDay(r, timeColumn);
        long time;
        try {
            time = timeOfDay(s, t, tEnd, r, timeColumn);
        } catch (BadValue e) {
            throw badTimeOfDay(r, timeColumn);
        }
        seen.add(TimeFormat.LOCAL_DATE_TIME);
        try {
            return zone.toEpochNanos(Math.addExact(day, time), after, false);
        } catch (ArithmeticException e) {
            throw outOfRange(r.text(dateColumn) + " " + r.text(timeColumn), dateColumn);
        } catch (LocalZone.Skipped e) {
            throw skipped(r.text(dateColumn) + " " + r.text(timeColumn), dateColumn);
        }
    }

    private long epoch(char[] s, int from, int to, Row r, int column) throws BadValue {
        long v;
        if (to - from <= 18) { // at most 18 digits (or a sign and 17): cannot overflow
            boolean negative = s[from] == '-';
            v = 0;
            for (int i = negative ? from + 1 : from; i < to; i++) v = v * 10 + (s[i] - '0');
            if (negative) v = -v;
        } else {
            try {
                v = Long.parseLong(new String(s, from, to - from));
            } catch (NumberFormatException e) {
                throw bad(r, column);
            }
        }
        long a = Math.abs(v);
        if (a < 100_000_000_000L) { seen.add(TimeFormat.EPOCH_SECONDS); return Math.multiplyExact(v, NS); }
        if (a < 100_000_000_000_000L) { seen.add(TimeFormat.EPOCH_MILLIS); return Math.multiplyExact(v, 1_000_000L); }
        if (a < 100_000_000_000_000_000L) { seen.add(TimeFormat.EPOCH_MICROS); return Math.multiplyExact(v, 1_000L); }
        seen.add(TimeFormat.EPOCH_NANOS);
        return v;
    }

    /**
     * Local midnight of the date whose year, month and day start at the given indexes, in nanoseconds; throws
     * ArithmeticException past 2262. The same date as the last one is not checked again.
     */
    private long dayNanos(char[] s, int y, int m, int d, Row r, int column) throws BadValue {
        int date = digits(s, y, 4, r, column) * 10_000 + digits(s, m, 2, r, column) * 100 + digits(s, d, 2, r, column);
        if (date != lastDate) {
            long day;
            try {
                day = LocalDate.of(date / 10_000, date / 100 % 100, date % 100).toEpochDay();
            } catch (DateTimeException e) {
                throw bad(r, column);
            }
            lastDay = Math.multiplyExact(day, 86_400L * NS);
            lastDate = date;
        }
        return lastDay;
    }

    /** Where {@code HH:mm[:ss[.fffffffff]]} starting at {@code from} ends. */
    private static int timeEnd(char[] s, int from, int to) {
        int i = from;
        while (i < to) {
            char c = s[i];
            if (c != ':' && c != '.' && (c < '0' || c > '9')) break;
            i++;
        }
        return i;
    }

    private static long timeOfDay(char[] s, int from, int end, Row r, int column) throws BadValue {
        int len = end - from;
        if (len < 5 || s[from + 2] != ':') throw bad(r, column);
        int h = digits(s, from, 2, r, column);
        int m = digits(s, from + 3, 2, r, column);
        int sec = 0;
        long nanos = 0;
        if (len > 5) {
            if (len < 8 || s[from + 5] != ':') throw bad(r, column);
            sec = digits(s, from + 6, 2, r, column);
            if (len > 8) {
                int digitsAfter = len - 9;
                if (s[from + 8] != '.' || digitsAfter < 1 || digitsAfter > 9) throw bad(r, column);
                nanos = digits(s, from + 9, digitsAfter, r, column);
                for (int i = digitsAfter; i < 9; i++) nanos *= 10;
            }
        }
        if (h > 23 || m > 59 || sec > 59) throw bad(r, column);
        return ((h * 60L + m) * 60 + sec) * NS + nanos;
    }

    /** {@code Z}, {@code +HH}, {@code +HHMM} or {@code +HH:MM} from {@code at} to {@code to}, in nanoseconds. */
    private static long offset(char[] s, int at, int to, Row r, int column) throws BadValue {
        int n = to - at;
        char c = s[at];
        if (c == 'Z' && n == 1) return 0;
        if ((c != '+' && c != '-') || (n != 3 && n != 5 && n != 6)) throw bad(r, column);
        int h = digits(s, at + 1, 2, r, column);
        int m = n == 3 ? 0 : digits(s, at + (n == 6 ? 4 : 3), 2, r, column);
        if (n == 6 && s[at + 3] != ':') throw bad(r, column);
        if (h > 18 || m > 59) throw bad(r, column);
        long off = (h * 3600L + m * 60L) * NS;
        return c == '-' ? -off : off;
    }

    private static int digits(char[] s, int from, int count, Row r, int column) throws BadValue {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s[i];
            if (c < '0' || c > '9') throw bad(r, column);
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isInteger(char[] s, int from, int to) {
        int first = s[from] == '-' ? from + 1 : from;
        for (int i = first; i < to; i++) {
            if (s[i] < '0' || s[i] > '9') return false;
        }
        return to > first;
    }

    /** The first index from {@code from} that is not whitespace (as {@link String#strip}), or {@code to}. */
    static int stripStart(char[] s, int from, int to) {
        while (from < to && Character.isWhitespace(s[from])) from++;
        return from;
    }

    /** One past the last index before {@code to} that is not whitespace, or {@code from}. */
    static int stripEnd(char[] s, int from, int to) {
        while (to > from && Character.isWhitespace(s[to - 1])) to--;
        return to;
    }

    private static BadValue outOfRange(String text, int column) {
        return new BadValue(column, "time " + BadValue.quote(text)
                + " is outside 1677-09-21..2262-04-11, the range of epoch nanoseconds");
    }

    private BadValue skipped(String text, int column) {
        return new BadValue(column, "time " + BadValue.quote(text) + " does not exist in " + zone.zone()
                + " (skipped by a daylight-saving change)");
    }

    private static BadValue badTimeOfDay(Row r, int column) {
        return new BadValue(column, "expected a time like 09:30:00, got " + BadValue.quote(r.text(column)));
    }

    private static BadValue bad(Row r, int column) {
        return new BadValue(column, EXPECTED + ", got " + BadValue.quote(r.text(column)));
    }
}
