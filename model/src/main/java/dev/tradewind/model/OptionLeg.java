package dev.tradewind.model;

/**
 * An open option position of a run: one contract, held long (quantity > 0) or short (quantity < 0).
 *
 * @param contract   the contract
 * @param quantity   contracts held, signed
 * @param entryPrice average price paid or received per unit (not multiplied)
 * @param entryTime  when the leg opened (epoch ns)
 * @param price      its price now (per unit; modelled unless the run has recorded option prices)
 */
public record OptionLeg(OptionContract contract, double quantity, double entryPrice, long entryTime, double price) {
    /** The leg's value now: quantity x price x multiplier (negative for a short). */
    public double value() { return quantity * price * contract.multiplier(); }
}
