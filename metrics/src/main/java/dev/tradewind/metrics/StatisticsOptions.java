package dev.tradewind.metrics;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How to bucket and annualize.
 *
 * @param zone           time zone of calendar days, ISO weeks and months
 * @param periodsPerYear daily periods per year for Sharpe and Sortino, or {@link #AUTO}: 365 if any bar falls
 *                       on a Saturday or Sunday in {@code zone} (markets that trade every day), else 252
 * @param sqnDeviation   the standard deviation of trade PnL in SQN: {@link Deviation#SAMPLE} (divisor n - 1, the
 *                       default) or {@link Deviation#POPULATION} (divisor n, as backtrader's SQN analyzer)
 */
public record StatisticsOptions(ZoneId zone, double periodsPerYear, Deviation sqnDeviation) {
    /** Choose periods per year from the bar days, see the class comment. */
    public static final double AUTO = 0;
    /** UTC, automatic annualization, sample deviation in SQN. */
    public static final StatisticsOptions DEFAULT = new StatisticsOptions(ZoneOffset.UTC, AUTO, Deviation.SAMPLE);

    /** Which standard deviation: of a sample (divisor n - 1) or of a whole population (divisor n). */
    public enum Deviation { SAMPLE, POPULATION }

    /** Options with the sample deviation in SQN. */
    public StatisticsOptions(ZoneId zone, double periodsPerYear) { this(zone, periodsPerYear, Deviation.SAMPLE); }

    public StatisticsOptions {
        if (zone == null) {
            throw new IllegalArgumentException("zone must not be null");
        }
        if (sqnDeviation == null) {
            throw new IllegalArgumentException("sqnDeviation must not be null");
        }
        if (!(periodsPerYear >= 0) || periodsPerYear == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("periodsPerYear must be positive and finite, or AUTO (0), was "
                    + periodsPerYear);
        }
    }

    public StatisticsOptions withZone(ZoneId z) { return new StatisticsOptions(z, periodsPerYear, sqnDeviation); }

    public StatisticsOptions withPeriodsPerYear(double p) { return new StatisticsOptions(zone, p, sqnDeviation); }

    public StatisticsOptions withSqnDeviation(Deviation d) { return new StatisticsOptions(zone, periodsPerYear, d); }
}
