package dev.tradewind.metrics;

import dev.tradewind.model.Steps;
import dev.tradewind.model.Times;
import dev.tradewind.model.Trade;
import java.util.List;

/** Computes {@link Statistics} of a run; stateless. Definitions are on the {@link Statistics} components. */
public final class StatisticsCalculator {
    private static final double NANOS_PER_YEAR = 365.25 * Times.NANOS_PER_DAY;

    private StatisticsCalculator() {}

    /** Statistics in UTC with automatic annualization. */
    public static Statistics compute(RunInput run) { return compute(run, StatisticsOptions.DEFAULT); }

    public static Statistics compute(RunInput run, StatisticsOptions options) {
        Drawdowns.Summary dd = Drawdowns.summary(run.time(), run.equity(), run.n());
        return compute(run.time(), run.equity(), run.n(), run.trades(), run.startingCash(), run.finalCash(), options, dd,
                exposure(run));
    }

    /**
     * The statistics of a run given by its columns, equal to {@link #compute(RunInput, StatisticsOptions)} of
     * {@code new RunInput(time, equity, inPosition, n, trades, startingCash, finalCash)} with {@code inPosition[i] =
     * position.at(i) != 0}, and checked as that constructor checks: the equity and position columns are read in one pass
     * (the drawdowns and the finite check at once; the bars in a position from the position's runs) and the times are checked once per time
     * column (see {@code IncreasingTimes}), where the record takes a pass of its own, a boolean column and a pass
     * over it (a sweep computes this for each of its trials).
     *
     * @param position signed position at each bar close (only whether it is 0 is read)
     * @throws IllegalArgumentException as the {@link RunInput} constructor
     */
    public static Statistics compute(long[] time, double[] equity, Steps position, int n, List<Trade> trades,
            double startingCash, double finalCash, StatisticsOptions options) {
        return compute(time, equity, position, n, trades, startingCash, finalCash, options, null);
    }

    /**
     * The same, with the drawdowns and the bars in a position read already from the run's curve as it was written
     * ({@code read}, which has read exactly its first {@code n} points): no pass over the columns here.
     *
     * @param read the summary of the curve's points, or null to read the columns here
     * @throws IllegalStateException when {@code read} did not read {@code n} points
     */
    public static Statistics compute(long[] time, double[] equity, Steps position, int n, List<Trade> trades,
            double startingCash, double finalCash, StatisticsOptions options, CurveSummary read) {
        if (time == null || equity == null || position == null || trades == null) {
            throw new IllegalArgumentException("time, equity, position and trades must not be null");
        }
        if (n < 0 || n > time.length || n > equity.length || n > position.length()) {
            throw new IllegalArgumentException("n=" + n + " outside [0, " + Math.min(time.length,
                    Math.min(equity.length, position.length())) + "]");
        }
        RunInput.checkCashAndTrades(startingCash, finalCash, trades);
        IncreasingTimes.check(time, n);
        if (read != null && read.bars() != n) throw new IllegalStateException("the curve summary read " + read.bars() + " of " + n + " bars");
        Drawdowns.Summary dd = read != null ? read.summary() : Drawdowns.summary(time, equity, position, n);
        return compute(time, equity, n, trades, startingCash, finalCash, options, dd, Moments.ratio(dd.open(), n));
    }

    private static Statistics compute(long[] time, double[] equity, int n, List<Trade> trades,
            double startingCash, double finalCash, StatisticsOptions options, Drawdowns.Summary dd, double exposure) {
        CalendarKeys cal = CalendarKeys.of(time, n, options.zone());
        double start = startingCash;
        double end = n == 0 ? startingCash : equity[n - 1];
        double cagr = cagr(time, n, startingCash, end);
        double[] r = DailyReturns.of(time, equity, startingCash, cal.dayEnds).returns();
        double annual = Math.sqrt(periodsPerYear(options, cal));
        double sharpe = Moments.finite(Moments.ratio(Moments.mean(r, r.length), Moments.sampleStdev(r, r.length))
                * annual);
        double sortino = Moments.finite(Moments.ratio(Moments.mean(r, r.length),
                Moments.downsideDeviation(r, r.length)) * annual);
        TradeStats t = TradeStats.of(trades, options.sqnDeviation());
        return new Statistics(end, finalCash, Moments.finite(end - start), Moments.finite(end / start - 1), cagr,
                dd.maxDrawdown(), dd.maxDurationDays(), sharpe, sortino, Moments.ratio(cagr, dd.maxDrawdown()),
                t.trades(), t.winRate(), t.profitFactor(), t.expectancy(), t.avgWin(), t.avgLoss(),
                LocalDays.profitableShare(cal.monthEnds, equity, start),
                LocalDays.profitableShare(cal.weekEnds, equity, start), exposure, t.sqn());
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

    private static double cagr(long[] time, int n, double startingCash, double end) {
        double years = n < 2 ? 0 : (time[n - 1] - time[0]) / NANOS_PER_YEAR;
        if (years == 0) {
            return 0;
        }
        return end > 0 ? Moments.finite(Math.pow(end / startingCash, 1 / years) - 1) : -1;
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
