package dev.tradewind.store;

import java.util.Map;
import java.util.Objects;

/**
 * What is known about a run before it starts; recorded with status running.
 *
 * @param strategy    the strategy as named (a built-in name or a file)
 * @param symbol      the instrument symbol, or null if not known yet
 * @param data        the data as named (a file or a catalog reference)
 * @param params      the parameters as given (resolved ones replace them on completion)
 * @param config      the configuration as given, JSON, or null
 * @param codeVersion the Tradewind build that runs it
 */
public record RunStart(String strategy, String symbol, String data, Map<String, String> params, String config,
        String codeVersion) {
    public RunStart {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(codeVersion, "codeVersion");
        params = params == null ? Map.of() : params;
    }
}
