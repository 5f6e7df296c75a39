package dev.tradewind.model;

/**
 * A list of trades that gives a trade's net PnL without making the trade ({@link TradeLog} and its read-only view):
 * what a run's statistics read of every trade.
 */
public interface TradePnls {
    /** The net PnL of trade {@code index}. */
    double netPnl(int index);
}
