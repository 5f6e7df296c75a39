package dev.tradewind.engine;

import dev.tradewind.strategy.Pnl;
import java.time.ZoneId;

/**
 * The account's PnL by local day, ISO week, month and year. At the first bar of a new period (before its fills and
 * financing) the period's start equity (the previous close's) and realized PnL net of costs are taken from the
 * portfolio; the views then read the portfolio live, valuing the position at the current bar's close. No allocation
 * per bar (the day counter computes a new day's bounds once a day).
 */
final class PeriodPnl implements Pnl {
    private static final int DAY = 0, WEEK = 1, MONTH = 2, YEAR = 3;
    private final Portfolio portfolio;
    private final DayCounter days;
    private final View[] views = {new View(), new View(), new View(), new View()};
    private long day = Long.MIN_VALUE;
    private double price = Double.NaN;

    PeriodPnl(Portfolio portfolio, ZoneId zone) {
        this.portfolio = portfolio;
        this.days = new DayCounter(zone);
    }

    /** Called at each bar's start, before the venue matches it; the views value the position at {@code close}. */
    void beforeBar(long time, double close) {
        long d = days.day(time);
        price = close;
        if (d == day) return;
        day = d;
        double equity = portfolio.equity();
        long monday = d - Math.floorMod(d + 3, 7L);
        long firstOfMonth = d - (dayOfMonth(d) - 1);
        long firstOfYear = firstOfYear(d);
        double realized = portfolio.realizedNet();
        views[DAY].roll(d, equity, realized);
        views[WEEK].roll(monday, equity, realized);
        views[MONTH].roll(firstOfMonth, equity, realized);
        views[YEAR].roll(firstOfYear, equity, realized);
    }

    @Override public Period today() { return views[DAY]; }
    @Override public Period thisWeek() { return views[WEEK]; }
    @Override public Period thisMonth() { return views[MONTH]; }
    @Override public Period thisYear() { return views[YEAR]; }

    private final class View implements Period {
        private long start = Long.MIN_VALUE;
        private double startEquity = Double.NaN;
        private double startRealized;

        void roll(long periodStart, double equity, double realized) {
            if (periodStart == start) return;
            start = periodStart;
            startEquity = equity;
            startRealized = realized;
        }

        @Override public double total() { return Double.isNaN(startEquity) ? 0 : portfolio.equityAt(price) - startEquity; }
        @Override public double realized() { return Double.isNaN(startEquity) ? 0 : portfolio.realizedNet() - startRealized; }
        @Override public double unrealized() { return total() - realized(); }
        @Override public long startDay() { return start; }
    }

    // civil calendar from epoch days (proleptic Gregorian), without allocating a LocalDate

    /** Day of the month, 1-based. */
    static int dayOfMonth(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        return (int) (doy - (153 * mp + 2) / 5 + 1);
    }

    /** Epoch day of January 1st of the year containing {@code epochDay}. */
    static long firstOfYear(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long year = yoe + era * 400 + (mp >= 10 ? 1 : 0);
        return daysFromCivil(year, 1, 1);
    }

    private static long daysFromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
