package dev.tradewind.model;

/**
 * A cash movement that is not a fill: funding, borrow fees, liquidation fees.
 *
 * @param amount what the account paid (negative: received)
 */
public record LedgerEntry(long time, Kind kind, double amount, String note) {
    /** What the entry is for. */
    public enum Kind { FUNDING, BORROW, LIQUIDATION }
}
