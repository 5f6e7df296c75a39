package dev.tradewind.analysis;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How to analyze.
 *
 * @param capital        the starting capital of every equity curve (the cash the trades were made with); positive
 * @param zone           zone of calendar days, weeks and months, and of trade times without an offset
 * @param periodsPerYear days per year for annualizing, or 0: 365 when the calendar has weekends, else 252
 * @param by             what one series is
 */
public record AnalysisOptions(double capital, ZoneId zone, double periodsPerYear, GroupBy by) {
    public static final AnalysisOptions DEFAULT = new AnalysisOptions(10_000, ZoneOffset.UTC, 0, GroupBy.STRATEGY);

    public AnalysisOptions {
        if (!(capital > 0) || Double.isInfinite(capital)) throw new IllegalArgumentException("capital must be positive, was " + capital);
        if (!(periodsPerYear >= 0) || Double.isInfinite(periodsPerYear)) {
            throw new IllegalArgumentException("periodsPerYear must be 0 (auto) or positive, was " + periodsPerYear);
        }
        if (zone == null || by == null) throw new IllegalArgumentException("zone and by must not be null");
    }

    public AnalysisOptions withCapital(double c) { return new AnalysisOptions(c, zone, periodsPerYear, by); }

    public AnalysisOptions withZone(ZoneId z) { return new AnalysisOptions(capital, z, periodsPerYear, by); }

    public AnalysisOptions withPeriodsPerYear(double p) { return new AnalysisOptions(capital, zone, p, by); }

    public AnalysisOptions withBy(GroupBy b) { return new AnalysisOptions(capital, zone, periodsPerYear, b); }
}
