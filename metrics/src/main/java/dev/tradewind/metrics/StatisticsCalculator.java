package dev.tradewind.metrics;

import dev.tradewind.model.Times;

/** Computes {@link Statistics} of a run; stateless. Definitions are on the {@link Statistics} components. */
public final class StatisticsCalculator {
    private static final double NANOS_PER_YEAR = 365.25 * Times.NANOS_PER_DAY;

    private StatisticsCalculator() {}

    /** Statistics in UTC with automatic annualization. */
    public static Statistics compute(RunInput run) { return compute(run, StatisticsOptions.DEFAULT); }

    public static Statistics compute(RunInput run, StatisticsOptions options) {
        CalendarKeys cal = CalendarKeys.of(run.time(), run.n(), options.zone());
        double start = run.startingCash();
        double end = run.finalEquity();
        double cagr = cagr(run, end);
        Drawdowns.Summary dd = Drawdowns.summary(run.time(), run.equity(), run.n());
        double[] r = DailyReturns.of(run, cal.dayEnds).returns();
        double annual = Math.sqrt(periodsPerYear(options, cal));
        double sharpe = Moments.finite(Moments.ratio(Moments.mean(r, r.length), Moments.sampleStdev(r, r.length))
                * annual);
        double sortino = Moments.finite(Moments.ratio(Moments.mean(r, r.length),
                Moments.downsideDeviation(r, r.length)) * annual);
        TradeStats t = TradeStats.of(run.trades(), options.sqnDeviation());
        return new Statistics(end, run.finalCash(), Moments.finite(end - start), Moments.finite(end / start - 1), cagr,
                dd.maxDrawdown(), dd.maxDurationDays(), sharpe, sortino, Moments.ratio(cagr, dd.maxDrawdown()),
                t.trades(), t.winRate(), t.profitFactor(), t.expectancy(), t.avgWin(), t.avgLoss(),
                LocalDays.profitableShare(cal.monthEnds, run.equity(), start),
                LocalDays.profitableShare(cal.weekEnds, run.equity(), start), exposure(run), t.sqn());
    }

    /** The periods per year {@link #compute} uses: the option, or 365 / 252 as {@link StatisticsOptions} says. */
    public static double periodsPerYear(RunInput run, StatisticsOptions options) {
        if (options.periodsPerYear() != StatisticsOptions.AUTO) {
            return options.periodsPerYear();
        }
        return periodsPerYear(options, CalendarKeys.of(run.time(), run.n(), options.zone()));
    }

    private static double periodsPerYear(StatisticsOptions options, CalendarKeys cal) {
        if (options.periodsPerYear() != StatisticsOptions.AUTO) {
            return options.periodsPerYear();
        }
        return cal.anyWeekend ? 365 : 252;
    }

    private static double cagr(RunInput run, double end) {
        int n = run.n();
        double years = n < 2 ? 0 : (run.time()[n - 1] - run.time()[0]) / NANOS_PER_YEAR;
        if (years == 0) {
            return 0;
        }
        return end > 0 ? Moments.finite(Math.pow(end / run.startingCash(), 1 / years) - 1) : -1;
    }

    private static double exposure(RunInput run) {
        int open = 0;
        for (int i = 0; i < run.n(); i++) {
            if (run.inPosition()[i]) {
                open++;
            }
        }
        return Moments.ratio(open, run.n());
    }
}
