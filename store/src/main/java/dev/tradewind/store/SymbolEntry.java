package dev.tradewind.store;

import java.util.Map;
import java.util.Objects;

/**
 * A registered symbol.
 *
 * @param symbol  the instrument symbol
 * @param enabled whether strategies may trade it
 * @param weight  its share of capital across symbols, >= 0
 * @param params  its properties as text, e.g. kind, tick, lot, multiplier, margin
 */
public record SymbolEntry(String symbol, boolean enabled, double weight, Map<String, String> params) {
    public SymbolEntry {
        Objects.requireNonNull(symbol, "symbol");
        if (!(weight >= 0) || Double.isInfinite(weight)) throw new IllegalArgumentException("weight must be >= 0: " + weight);
        params = params == null ? Map.of() : params;
    }
}
