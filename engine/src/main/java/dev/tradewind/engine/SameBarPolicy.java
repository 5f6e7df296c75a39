package dev.tradewind.engine;

/** Which of a bracket's stop-loss and take-profit executes when one bar's range reaches both. */
public enum SameBarPolicy {
    /** The stop-loss (the conservative default). */
    STOP_FIRST,
    /** The take-profit. */
    TARGET_FIRST,
    /** The one whose price is nearer the bar's open (or the entry price when the entry filled in this bar). */
    NEAREST_TO_OPEN,
    /** Replay the bars of a lower timeframe inside the bar; when one of them reaches both, the stop-loss. */
    LOWER_TIMEFRAME
}
