package dev.tradewind.options;

/**
 * An annual Black volatility for a strike, a forward and a time to expiry: constant, a {@link TermStructure}, or a
 * {@link VolSurface}. Implementations are immutable, thread-safe and allocate nothing per call.
 */
public interface VolatilityModel {
    /** The volatility of an option of {@code strike} on {@code forward} expiring in {@code years} (> 0). */
    double vol(double strike, double forward, double years);

    /** What the model is, for reports: {@code constant volatility 18%}, {@code surface from spxw20190626.csv.gz}. */
    String label();

    /** One volatility everywhere. */
    static VolatilityModel constant(double vol) {
        if (!(vol > 0) || Double.isInfinite(vol)) throw new IllegalArgumentException("volatility must be > 0, got " + vol);
        String label = "constant volatility " + java.math.BigDecimal.valueOf(vol).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        return new VolatilityModel() {
            @Override public double vol(double strike, double forward, double years) { return vol; }
            @Override public String label() { return label; }
            @Override public String toString() { return label; }
        };
    }
}
