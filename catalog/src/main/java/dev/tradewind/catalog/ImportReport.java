package dev.tradewind.catalog;

import dev.tradewind.data.LoadReport;
import dev.tradewind.data.Timeframe;
import java.nio.file.Path;

/**
 * What an import did.
 *
 * @param symbol        the symbol stored under
 * @param timeframe     the bar size stored
 * @param load          how the file was read (layout, rows, skipped and repaired rows)
 * @param resampledFrom the file's own bar size when it was resampled to {@code timeframe}, else null
 * @param bars          bars imported (after resampling)
 * @param added         bars at times the catalog did not hold
 * @param replaced      bars at times it held, with different values (the file wins)
 * @param unchanged     bars it already held as they are
 * @param total         bars stored for the symbol and timeframe afterwards
 * @param file          the Parquet file
 */
public record ImportReport(String symbol, Timeframe timeframe, LoadReport load, Timeframe resampledFrom, int bars,
        long added, long replaced, long unchanged, long total, Path file) {

    /** One line, e.g. {@code FILUSDT 1m: 44640 bars from a.csv (BINANCE): 44640 new, 0 replaced, 0 unchanged; 44640 stored}. */
    public String summary() {
        return symbol + " " + timeframe + ": " + bars + " bars from " + load.source() + " (" + load.layout()
                + (resampledFrom != null ? ", resampled from " + resampledFrom : "")
                + (load.skipped().count() > 0 ? ", skipped " + load.skipped() : "")
                + (load.repaired().count() > 0 ? ", repaired " + load.repaired() : "")
                + "): " + added + " new, " + replaced + " replaced, " + unchanged + " unchanged; " + total + " stored";
    }
}
