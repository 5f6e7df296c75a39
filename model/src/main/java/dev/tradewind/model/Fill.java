package dev.tradewind.model;

/**
 * One execution.
 *
 * @param id       unique within a run, in execution order starting at 1
 * @param orderId  the order that executed
 * @param time     execution time (epoch ns)
 * @param symbol   instrument symbol
 * @param side     buy or sell
 * @param quantity executed size (positive)
 * @param price    execution price, including slippage
 * @param fee      commission charged for this execution
 * @param liquidity maker (rested on the book) or taker
 */
public record Fill(long id, long orderId, long time, String symbol, Side side, double quantity, double price, double fee,
        Liquidity liquidity) {}
