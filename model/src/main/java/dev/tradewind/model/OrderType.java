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
    STOP_LIMIT
}
