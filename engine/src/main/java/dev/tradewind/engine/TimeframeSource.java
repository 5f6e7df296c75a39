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
}
