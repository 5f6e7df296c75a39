package dev.tradewind.metrics;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How to bucket and annualize.
 *
 * @param zone           time zone of calendar days, ISO weeks and months
 * @param periodsPerYear daily periods per year for Sharpe and Sortino, or {@link #AUTO}: 365 if any bar falls
 *                       on a Saturday or Sunday in {@code zone} (markets that trade every day), else 252
 */
public record StatisticsOptions(ZoneId zone, double periodsPerYear) {
    /** Choose periods per year from the bar days, see the class comment. */
    public static final double AUTO = 0;
    /** UTC, automatic annualization. */
    public static final StatisticsOptions DEFAULT = new StatisticsOptions(ZoneOffset.UTC, AUTO);

    public StatisticsOptions {
        if (zone == null) {
            throw new IllegalArgumentException("zone must not be null");
        }
        if (!(periodsPerYear >= 0) || periodsPerYear == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("periodsPerYear must be positive and finite, or AUTO (0), was "
                    + periodsPerYear);
        }
    }

    public StatisticsOptions withZone(ZoneId z) { return new StatisticsOptions(z, periodsPerYear); }

    public StatisticsOptions withPeriodsPerYear(double p) { return new StatisticsOptions(zone, p); }
}
