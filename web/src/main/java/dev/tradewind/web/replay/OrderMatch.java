package dev.tradewind.web.replay;

import dev.tradewind.model.OrderRecord;

/**
 * An order of the run paired with the backtest's same decision; one side is null when only the other has it.
 *
 * @param live     the run's order, or null
 * @param backtest the backtest's order, or null
 */
public record OrderMatch(OrderRecord live, OrderRecord backtest) {
    /** {@code both}, {@code live only} or {@code backtest only}. */
    public String presence() { return live == null ? "backtest only" : backtest == null ? "live only" : "both"; }
}
