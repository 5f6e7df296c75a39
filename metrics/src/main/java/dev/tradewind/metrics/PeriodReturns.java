package dev.tradewind.metrics;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Returns by calendar period in a zone, as backtrader's TimeReturn: the equity at the last bar of each period with
 * bars over the equity at the last bar of the period before ({@code startingCash} for the first), minus 1; 0 when
 * that equity is not positive. Periods without bars are skipped. The arrays are not copied by the accessors.
 *
 * @param period   day, ISO week (starting Monday), month or year
 * @param startDay the local date each period starts, as days since 1970-01-01 (a Monday for weeks, the 1st for
 *                 months, January 1st for years), even when its first bar is later
 * @param equity   equity at the period's last bar
 * @param returns  the period's return, a fraction
 */
public record PeriodReturns(Period period, long[] startDay, double[] equity, double[] returns) {

    /** A calendar period. */
    public enum Period { DAY, WEEK, MONTH, YEAR }

    /** The returns of a run by {@code period} in {@code zone}. */
    public static PeriodReturns of(RunInput run, ZoneId zone, Period period) {
        CalendarKeys calendar = CalendarKeys.of(run.time(), run.n(), zone); // shared with the statistics of the same run
        // a period is a run of whole days (keys never decrease): work on the last bar of each day, not on every bar
        int[] dayEnds = calendar.dayEnds;
        long[] keys = new long[dayEnds.length];
        for (int d = 0; d < dayEnds.length; d++) keys[d] = start(calendar.endDays[d], period);
        int[] ends = LocalDays.periodEnds(keys); // indices into dayEnds
        long[] start = new long[ends.length];
        double[] equity = new double[ends.length];
        double[] returns = new double[ends.length];
        double previous = run.startingCash();
        for (int k = 0; k < ends.length; k++) {
            start[k] = keys[ends[k]];
            equity[k] = run.equity()[dayEnds[ends[k]]];
            returns[k] = previous > 0 ? Moments.finite(equity[k] / previous - 1) : 0;
            previous = equity[k];
        }
        return new PeriodReturns(period, start, equity, returns);
    }

    /** The first day of {@code day}'s period. */
    static long start(long day, Period period) {
        return switch (period) {
            case DAY -> day;
            case WEEK -> day - LocalDays.dayOfWeek(day);
            case MONTH -> LocalDate.ofEpochDay(day).withDayOfMonth(1).toEpochDay();
            case YEAR -> LocalDate.ofEpochDay(day).withDayOfYear(1).toEpochDay();
        };
    }

    /** Number of periods. */
    public int size() { return returns.length; }

    /** The start date of period {@code k} as ISO text, e.g. {@code 2023-08-01}. */
    public String startDate(int k) { return LocalDate.ofEpochDay(startDay[k]).toString(); }
}
