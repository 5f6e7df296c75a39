package dev.tradewind.engine;

import dev.tradewind.model.Liquidity;

/**
 * Fees charged on every fill; the parts add up, and the total is at least {@link #minimum}.
 *
 * @param percent      taker fee, percent of traded value (0.04 means 0.04%)
 * @param makerPercent maker fee, percent of traded value (may be negative: a rebate)
 * @param perOrder     fixed amount per order, charged on its first fill
 * @param perUnit      amount per unit traded
 * @param minimum      smallest fee of one fill (applies when the fill's fee is positive)
 */
public record Commission(double percent, double makerPercent, double perOrder, double perUnit, double minimum) {
    public static final Commission NONE = new Commission(0, 0, 0, 0, 0);

    public Commission {
        if (!(percent >= 0) || !(perOrder >= 0) || !(perUnit >= 0) || !(minimum >= 0) || Double.isNaN(makerPercent)) {
            throw new IllegalArgumentException("commission parts must be >= 0 (a maker rebate may be negative)");
        }
    }

    /** The same percent for makers and takers, no minimum. */
    public Commission(double percent, double perOrder, double perUnit) { this(percent, percent, perOrder, perUnit, 0); }

    /** The fee for executing {@code quantity} at {@code price} as a taker. */
    public double fee(double quantity, double price, double multiplier, boolean firstFillOfOrder) {
        return fee(quantity, price, multiplier, firstFillOfOrder, Liquidity.TAKER);
    }

    /** The fee for executing {@code quantity} at {@code price} in the given liquidity role. */
    public double fee(double quantity, double price, double multiplier, boolean firstFillOfOrder, Liquidity role) {
        double pct = role == Liquidity.MAKER ? makerPercent : percent;
        double f = quantity * price * multiplier * pct / 100.0 + quantity * perUnit + (firstFillOfOrder ? perOrder : 0);
        return f > 0 && f < minimum ? minimum : f;
    }
}
