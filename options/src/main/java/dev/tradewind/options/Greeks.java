package dev.tradewind.options;

/**
 * Price and first-order sensitivities of one option, filled in place by {@link BlackScholes#greeks} and
 * {@link Black76#greeks} so a chain can be priced without allocating. Units: vega per 1.00 of volatility (divide by
 * 100 for a vol point), theta per year of calendar time passing (divide by 365 for a day; negative for a long option
 * that decays), rho per 1.00 of the interest rate. Not thread-safe: one instance per thread.
 */
public final class Greeks {
    double price, delta, gamma, vega, theta, rho;

    public double price() { return price; }
    public double delta() { return delta; }
    public double gamma() { return gamma; }
    public double vega() { return vega; }
    public double theta() { return theta; }
    public double rho() { return rho; }

    @Override public String toString() {
        return "Greeks[price=" + price + ", delta=" + delta + ", gamma=" + gamma + ", vega=" + vega + ", theta=" + theta
                + ", rho=" + rho + "]";
    }
}
