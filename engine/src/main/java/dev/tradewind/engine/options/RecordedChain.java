package dev.tradewind.engine.options;

import dev.tradewind.model.OptionType;
import dev.tradewind.options.Black76;
import dev.tradewind.options.ChainSlice;
import dev.tradewind.strategy.OptionChain;
import java.time.LocalDate;

/**
 * A chain as recorded (see {@link RecordedPricing}): the recorded strikes of one expiry, priced at their mids. The
 * forward is put-call parity's at the settings' rate (the model's forward when no strike has both quotes two-sided);
 * volatilities are Black-76 implied from the mids, deltas Black-76 forward deltas ({@code N(d1)}, {@code N(d1) - 1}) at
 * them. A strike without a two-sided quote (or an implied volatility that fits) takes the model's price, volatility
 * and delta, as a leg is marked at the model's price then.
 */
final class RecordedChain implements OptionChain {
    private final ChainSlice slice;
    private final ModelChain model;
    private final double rate;
    private final double forward;

    RecordedChain(ChainSlice slice, ModelChain model, double rate) {
        this.slice = slice;
        this.model = model;
        this.rate = rate;
        double f = slice.forward(rate);
        this.forward = Double.isNaN(f) ? model.forward() : f;
    }

    @Override public LocalDate expiry() { return slice.expiry(); }
    @Override public double forward() { return forward; }
    @Override public double[] strikes() { return slice.strikes(); }
    @Override public double atmStrike() { return slice.strike(slice.nearest(forward)); }
    @Override public double strikeByMoneyness(double ratio) { return slice.strike(slice.nearest(ratio * forward)); }

    /** The strike whose forward delta at its own implied volatility is nearest {@code delta}; NaN when no volatility fits. */
    @Override public double strikeByDelta(OptionType type, double delta) { return slice.strikeByDelta(type, delta, rate); }

    /** The strike whose mid is nearest {@code premium}; NaN when no quote is two-sided. */
    @Override public double strikeByPremium(OptionType type, double premium) { return slice.strikeByPremium(type, premium); }

    @Override
    public double price(OptionType type, double strike) {
        int i = slice.indexOf(strike);
        double mid = i < 0 ? Double.NaN : slice.mid(type, i);
        return Double.isNaN(mid) ? model.price(type, strike) : mid;
    }

    @Override
    public double delta(OptionType type, double strike) {
        double vol = implied(type, strike);
        if (Double.isNaN(vol)) return model.delta(type, strike);
        return Black76.delta(type, forward, strike, slice.years(), vol, rate) * Math.exp(rate * slice.years());
    }

    @Override
    public double volatility(OptionType type, double strike) {
        double vol = implied(type, strike);
        return Double.isNaN(vol) ? model.volatility(type, strike) : vol;
    }

    private double implied(OptionType type, double strike) {
        int i = slice.indexOf(strike);
        return i < 0 || !(slice.years() > 0) ? Double.NaN : slice.impliedVol(type, i, forward, rate);
    }
}
