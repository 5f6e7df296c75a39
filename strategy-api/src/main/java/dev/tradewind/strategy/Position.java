package dev.tradewind.strategy;

/** A live view of the strategy's position in its instrument; values change as fills arrive. */
public interface Position {
    /** Signed size: positive long, negative short, 0 flat. */
    double quantity();

    /** Average entry price of the open size; NaN when flat. */
    double averagePrice();

    /** PnL of the open size at the last mark, before costs. */
    double unrealizedPnl();

    /** PnL realized by all closing fills so far, before costs. */
    double realizedPnl();

    /**
     * Index ({@link Context#barIndex()}) of the bar whose fill opened the current position (left flat or reversed it);
     * adding to the position keeps it. -1 when flat.
     */
    int entryBar();

    /** Time of that opening fill, epoch nanoseconds; {@code Long.MIN_VALUE} when flat. */
    long entryTime();

    /** Bars since the opening fill: 0 in the bar it filled in, 1 in the next...; -1 when flat. */
    int barsSinceEntry();

    default boolean isFlat() { return quantity() == 0; }
    default boolean isLong() { return quantity() > 0; }
    default boolean isShort() { return quantity() < 0; }
}
