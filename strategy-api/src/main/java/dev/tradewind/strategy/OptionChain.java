package dev.tradewind.strategy;

import dev.tradewind.model.OptionType;
import java.time.LocalDate;

/** One expiry's strikes on the run's underlying, priced now (see {@link Options}). */
public interface OptionChain {
    LocalDate expiry();

    /** The underlying's forward price to the expiry. */
    double forward();

    /** The listed strikes, ascending. */
    double[] strikes();

    /** The strike nearest the forward (at the money). */
    double atmStrike();

    /** The strike whose delta is nearest {@code delta} (e.g. 0.25 for a call, -0.25 for a put). */
    double strikeByDelta(OptionType type, double delta);

    /** The strike nearest {@code ratio} x forward (1.05: 5% above). */
    double strikeByMoneyness(double ratio);

    /** The strike whose price is nearest {@code premium}. */
    double strikeByPremium(OptionType type, double premium);

    /** The price of one unit now (before the multiplier). */
    double price(OptionType type, double strike);

    double delta(OptionType type, double strike);

    /** The implied volatility the price is at. */
    double volatility(OptionType type, double strike);
}
