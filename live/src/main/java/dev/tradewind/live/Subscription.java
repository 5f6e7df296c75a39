package dev.tradewind.live;

/**
 * One stream to subscribe to.
 *
 * @param kind     what to receive
 * @param symbol   the exchange's symbol, e.g. {@code FILUSDT}
 * @param interval the bar interval (e.g. {@code 1m}) for {@link Kind#BARS}, else null
 * @param from     for bars: the open time (epoch ns) of the first bar wanted; closed bars from there on are fetched
 *                 from the exchange's history before live ones. {@link #LIVE} for live bars only (history is still
 *                 fetched to fill holes after the first bar)
 */
public record Subscription(Kind kind, String symbol, String interval, long from) {
    /** No history before the first live bar. */
    public static final long LIVE = Long.MIN_VALUE;

    /** Stream kinds every exchange adapter maps to its own stream names. */
    public enum Kind { BARS, TRADES, AGG_TRADES, QUOTES, DEPTH }

    public Subscription {
        if (kind == null || symbol == null || symbol.isBlank()) throw new IllegalArgumentException("kind and symbol are required");
        if ((kind == Kind.BARS) != (interval != null)) throw new IllegalArgumentException("an interval goes with bars only");
    }

    public static Subscription bars(String symbol, String interval, long from) {
        return new Subscription(Kind.BARS, symbol, interval, from);
    }

    public static Subscription of(Kind kind, String symbol) { return new Subscription(kind, symbol, null, LIVE); }
}
