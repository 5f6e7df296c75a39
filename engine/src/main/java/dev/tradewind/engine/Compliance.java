package dev.tradewind.engine;

import dev.tradewind.engine.account.Portfolio;
/**
 * Portfolio-level exposure limits, as multiples of account equity (0: off). An order that would break one is
 * resized to what fits, or rejected when nothing fits; every such decision is recorded.
 *
 * @param maxGross     largest sum of |position value| over all symbols
 * @param maxNet       largest |sum of signed position values|
 * @param maxPerSymbol largest |position value| in any one symbol
 */
public record Compliance(double maxGross, double maxNet, double maxPerSymbol) {
    public static final Compliance NONE = new Compliance(0, 0, 0);

    public Compliance {
        if (!(maxGross >= 0) || !(maxNet >= 0) || !(maxPerSymbol >= 0)) throw new IllegalArgumentException("limits must be >= 0");
    }
}
