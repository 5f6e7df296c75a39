package dev.tradewind.model;

/**
 * A cash movement that is not a fill: funding and borrow fees. A liquidation is listed too, with amount 0: its fee is
 * paid in the liquidation fill's fee (and counted in the run's fees), and the note says how much of it was the
 * liquidation fee. So the sum of the amounts is the run's financing.
 *
 * @param amount what the account paid outside fills (negative: received)
 */
public record LedgerEntry(long time, Kind kind, double amount, String note) {
    /** What the entry is for. */
    public enum Kind { FUNDING, BORROW, LIQUIDATION }
}
