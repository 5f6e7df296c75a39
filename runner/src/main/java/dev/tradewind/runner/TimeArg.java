package dev.tradewind.runner;

import dev.tradewind.model.Times;
import dev.tradewind.model.UserError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Parses --from/--to: an ISO date (local midnight), a local date-time, or an instant with offset. */
public final class TimeArg {
    private static final Instant MIN = Instant.parse("1678-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse("2261-12-31T23:59:59Z");

    private TimeArg() {}

    public static long parse(String text, ZoneId zone, String option) {
        String s = text.strip();
        try {
            Instant t;
            if (s.length() == 10) t = LocalDate.parse(s).atStartOfDay(zone).toInstant();
            else if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) t = Instant.parse(s);
            else t = LocalDateTime.parse(s.replace(' ', 'T')).atZone(zone).toInstant();
            if (t.isBefore(MIN) || t.isAfter(MAX)) {
                throw new UserError(option + ": " + text + " is outside the times Tradewind can hold (1678 to 2261)");
            }
            return Times.ofInstant(t);
        } catch (DateTimeParseException e) {
            throw new UserError(option + ": expected a date like 2023-08-15 or a date-time like 2023-08-15T12:00, got '" + text + "'");
        }
    }
}
