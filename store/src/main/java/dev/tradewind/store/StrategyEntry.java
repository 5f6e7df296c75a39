package dev.tradewind.store;

import java.util.Map;
import java.util.Objects;

/**
 * A registered strategy: one member of a portfolio, as the portfolio config file would hold it.
 *
 * @param name      unique name, e.g. {@code sma-cross/FILUSDT/1h}
 * @param strategy  a built-in strategy name or a .java file
 * @param symbol    the instrument it trades
 * @param timeframe the bar size it runs on, or null for the data's own
 * @param data      the data (a file or a catalog reference), or null
 * @param enabled   whether it trades
 * @param weight    its share of the account's capital, >= 0
 * @param params    its parameters as text
 */
public record StrategyEntry(String name, String strategy, String symbol, String timeframe, String data, boolean enabled,
        double weight, Map<String, String> params) {
    public StrategyEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(symbol, "symbol");
        if (!(weight >= 0) || Double.isInfinite(weight)) throw new IllegalArgumentException("weight must be >= 0: " + weight);
        params = params == null ? Map.of() : params;
    }
}
