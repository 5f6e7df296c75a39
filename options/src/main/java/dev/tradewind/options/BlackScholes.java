package dev.tradewind.options;

import dev.tradewind.model.OptionType;
import dev.tradewind.model.OptionContract;

/**
 * Black-Scholes-Merton prices and greeks of European options on an asset paying a continuous dividend yield.
 *
 * <p>Arguments everywhere: {@code spot > 0}, {@code strike > 0}, {@code t} years to expiry {@code >= 0}, {@code vol}
 * the annual lognormal volatility {@code >= 0}, {@code r} the continuously compounded interest rate and {@code q} the
 * continuous dividend yield (a stock index's yield; for an FX option the foreign rate). At {@code t = 0} or
 * {@code vol = 0} the option is worth its discounted forward intrinsic value and gamma and vega are 0.
 * Greeks are derivatives of the price: delta and gamma by the spot, vega by the volatility, theta is minus the
 * derivative by {@code t} (value change per year of time passing), rho by {@code r} with {@code q} held. Stateless and
 * thread-safe; {@link #greeks} allocates nothing; inputs are not checked here (see {@link OptionContract} for validated contracts).
 */
public final class BlackScholes {
    private BlackScholes() {}

    /** The option's present value. */
    public static double price(OptionType type, double spot, double strike, double t, double vol, double r, double q) {
        double s = vol * Math.sqrt(t);
        double w = type.sign();
        double fwdDisc = spot * Math.exp(-q * t);
        double kDisc = strike * Math.exp(-r * t);
        if (!(s > 0)) return Math.max(w * (fwdDisc - kDisc), 0);
        double d1 = (Math.log(spot / strike) + (r - q) * t) / s + 0.5 * s;
        double d2 = d1 - s;
        return w * (fwdDisc * Normal.cdf(w * d1) - kDisc * Normal.cdf(w * d2));
    }

    /** dV/dSpot. */
    public static double delta(OptionType type, double spot, double strike, double t, double vol, double r, double q) {
        double s = vol * Math.sqrt(t);
        double w = type.sign();
        double dq = Math.exp(-q * t);
        if (!(s > 0)) return w * (spot * dq - strike * Math.exp(-r * t)) > 0 ? w * dq : 0;
        double d1 = (Math.log(spot / strike) + (r - q) * t) / s + 0.5 * s;
        return w * dq * Normal.cdf(w * d1);
    }

    /** d2V/dSpot2, the same for a call and a put. */
    public static double gamma(double spot, double strike, double t, double vol, double r, double q) {
        double s = vol * Math.sqrt(t);
        if (!(s > 0)) return 0;
        double d1 = (Math.log(spot / strike) + (r - q) * t) / s + 0.5 * s;
        return Math.exp(-q * t) * Normal.pdf(d1) / (spot * s);
    }

    /** dV/dVol (per 1.00 of volatility), the same for a call and a put. */
    public static double vega(double spot, double strike, double t, double vol, double r, double q) {
        double sqrtT = Math.sqrt(t);
        double s = vol * sqrtT;
        if (!(s > 0)) return 0;
        double d1 = (Math.log(spot / strike) + (r - q) * t) / s + 0.5 * s;
        return spot * Math.exp(-q * t) * Normal.pdf(d1) * sqrtT;
    }

    /** -dV/dt: the value change per year of time passing. */
    public static double theta(OptionType type, double spot, double strike, double t, double vol, double r, double q) {
        Greeks g = new Greeks();
        greeks(type, spot, strike, t, vol, r, q, g);
        return g.theta;
    }

    /** dV/dr with the dividend yield held. */
    public static double rho(OptionType type, double spot, double strike, double t, double vol, double r, double q) {
        Greeks g = new Greeks();
        greeks(type, spot, strike, t, vol, r, q, g);
        return g.rho;
    }

    /** Price and all greeks in one pass (one log, three exps, two normal cdfs), written into {@code out}. */
    public static void greeks(OptionType type, double spot, double strike, double t, double vol, double r, double q,
            Greeks out) {
        double sqrtT = Math.sqrt(t);
        double s = vol * sqrtT;
        double w = type.sign();
        double fwdDisc = spot * Math.exp(-q * t);
        double kDisc = strike * Math.exp(-r * t);
        if (!(s > 0)) {
            boolean itm = w * (fwdDisc - kDisc) > 0;
            out.price = itm ? w * (fwdDisc - kDisc) : 0;
            out.delta = itm ? w * fwdDisc / spot : 0;
            out.gamma = 0;
            out.vega = 0;
            out.theta = itm ? w * (q * fwdDisc - r * kDisc) : 0;
            out.rho = itm ? w * t * kDisc : 0;
            return;
        }
        double d1 = (Math.log(spot / strike) + (r - q) * t) / s + 0.5 * s;
        double d2 = d1 - s;
        double n1 = Normal.cdf(w * d1);
        double n2 = Normal.cdf(w * d2);
        double pdf = Normal.pdf(d1);
        out.price = w * (fwdDisc * n1 - kDisc * n2);
        out.delta = w * fwdDisc / spot * n1;
        out.gamma = fwdDisc * pdf / (spot * spot * s);
        out.vega = fwdDisc * pdf * sqrtT;
        out.theta = -fwdDisc * pdf * vol / (2 * sqrtT) + w * (q * fwdDisc * n1 - r * kDisc * n2);
        out.rho = w * t * kDisc * n2;
    }
}
