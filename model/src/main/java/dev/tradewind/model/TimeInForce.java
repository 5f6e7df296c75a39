package dev.tradewind.model;

/** How long an order stays working. */
public enum TimeInForce {
    /** Good till cancelled. */
    GTC,
    /** Expires at the end of the trading day (UTC, or the run's time zone) on which it was submitted. */
    DAY,
    /** Immediate or cancel: fills what it can on the first bar it is active, the rest expires. */
    IOC,
    /** Fill or kill: fills in full on the first bar it is active, or expires without filling. */
    FOK,
    /** Good till a date: expires at the first bar at or after its expire time. */
    GTD
}
