package dev.tradewind.catalog.options;

import java.nio.file.Path;
import java.util.List;

/**
 * What an option import did: rows given, of which new and replacing stored ones (same time, expiry, strike and type),
 * the distinct bar times, and the partition files written.
 */
public record OptionImportReport(String underlying, String source, long rows, long added, long replaced, int times,
        List<Path> files) {}
