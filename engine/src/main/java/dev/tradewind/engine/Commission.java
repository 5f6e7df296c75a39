package dev.tradewind.engine;

/**
 * Commission charged on every fill; the three parts add up.
 *
 * @param percent  percent of traded value (0.1 means 0.1%)
 * @param perOrder fixed amount per order, charged on its first fill
 * @param perUnit  amount per unit traded
 */
public record Commission(double percent, double perOrder, double perUnit) {
    public static final Commission NONE = new Commission(0, 0, 0);

    public Commission {
        if (!(percent >= 0) || !(perOrder >= 0) || !(perUnit >= 0)) {
            throw new IllegalArgumentException("commission parts must be >= 0");
        }
    }

    /** The fee for executing {@code quantity} at {@code price}. */
    public double fee(double quantity, double price, double multiplier, boolean firstFillOfOrder) {
        return quantity * price * multiplier * percent / 100.0 + quantity * perUnit + (firstFillOfOrder ? perOrder : 0);
    }
}
