package dev.tradewind.engine.options;

import dev.tradewind.model.OptionType;
import dev.tradewind.options.BlackScholes;
import dev.tradewind.strategy.OptionChain;
import java.time.LocalDate;

/** A chain priced by Black-Scholes-Merton at the settings' volatility model, from the underlying's price now. */
final class ModelChain implements OptionChain {
    private final LocalDate expiry;
    private final double spot;
    private final double years;
    private final OptionSettings s;
    private final double[] strikes;

    ModelChain(LocalDate expiry, double spot, double years, OptionSettings s) {
        this.expiry = expiry;
        this.spot = spot;
        this.years = years;
        this.s = s;
        double center = Math.rint(spot / s.strikeStep()) * s.strikeStep();
        double[] k = new double[2 * s.strikesEachSide() + 1];
        int n = 0;
        for (int i = -s.strikesEachSide(); i <= s.strikesEachSide(); i++) {
            double strike = center + i * s.strikeStep();
            if (strike > 0) k[n++] = strike;
        }
        this.strikes = java.util.Arrays.copyOf(k, n);
    }

    @Override public LocalDate expiry() { return expiry; }
    @Override public double forward() { return spot * Math.exp((s.rate() - s.dividendYield()) * years); }
    @Override public double[] strikes() { return strikes.clone(); }
    @Override public double atmStrike() { return nearest(forward()); }
    @Override public double strikeByMoneyness(double ratio) { return nearest(ratio * forward()); }

    @Override public double strikeByDelta(OptionType type, double delta) { return nearestBy(k -> delta(type, k), delta); }

    @Override public double strikeByPremium(OptionType type, double premium) { return nearestBy(k -> price(type, k), premium); }

    /** The strike whose {@code measure} is nearest {@code target} (the lower strike on a tie). */
    private double nearestBy(java.util.function.DoubleUnaryOperator measure, double target) {
        double best = strikes[0], gap = Double.POSITIVE_INFINITY;
        for (double k : strikes) {
            double d = Math.abs(measure.applyAsDouble(k) - target);
            if (d < gap) {
                gap = d;
                best = k;
            }
        }
        return best;
    }

    @Override
    public double price(OptionType type, double strike) {
        if (years <= 0) return type.intrinsic(spot, strike);
        return BlackScholes.price(type, spot, strike, years, volatility(type, strike), s.rate(), s.dividendYield());
    }

    @Override
    public double delta(OptionType type, double strike) {
        if (years <= 0) return type.intrinsic(spot, strike) > 0 ? type.sign() : 0;
        return BlackScholes.delta(type, spot, strike, years, volatility(type, strike), s.rate(), s.dividendYield());
    }

    @Override public double volatility(OptionType type, double strike) { return s.vol(strike, forward(), years); }

    private double nearest(double price) {
        int i = java.util.Arrays.binarySearch(strikes, price);
        if (i >= 0) return strikes[i];
        int hi = -i - 1;
        if (hi == 0) return strikes[0];
        if (hi == strikes.length) return strikes[strikes.length - 1];
        return price - strikes[hi - 1] <= strikes[hi] - price ? strikes[hi - 1] : strikes[hi];
    }
}
