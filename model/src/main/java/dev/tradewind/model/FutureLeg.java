package dev.tradewind.model;

/**
 * An open dated-futures position of a run: one contract, long (quantity > 0) or short (quantity < 0). Its variation
 * is settled into cash at every mark, so it holds no value of its own in equity; {@link #unrealizedPnl()} is its PnL
 * since entry.
 *
 * @param contract   the contract
 * @param quantity   contracts held, signed
 * @param entryPrice average price paid or received per point
 * @param entryTime  when the leg opened (epoch ns)
 * @param price      its price now (modelled unless the run has recorded futures prices)
 */
public record FutureLeg(FutureContract contract, double quantity, double entryPrice, long entryTime, double price) {
    /** PnL since entry at the current price: quantity x (price - entry) x multiplier. */
    public double unrealizedPnl() { return quantity * (price - entryPrice) * contract.multiplier(); }

    /** Face value now: quantity x price x multiplier (negative for a short). */
    public double notional() { return quantity * price * contract.multiplier(); }
}
