package dev.tradewind.options;

import dev.tradewind.model.OptionType;

/**
 * Black-76 prices and greeks of European options on a forward or futures price {@code forward}, discounted at the
 * rate {@code r}: BSM with the forward as the asset and no drift. Delta and gamma are by the forward, vega by the
 * volatility, theta is minus the derivative by {@code t} with the forward held, rho by {@code r} with the forward held
 * ({@code -t * price}). Arguments and limits as in {@link BlackScholes}. Stateless, allocation-free, thread-safe.
 */
public final class Black76 {
    private Black76() {}

    /** The option's present value. */
    public static double price(OptionType type, double forward, double strike, double t, double vol, double r) {
        return BlackScholes.price(type, forward, strike, t, vol, r, r);
    }

    /** dV/dForward (discounted). */
    public static double delta(OptionType type, double forward, double strike, double t, double vol, double r) {
        return BlackScholes.delta(type, forward, strike, t, vol, r, r);
    }

    /** d2V/dForward2. */
    public static double gamma(double forward, double strike, double t, double vol, double r) {
        return BlackScholes.gamma(forward, strike, t, vol, r, r);
    }

    /** dV/dVol. */
    public static double vega(double forward, double strike, double t, double vol, double r) {
        return BlackScholes.vega(forward, strike, t, vol, r, r);
    }

    /** -dV/dt with the forward held. */
    public static double theta(OptionType type, double forward, double strike, double t, double vol, double r) {
        return BlackScholes.theta(type, forward, strike, t, vol, r, r);
    }

    /** dV/dr with the forward held: {@code -t * price}. */
    public static double rho(OptionType type, double forward, double strike, double t, double vol, double r) {
        return -t * price(type, forward, strike, t, vol, r);
    }

    /** Price and all greeks in one pass, written into {@code out}. */
    public static void greeks(OptionType type, double forward, double strike, double t, double vol, double r, Greeks out) {
        BlackScholes.greeks(type, forward, strike, t, vol, r, r, out);
        out.rho = -t * out.price;
    }
}
