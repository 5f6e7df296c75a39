package dev.tradewind.data;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How to load a bar file. Start from {@link #defaults()} and use the withers.
 *
 * @param symbol      the series symbol; null takes it from the file name ({@code FILUSDT-1m-2023-08.csv.gz} ->
 *                    {@code FILUSDT}: the name up to the first {@code -}, {@code _} or {@code .})
 * @param zone        zone of local times without an offset (date-only values start at local midnight); UTC by default
 * @param priceColumn close or adjusted close for Yahoo files; ADJ_CLOSE on a file without Adj Close is an error
 * @param badRows     what to do with bad rows
 * @param from        keep bars with {@code from <= time} (epoch ns); {@code Long.MIN_VALUE} for no limit
 * @param to          keep bars with {@code time < to} (epoch ns); {@code Long.MAX_VALUE} for no limit
 */
public record LoadOptions(String symbol, ZoneId zone, PriceColumn priceColumn, BadRowPolicy badRows, long from,
        long to) {

    public LoadOptions {
        if (symbol != null && symbol.isBlank()) throw new IllegalArgumentException("symbol is blank");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(priceColumn, "priceColumn");
        Objects.requireNonNull(badRows, "badRows");
        if (from > to) throw new IllegalArgumentException("from is after to");
    }

    /** Symbol from the file name, UTC, close, fail on bad rows, no time filter. */
    public static LoadOptions defaults() {
        return new LoadOptions(null, ZoneOffset.UTC, PriceColumn.CLOSE, BadRowPolicy.FAIL, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public LoadOptions withSymbol(String symbol) { return new LoadOptions(symbol, zone, priceColumn, badRows, from, to); }

    public LoadOptions withZone(ZoneId zone) { return new LoadOptions(symbol, zone, priceColumn, badRows, from, to); }

    public LoadOptions withPriceColumn(PriceColumn priceColumn) {
        return new LoadOptions(symbol, zone, priceColumn, badRows, from, to);
    }

    public LoadOptions withBadRows(BadRowPolicy badRows) {
        return new LoadOptions(symbol, zone, priceColumn, badRows, from, to);
    }

    /** Keeps bars with {@code from <= time < to} (epoch ns). */
    public LoadOptions withRange(long from, long to) { return new LoadOptions(symbol, zone, priceColumn, badRows, from, to); }
}
