package dev.tradewind.examples;

import dev.tradewind.strategy.Strategy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in example strategies by their CLI names. The option and futures ones declare the desk they need
 * ({@link dev.tradewind.strategy.Desk}).
 */
public final class Builtins {
    private static final Map<String, Class<? extends Strategy>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("sma-cross", SmaCross.class);
        ALL.put("ema-cross", EmaCross.class);
        ALL.put("rsi-reversion", RsiReversion.class);
        ALL.put("donchian-breakout", DonchianBreakout.class);
        ALL.put("opening-range-breakout", OpeningRangeBreakout.class);
        ALL.put("volatility-breakout", VolatilityBreakout.class);
        ALL.put("trend-day", TrendDay.class);
        ALL.put("reversal-breakout", ReversalBreakout.class);
        ALL.put("sr-breakout", SupportResistanceBreakout.class);
        ALL.put("short-straddle", ShortStraddle.class);
        ALL.put("iron-condor", IronCondor.class);
        ALL.put("rolled-futures", RolledFutures.class);
    }

    private Builtins() {}

    /** Name to class, in a stable order. */
    public static Map<String, Class<? extends Strategy>> all() { return java.util.Collections.unmodifiableMap(ALL); }

    /** The class for a name, or null. */
    public static Class<? extends Strategy> find(String name) { return ALL.get(name); }
}
