package dev.tradewind.catalog;

import dev.tradewind.data.Timeframe;
import java.nio.file.Path;

/**
 * What the catalog holds for one symbol and timeframe.
 *
 * @param symbol      the symbol
 * @param timeframe   the bar size
 * @param first       the first bar's open time (epoch ns)
 * @param last        the last bar's open time (epoch ns)
 * @param rows        the number of bars
 * @param gaps        runs of missing bars (weekends excepted for daily bars; see {@code dev.tradewind.data.Gaps})
 * @param missingBars bars missing in those gaps
 * @param file        the Parquet file
 * @param bytes       its size
 */
public record CatalogEntry(String symbol, Timeframe timeframe, long first, long last, long rows, int gaps,
        long missingBars, Path file, long bytes) {}
