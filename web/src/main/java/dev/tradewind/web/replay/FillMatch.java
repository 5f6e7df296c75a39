package dev.tradewind.web.replay;

import dev.tradewind.model.Fill;
import dev.tradewind.model.Side;

/**
 * A fill of the run paired with the backtest's fill of the matched order (k-th with k-th); one side is null when only
 * the other has it. Differences are live minus backtest; NaN (or 0 for time) when not matched.
 *
 * @param live     the run's fill, or null
 * @param backtest the backtest's fill, or null
 */
public record FillMatch(Fill live, Fill backtest) {
    public boolean matched() { return live != null && backtest != null; }

    /** {@code both}, {@code live only} or {@code backtest only}. */
    public String presence() { return live == null ? "backtest only" : backtest == null ? "live only" : "both"; }

    public double priceDiff() { return matched() ? live.price() - backtest.price() : Double.NaN; }

    /** Live fill time minus backtest fill time (ns): the run's latency against the model, negative when earlier. */
    public long latencyNanos() { return matched() ? live.time() - backtest.time() : 0; }

    public double quantityDiff() { return matched() ? live.quantity() - backtest.quantity() : Double.NaN; }

    public double feeDiff() { return matched() ? live.fee() - backtest.fee() : Double.NaN; }

    /**
     * What the run paid beyond the backtest's price on its filled quantity, in quote currency: positive when worse for
     * the trader (a buy above, a sell below the model's price).
     */
    public double slippage(double multiplier) {
        return matched() ? sign() * priceDiff() * live.quantity() * multiplier + 0.0 : Double.NaN; // + 0.0: no -0
    }

    /** {@link #slippage} relative to the backtest's price, in basis points. */
    public double slippageBps() { return matched() ? sign() * priceDiff() / backtest.price() * 10_000 + 0.0 : Double.NaN; }

    private int sign() { return live.side() == Side.BUY ? 1 : -1; }
}
