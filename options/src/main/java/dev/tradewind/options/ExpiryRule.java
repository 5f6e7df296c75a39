package dev.tradewind.options;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * One line of a calendar file: which nominal dates expire (every given weekday, the n-th or last given weekday of a
 * month, or the last business day of a month), between two nominal dates, and where a holiday moves them.
 */
record ExpiryRule(Kind kind, int nth, DayOfWeek weekday, LocalDate from, LocalDate to, boolean following,
        boolean skipMonthlyWeek) {

    /** Weekly, monthly (what {@link ExpiryCalendar#nextMonthly} finds), or end of month. */
    enum Kind { WEEKLY, MONTHLY, END_OF_MONTH }

    /** {@code nth} for the last such weekday of the month; {@code weekday} null means the last business day. */
    static final int LAST = -1;

    /** The nominal date of this rule in the month of {@code month} (a monthly rule), before any holiday shift. */
    LocalDate inMonth(LocalDate month, ExpiryCalendar.Holidays holidays) {
        if (weekday == null) {
            LocalDate d = month.with(TemporalAdjusters.lastDayOfMonth());
            while (!holidays.isTradingDay(d)) d = d.minusDays(1);
            return d;
        }
        if (nth == LAST) return month.with(TemporalAdjusters.lastInMonth(weekday));
        return month.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
    }

    boolean covers(LocalDate nominal) { return !nominal.isBefore(from) && (to == null || !nominal.isAfter(to)); }
}
