package dev.tradewind.analysis;

/**
 * One closed trade read from a trades CSV: where it came from, whose it is, and its net PnL booked at exit.
 *
 * @param file      the file it was read from, as given
 * @param line      its line in that file (1 is the header)
 * @param strategy  the {@code strategy} column, or the name derived from the file (see {@link TradeCsv})
 * @param symbol    the {@code symbol} column, or empty
 * @param entryTime epoch nanoseconds, or {@link #NO_TIME} when the file has no {@code entry_time} column
 * @param exitTime  epoch nanoseconds
 * @param pnl       net PnL in account currency, finite
 */
public record TradeRow(String file, long line, String strategy, String symbol, long entryTime, long exitTime, double pnl) {
    /** The entry time of a trade read from a file without an {@code entry_time} column. */
    public static final long NO_TIME = Long.MIN_VALUE;

    /** The earliest known time of the trade: its entry, or its exit when the entry is unknown. */
    public long startTime() { return entryTime == NO_TIME ? exitTime : entryTime; }

    /** This trade with its PnL multiplied by {@code weight}. */
    public TradeRow scaled(double weight) {
        return new TradeRow(file, line, strategy, symbol, entryTime, exitTime, pnl * weight);
    }
}
