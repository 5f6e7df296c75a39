package dev.tradewind.catalog;

import dev.tradewind.data.DataException;
import dev.tradewind.data.Timeframe;

/**
 * A reference to catalog data in place of a file name: {@code catalog:SYMBOL:TIMEFRAME}, e.g.
 * {@code catalog:FILUSDT:1m}.
 *
 * @param symbol    the symbol as imported
 * @param timeframe the bar size as imported
 */
public record CatalogRef(String symbol, Timeframe timeframe) {
    public static final String PREFIX = "catalog:";

    /** Whether {@code data} names catalog data rather than a file. */
    public static boolean isRef(String data) { return data != null && data.startsWith(PREFIX); }

    /** Parses {@code catalog:SYMBOL:TIMEFRAME}. */
    public static CatalogRef parse(String data) {
        String rest = data.substring(PREFIX.length());
        int colon = rest.lastIndexOf(':');
        if (!isRef(data) || colon <= 0 || colon == rest.length() - 1) {
            throw new CatalogException("'" + data + "': expected catalog:SYMBOL:TIMEFRAME, e.g. catalog:FILUSDT:1m");
        }
        return new CatalogRef(Catalog.checkSymbol(rest.substring(0, colon)), timeframe(rest.substring(colon + 1)));
    }

    static Timeframe timeframe(String text) {
        try {
            return Timeframe.parse(text);
        } catch (DataException e) {
            throw new CatalogException(e.getMessage(), e);
        }
    }

    @Override
    public String toString() { return PREFIX + symbol + ":" + timeframe; }
}
