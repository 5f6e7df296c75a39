package dev.tradewind.data;

import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a load did.
 *
 * @param source      the file as named to the loader
 * @param layout      the layout detected
 * @param priceColumn the close used (always CLOSE for files without Adj Close)
 * @param timeFormats the time formats seen (usually one; Binance files joined across 2025 hold ms and µs)
 * @param zone        the zone local times were read in
 * @param rowsRead    data rows read, header excluded
 * @param bars        bars returned
 * @param skipped     rows dropped (bad rows under SKIP, repeated times under SKIP and REPAIR)
 * @param repaired    rows changed under REPAIR
 * @param outOfRange  valid rows left out by the from/to filter
 */
public record LoadReport(String source, Layout layout, PriceColumn priceColumn, Set<TimeFormat> timeFormats,
        ZoneId zone, long rowsRead, int bars, RowIssues skipped, RowIssues repaired, long outOfRange) {

    public LoadReport {
        timeFormats = timeFormats.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(timeFormats));
    }

    /** One line, e.g. {@code a.csv: BINANCE, 44640 rows, 44640 bars, close, times [EPOCH_MILLIS] UTC, skipped 0, repaired 0}. */
    public String summary() {
        return source + ": " + layout + ", " + rowsRead + " rows, " + bars + " bars, "
                + priceColumn.name().toLowerCase(java.util.Locale.ROOT) + ", times " + timeFormats + " " + zone
                + ", skipped " + skipped + ", repaired " + repaired
                + (outOfRange > 0 ? ", " + outOfRange + " outside the range" : "");
    }
}
