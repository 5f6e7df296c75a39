package dev.tradewind.engine;

/** Builds higher timeframes of the run's base bars on request (a backtest resamples; a live run aggregates). */
@FunctionalInterface
public interface TimeframeSource {
    /**
     * The bars of {@code timeframe} (e.g. {@code 5m}, {@code 1h}, {@code 1d}) aligned with the base series.
     *
     * @throws IllegalArgumentException with a message a user can act on when the timeframe is not available
     */
    HigherTimeframe resample(String timeframe);

    /**
     * The periods of {@code timeframe}, for a run whose bars arrive one at a time (paper, live): its bars are aggregated
     * as they come and each closes when its period ends, by the bar that ends it or by the clock.
     *
     * @throws IllegalArgumentException when the timeframe is not available
     */
    default TimeframePeriods periods(String timeframe) {
        throw new IllegalArgumentException("timeframe " + timeframe + " is not available to a run fed one bar at a time");
    }
}
