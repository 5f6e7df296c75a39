package dev.tradewind.runner;

import dev.tradewind.model.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Parses --from/--to: an ISO date (local midnight), a local date-time, or an instant with offset. */
public final class TimeArg {
    private TimeArg() {}

    public static long parse(String text, ZoneId zone, String option) {
        String s = text.strip();
        try {
            if (s.length() == 10) return Times.ofInstant(LocalDate.parse(s).atStartOfDay(zone).toInstant());
            if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) return Times.ofInstant(Instant.parse(s));
            return Times.ofInstant(LocalDateTime.parse(s.replace(' ', 'T')).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            throw new UserError(option + ": expected a date like 2023-08-15 or a date-time like 2023-08-15T12:00, got '" + text + "'");
        }
    }
}
