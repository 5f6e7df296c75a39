package dev.tradewind.data;

import dev.tradewind.model.BarSeries;

/**
 * The bars a file held and how they were read. {@code valuesSha256}: the SHA-256 of the bars' values (the catalog's
 * {@code BarFingerprint}) when the source kept one for exactly these bars, else null (compute it when needed).
 */
public record LoadResult(BarSeries series, LoadReport report, String valuesSha256) {
    public LoadResult(BarSeries series, LoadReport report) { this(series, report, null); }
}
