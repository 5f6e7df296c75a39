package dev.tradewind.metrics;

import java.time.ZoneId;

/**
 * Returns from the last equity of each calendar day with bars, in a zone: {@code r[0] = equity[0] /
 * startingCash - 1}, then {@code r[i] = equity[i] / equity[i - 1] - 1}, or 0 when the previous equity is not
 * positive. Days are bucketed by bar time; days without bars are skipped. The arrays have one element per day
 * and are not copied by the accessors; equality is by array identity.
 *
 * @param time    time of the last bar of each day, epoch nanoseconds
 * @param equity  equity at that bar
 * @param returns the day's return, a fraction
 */
public record DailyReturns(long[] time, double[] equity, double[] returns) {

    /** The daily returns of a run in {@code zone}. */
    public static DailyReturns of(RunInput run, ZoneId zone) {
        return of(run, CalendarKeys.of(run.time(), run.n(), zone).dayEnds);
    }

    /**
     * The daily returns of the first {@code n} bars of a run's columns in {@code zone}, as {@link #of(RunInput, ZoneId)}
     * of a {@link RunInput} over them; the columns are not checked here (a caller that computed the run's
     * {@link StatisticsCalculator#compute(long[], double[], double[], int, java.util.List, double, double, StatisticsOptions)
     * statistics from them had them checked there).
     */
    public static DailyReturns of(long[] time, double[] equity, int n, double startingCash, ZoneId zone) {
        if (n < 0 || n > time.length || n > equity.length) throw new IllegalArgumentException("n=" + n + " outside the columns");
        return of(time, equity, startingCash, CalendarKeys.of(time, n, zone).dayEnds);
    }

    static DailyReturns of(RunInput run, int[] ends) { return of(run.time(), run.equity(), run.startingCash(), ends); }

    static DailyReturns of(long[] times, double[] equities, double startingCash, int[] ends) {
        long[] time = new long[ends.length];
        double[] equity = new double[ends.length];
        double[] returns = new double[ends.length];
        double previous = startingCash;
        for (int k = 0; k < ends.length; k++) {
            time[k] = times[ends[k]];
            equity[k] = equities[ends[k]];
            returns[k] = previous > 0 ? equity[k] / previous - 1 : 0;
            previous = equity[k];
        }
        return new DailyReturns(time, equity, returns);
    }

    /** Number of days. */
    public int size() { return returns.length; }
}
