package dev.tradewind.engine.account;

import dev.tradewind.model.DayCounter;
import dev.tradewind.strategy.Pnl;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The account's PnL by local day, ISO week, month and year. At the first bar of a new period (before its fills and
 * financing) the period's start equity (the previous close's) and realized PnL net of costs are taken from the
 * portfolio; the views then read the portfolio live, valuing the position at the current bar's close. No allocation
 * per bar (a new day's bounds and calendar date are computed once a day).
 */
public final class PeriodPnl implements Pnl {
    private static final int DAY = 0, WEEK = 1, MONTH = 2, YEAR = 3;
    private final Portfolio portfolio;
    private final DayCounter days;
    private final View[] views = {new View(), new View(), new View(), new View()};
    private long day = Long.MIN_VALUE;
    private double price = Double.NaN;
    private final java.util.ArrayList<Part> tracked = new java.util.ArrayList<>();

    public PeriodPnl(Portfolio portfolio, ZoneId zone) {
        this.portfolio = portfolio;
        this.days = new DayCounter(zone);
    }

    /** Called at each bar's start, before the venue matches it; the views value the position at {@code close}. */
    public void beforeBar(long time, double close) {
        long d = days.day(time);
        price = close;
        if (d != day) roll(d);
    }

    /**
     * When the day of the last {@link #beforeBar} ends (epoch ns): the first bar at or after it rolls the periods. Never
     * later than that; earlier (Long.MIN_VALUE) before the first bar or when the day is not cached.
     */
    public long dayEnd() { return day == Long.MIN_VALUE ? Long.MIN_VALUE : days.cachedEnd(); }

    /** The first bar of a new local day (kept out of {@link #beforeBar} so the per-bar check stays small). */
    private void roll(long d) {
        day = d;
        double equity = portfolio.equity();
        LocalDate date = LocalDate.ofEpochDay(d); // once a day, not per bar
        long monday = d - (date.getDayOfWeek().getValue() - 1);
        long firstOfMonth = d - (date.getDayOfMonth() - 1);
        long firstOfYear = d - (date.getDayOfYear() - 1);
        double realized = portfolio.realizedNet();
        views[DAY].roll(d, equity, realized);
        views[WEEK].roll(monday, equity, realized);
        views[MONTH].roll(firstOfMonth, equity, realized);
        views[YEAR].roll(firstOfYear, equity, realized);
        for (int i = 0; i < tracked.size(); i++) tracked.get(i).roll(d, monday, firstOfMonth, firstOfYear);
    }

    /** Cumulative PnL of a part of the account (a contract, the legs on an underlying), for {@link #track}. */
    public interface Source {
        /** Realized PnL net of the fees paid, since the run started. */
        double realizedNet();

        /** Realized net plus the open position's unrealized PnL now, since the run started. */
        double total();
    }

    /**
     * The PnL by period of {@code source}, rolled with the account's periods from now on (a source tracked in the middle
     * of a period starts it where the source is now: track a contract before its first fill).
     */
    public Pnl track(Source source) {
        Part p = new Part(source);
        if (day != Long.MIN_VALUE) p.roll(day, views[WEEK].start, views[MONTH].start, views[YEAR].start);
        tracked.add(p);
        return p;
    }

    @Override public Period today() { return views[DAY]; }
    @Override public Period thisWeek() { return views[WEEK]; }
    @Override public Period thisMonth() { return views[MONTH]; }
    @Override public Period thisYear() { return views[YEAR]; }

    /** A tracked source's four periods. */
    private static final class Part implements Pnl {
        final SourceView[] views;

        Part(Source source) { views = new SourceView[] {new SourceView(source), new SourceView(source), new SourceView(source), new SourceView(source)}; }

        void roll(long d, long monday, long firstOfMonth, long firstOfYear) {
            views[DAY].roll(d);
            views[WEEK].roll(monday);
            views[MONTH].roll(firstOfMonth);
            views[YEAR].roll(firstOfYear);
        }

        @Override public Period today() { return views[DAY]; }
        @Override public Period thisWeek() { return views[WEEK]; }
        @Override public Period thisMonth() { return views[MONTH]; }
        @Override public Period thisYear() { return views[YEAR]; }
    }

    private static final class SourceView implements Period {
        private final Source source;
        private long start = Long.MIN_VALUE;
        private boolean started;
        private double startTotal;
        private double startRealized;

        SourceView(Source source) { this.source = source; }

        void roll(long periodStart) {
            if (periodStart == start) return;
            start = periodStart;
            startTotal = source.total();
            startRealized = source.realizedNet();
            started = true;
        }

        @Override public double total() { return started ? source.total() - startTotal : 0; }
        @Override public double realized() { return started ? source.realizedNet() - startRealized : 0; }
        @Override public double unrealized() { return total() - realized(); }
        @Override public long startDay() { return start; }
    }

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
}
