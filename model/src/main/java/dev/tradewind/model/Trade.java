package dev.tradewind.model;

/**
 * A round trip: from the fill that opens a position to the fill that makes it flat (or reverses it).
 * Scaling in averages the entry price; scaling out accumulates realized PnL into the same trade.
 *
 * @param id         unique within a run, in order of closing starting at 1
 * @param symbol     instrument symbol
 * @param side       BUY for a long trade, SELL for a short one
 * @param quantity   the largest absolute position size held during the trade
 * @param entryTime  time of the first entry fill
 * @param entryPrice average entry price
 * @param exitTime   time of the fill that closed the trade
 * @param exitPrice  average exit price
 * @param grossPnl   PnL before costs
 * @param costs      commissions on the entry and exit fills attributed to this trade
 * @param netPnl     {@code grossPnl - costs}
 * @param mae        maximum adverse excursion in money (<= 0), from bar highs and lows while open
 * @param mfe        maximum favourable excursion in money (>= 0)
 * @param barsHeld   number of bars from the entry bar to the exit bar
 */
public record Trade(long id, String symbol, Side side, double quantity, long entryTime, double entryPrice, long exitTime,
        double exitPrice, double grossPnl, double costs, double netPnl, double mae, double mfe, int barsHeld) {}
