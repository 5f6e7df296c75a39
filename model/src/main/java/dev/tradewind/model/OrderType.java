package dev.tradewind.model;

/** How an order is priced. */
public enum OrderType {
    /** Fills at the next available price (the next bar's open, or this bar's close in close-fill mode). */
    MARKET,
    /** Fills at the limit price or better. */
    LIMIT,
    /** Becomes a market order once the stop price trades. */
    STOP,
    /** Becomes a limit order once the stop price trades. */
    STOP_LIMIT,
    /** A stop that follows the price at a fixed distance (price, percent or ATR multiple) and never moves back. */
    TRAILING_STOP,
    /** Fills at the open of the next bar, whatever the fill mode. */
    MARKET_ON_OPEN,
    /** Fills at the close of the bar it is working in (the bar it was sent in, when sent before its close). */
    MARKET_ON_CLOSE,
    /** Becomes a limit order once the trigger price is touched (a buy triggers at or below, a sell at or above). */
    LIMIT_IF_TOUCHED
}
