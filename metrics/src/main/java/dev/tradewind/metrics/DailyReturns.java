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

    static DailyReturns of(RunInput run, int[] ends) {
        long[] time = new long[ends.length];
        double[] equity = new double[ends.length];
        double[] returns = new double[ends.length];
        double previous = run.startingCash();
        for (int k = 0; k < ends.length; k++) {
            time[k] = run.time()[ends[k]];
            equity[k] = run.equity()[ends[k]];
            returns[k] = previous > 0 ? equity[k] / previous - 1 : 0;
            previous = equity[k];
        }
        return new DailyReturns(time, equity, returns);
    }

    /** Number of days. */
    public int size() { return returns.length; }
}
