package dev.tradewind.model;

/**
 * What the instrument's grid did to a run's prices, for the report: slippage as asked for and as filled once rounded
 * to the tick (against the trader), and order prices the tick rounded.
 *
 * @param slippedFills          taker fills that went through the slippage model
 * @param requestedSlippageBps  average slippage the model asked for, basis points of the reference price
 * @param effectiveSlippageBps  average slippage actually filled after rounding to the tick, basis points
 * @param roundedPrices         limit and stop prices the strategy sent that were not on the tick and were rounded
 * @param firstRoundedFrom      the first such price as sent (NaN if none)
 * @param firstRoundedTo        the same, rounded
 */
public record ExecutionNotes(int slippedFills, double requestedSlippageBps, double effectiveSlippageBps, int roundedPrices,
        double firstRoundedFrom, double firstRoundedTo) {

    public static final ExecutionNotes NONE = new ExecutionNotes(0, 0, 0, 0, Double.NaN, Double.NaN);

    /** Whether the tick made the filled slippage differ from the requested one by more than 0.01 bps on average. */
    public boolean slippageChangedByTick() {
        return slippedFills > 0 && Math.abs(effectiveSlippageBps - requestedSlippageBps) > 0.01;
    }
}
