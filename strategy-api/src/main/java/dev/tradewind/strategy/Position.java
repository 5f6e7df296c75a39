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

    default boolean isFlat() { return quantity() == 0; }
    default boolean isLong() { return quantity() > 0; }
    default boolean isShort() { return quantity() < 0; }
}
