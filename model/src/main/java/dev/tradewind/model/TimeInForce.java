package dev.tradewind.model;

/** How long an order stays working. */
public enum TimeInForce {
    /** Good till cancelled. */
    GTC,
    /** Expires at the end of the trading day (UTC, or the run's time zone) on which it was submitted. */
    DAY
}
