package dev.tradewind.engine;

/** When a market order sent during a bar's onBar executes. */
public enum FillMode {
    /** At the open of the next bar (default: the strategy cannot trade at a price it has already seen). */
    NEXT_OPEN,
    /** At the close of the same bar. */
    CLOSE
}
