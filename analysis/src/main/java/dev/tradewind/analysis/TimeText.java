package dev.tradewind.analysis;

import dev.tradewind.model.Times;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Trade times as text: an ISO-8601 date-time with an offset or {@code Z} ({@code 2023-08-01T00:00:00Z}), a local
 * date-time ({@code 2023-08-01T09:30} or with a space for the {@code T}) read in a zone, or a date (the start of
 * that day in the zone).
 */
final class TimeText {
    private TimeText() {}

    /** Epoch nanoseconds; throws {@link IllegalArgumentException} for any other text. */
    static long parse(String text, ZoneId zone) {
        String t = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            if (t.length() == 10) return Times.ofInstant(LocalDate.parse(t).atStartOfDay(zone).toInstant());
            if (t.endsWith("Z") || t.endsWith("z") || hasOffset(t)) return Times.ofInstant(OffsetDateTime.parse(t).toInstant());
            return Times.ofInstant(LocalDateTime.parse(t).atZone(zone).toInstant());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("not a time: " + text, e);
        }
    }

    private static boolean hasOffset(String t) {
        int time = t.indexOf('T');
        return time > 0 && (t.indexOf('+', time) > 0 || t.indexOf('-', time) > 0);
    }
}
