package dev.tradewind.options;

import dev.tradewind.model.OptionType;

/**
 * The volatility at which a model price equals a given option price, or why none does.
 *
 * <p>The solver works on the forward (undiscounted) Black price of the out-of-the-money side (an in-the-money price is
 * turned into the out-of-the-money one by put-call parity, which keeps deep in-the-money options from drowning their
 * time value in intrinsic value), keeps a bracket {@code [lo, hi]} of total volatility {@code vol * sqrt(t)} that
 * always contains the root, and takes Newton steps on the logarithm of the price (well behaved far out of the money,
 * where the price is exponentially small), falling back to bisection whenever a step leaves the bracket. It stops when
 * the bracket or the step is below 1e-15 in total volatility, or after 200 steps.
 *
 * <p>No volatility fits a price below the option's discounted intrinsic value (forward basis) or at or above its
 * upper bound (the discounted forward for a call, the discounted strike for a put), each within rounding (1e-12 of
 * the larger of forward and strike below intrinsic, 1e-14 relative below the upper bound, where the volatility would
 * be beyond any meaning): {@link Status} says which.
 * Stateless and thread-safe.
 */
public final class ImpliedVol {
    private ImpliedVol() {}

    /** Whether a volatility fits, and if not, which no-arbitrage bound the price breaks. */
    public enum Status {
        /** A volatility reproduces the price. */
        FIT,
        /** The price equals the intrinsic value (within 1e-12 of the larger of forward and strike): volatility 0. */
        AT_INTRINSIC,
        /** The price is below the discounted intrinsic value: no volatility fits. */
        BELOW_INTRINSIC,
        /** The price is at or above the upper bound (forward for a call, strike for a put, discounted): none fits. */
        ABOVE_MAXIMUM,
        /** A price, time or other argument is not a finite positive number as required. */
        BAD_INPUT
    }

    /**
     * A solution: {@code vol} is the annual volatility when {@code status} is {@code FIT} or {@code AT_INTRINSIC}
     * (then 0), NaN otherwise; {@code iterations} counts the solver's steps.
     */
    public record Result(Status status, double vol, int iterations) {
        /** True when a volatility reproduces the price. */
        public boolean fits() { return status == Status.FIT || status == Status.AT_INTRINSIC; }
    }

    private static final double TOL = 1e-15;
    private static final int MAX_STEPS = 200;

    /** The BSM implied volatility of a European option on a dividend-paying asset (arguments as {@link BlackScholes}). */
    public static Result blackScholes(OptionType type, double price, double spot, double strike, double t, double r,
            double q) {
        if (!(spot > 0) || Double.isInfinite(spot)) return bad();
        return black(type, price, spot * Math.exp((r - q) * t), strike, t, r);
    }

    /** The Black-76 implied volatility of a European option on a forward or future. */
    public static Result black76(OptionType type, double price, double forward, double strike, double t, double r) {
        return black(type, price, forward, strike, t, r);
    }

    /** The BSM implied volatility, or NaN when none fits ({@link #blackScholes} says why); allocates nothing. */
    public static double blackScholesVol(OptionType type, double price, double spot, double strike, double t, double r,
            double q) {
        if (!(spot > 0) || Double.isInfinite(spot)) return Double.NaN;
        return solve(type, price, spot * Math.exp((r - q) * t), strike, t, r, null);
    }

    private static Result black(OptionType type, double price, double forward, double strike, double t, double r) {
        int[] steps = new int[2];
        double vol = solve(type, price, forward, strike, t, r, steps);
        Status status = Status.values()[steps[1]];
        return new Result(status, vol, steps[0]);
    }

    private static Result bad() { return new Result(Status.BAD_INPUT, Double.NaN, 0); }

    /** The solve; {@code info}, when given, receives the step count and the status ordinal. */
    private static double solve(OptionType type, double price, double forward, double strike, double t, double r,
            int[] info) {
        if (!(forward > 0) || !(strike > 0) || !(t > 0) || !(price >= 0) || Double.isInfinite(forward)
                || Double.isInfinite(strike) || Double.isInfinite(t) || Double.isInfinite(price) || Double.isNaN(r)) {
            return done(info, Status.BAD_INPUT, 0, Double.NaN);
        }
        double df = Math.exp(-r * t);
        double undiscounted = price / df;
        int w = type.sign();
        double intrinsic = Math.max(w * (forward - strike), 0);
        double upper = type == OptionType.CALL ? forward : strike;
        if (undiscounted >= upper * (1 - 1e-14)) return done(info, Status.ABOVE_MAXIMUM, 0, Double.NaN);
        double timeValue = undiscounted - intrinsic;
        double scale = Math.max(forward, strike);
        if (timeValue < -1e-12 * scale) return done(info, Status.BELOW_INTRINSIC, 0, Double.NaN);
        if (timeValue <= 0) return done(info, Status.AT_INTRINSIC, 0, 0);
        // The out-of-the-money side: a call with strike above the forward, else a put; its price is the time value.
        int otm = strike >= forward ? 1 : -1;
        double target = timeValue;
        double logTarget = Math.log(target);
        double x = Math.log(forward / strike);
        // Bracket in total volatility s: the price rises from 0 (s = 0) to the forward or strike (s -> infinity).
        double lo = 0;
        double hi = 1;
        int n = 0;
        while (otmPrice(otm, forward, strike, x, hi) < target) {
            lo = hi;
            hi *= 2;
            if (++n > 60) return done(info, Status.ABOVE_MAXIMUM, n, Double.NaN);
        }
        double s = initialGuess(x, target, forward, strike, lo, hi);
        for (; n < MAX_STEPS; n++) {
            double p = otmPrice(otm, forward, strike, x, s);
            if (p == target) break;
            if (p < target) lo = s; else hi = s;
            double next;
            if (p > 0) {
                // Newton on log(price): d log p / ds = vega / p, vega = sqrt(F K) n(x/s ... ) in total-vol terms.
                double d1 = x / s + 0.5 * s;
                double vega = forward * Normal.pdf(d1);
                next = s - (Math.log(p) - logTarget) * p / vega;
            } else {
                next = Double.NaN;
            }
            if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
            if (Math.abs(next - s) <= TOL * Math.max(1, s) || hi - lo <= TOL * Math.max(1, s)) {
                s = next;
                n++;
                break;
            }
            s = next;
        }
        return done(info, Status.FIT, n, s / Math.sqrt(t));
    }

    /** A first total volatility: the Brenner-Subrahmanyam at-the-money approximation, clamped into the bracket. */
    private static double initialGuess(double x, double target, double forward, double strike, double lo, double hi) {
        double s = Math.abs(x) < 1e-3 ? target / (0.3989422804014327 * Math.sqrt(forward * strike))
                : Math.sqrt(2 * Math.abs(x));
        if (!(s > lo && s < hi)) s = 0.5 * (lo + hi);
        return s;
    }

    /** Undiscounted Black price of the out-of-the-money option ({@code w} +1 call, -1 put) at total volatility s. */
    private static double otmPrice(int w, double forward, double strike, double x, double s) {
        double d1 = x / s + 0.5 * s;
        double d2 = d1 - s;
        return w * (forward * Normal.cdf(w * d1) - strike * Normal.cdf(w * d2));
    }

    private static double done(int[] info, Status status, int steps, double vol) {
        if (info != null) {
            info[0] = steps;
            info[1] = status.ordinal();
        }
        return vol;
    }
}
