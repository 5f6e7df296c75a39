package dev.tradewind.engine;

import dev.tradewind.model.BarSeries;

/**
 * Bars of a higher timeframe built from a run's base bars, and when each becomes final.
 *
 * @param name        the timeframe as the strategy asked for it, e.g. {@code 1h}
 * @param bars        the higher-timeframe bars (the last one may be partial)
 * @param closedAfter for each base bar i, how many higher-timeframe bars have closed once bar i has closed
 *                    (non-decreasing; a bar is revealed to the strategy only when it is counted here)
 */
public record HigherTimeframe(String name, BarSeries bars, int[] closedAfter) {}
