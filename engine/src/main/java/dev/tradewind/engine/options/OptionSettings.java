package dev.tradewind.engine.options;

import dev.tradewind.model.ExerciseStyle;
import dev.tradewind.model.Settlement;
import dev.tradewind.options.VolatilityModel;

/**
 * How a run's option desk lists, prices and charges its contracts. Prices are modelled from the underlying
 * (Black-Scholes-Merton at the volatility of {@code model}: constant, a term structure or a surface from a snapshot),
 * or, with {@link #withRecordedPrices}, taken from recorded quotes where there are fresh ones and modelled elsewhere;
 * {@link #pricing()} says which, and the run's log says it at the first bar (and, with recorded quotes, at the end with
 * how many fills and marks were recorded and how many modelled).
 *
 * @param calendar          the expiry calendar's market ({@code SPXW}, {@code SPX}, {@code NIFTY}, {@code BANKNIFTY})
 * @param volatility        the model's constant annual volatility (0.18 = 18%)
 * @param rate              the risk-free rate, continuous, annual
 * @param dividendYield     the underlying's dividend yield, continuous, annual
 * @param strikeStep        the distance between listed strikes
 * @param strikesEachSide   strikes listed above and below the one nearest the underlying
 * @param multiplier        currency per point per contract (100 for SPX)
 * @param tick              option price tick (a buy's price is rounded up to it, a sell's down)
 * @param halfSpread        half the bid/ask spread as a fraction of the model price (0.02: buy at 1.02x, sell at 0.98x)
 * @param feePerContract    commission per contract traded (not charged at expiry)
 * @param shortMarginRate   a short leg's margin: premium + max(rate x underlying - out-of-the-money amount, ...
 * @param minimumMarginRate ... minimum rate x underlying), per unit, times the multiplier (Cboe's rule for index options)
 * @param settlement        cash at the intrinsic value, or assignment into the underlying
 * @param exercise          European or American (exercised only at expiry here either way: early exercise is not modelled)
 * @param model             the volatility by strike, forward and time to expiry; null: {@code volatility} everywhere
 * @param recorded          recorded quotes to trade and mark at where fresh, or null: every price modelled
 */
public record OptionSettings(String calendar, double volatility, double rate, double dividendYield, double strikeStep,
        int strikesEachSide, double multiplier, double tick, double halfSpread, double feePerContract, double shortMarginRate,
        double minimumMarginRate, Settlement settlement, ExerciseStyle exercise, VolatilityModel model, RecordedPricing recorded) {

    /** Settings priced by {@code model} only (no recorded quotes). */
    public OptionSettings(String calendar, double volatility, double rate, double dividendYield, double strikeStep,
            int strikesEachSide, double multiplier, double tick, double halfSpread, double feePerContract, double shortMarginRate,
            double minimumMarginRate, Settlement settlement, ExerciseStyle exercise, VolatilityModel model) {
        this(calendar, volatility, rate, dividendYield, strikeStep, strikesEachSide, multiplier, tick, halfSpread, feePerContract,
                shortMarginRate, minimumMarginRate, settlement, exercise, model, null);
    }

    /** Settings at a constant {@code volatility}. */
    public OptionSettings(String calendar, double volatility, double rate, double dividendYield, double strikeStep,
            int strikesEachSide, double multiplier, double tick, double halfSpread, double feePerContract, double shortMarginRate,
            double minimumMarginRate, Settlement settlement, ExerciseStyle exercise) {
        this(calendar, volatility, rate, dividendYield, strikeStep, strikesEachSide, multiplier, tick, halfSpread, feePerContract,
                shortMarginRate, minimumMarginRate, settlement, exercise, null, null);
    }

    public OptionSettings {
        if (calendar == null || calendar.isBlank()) throw new IllegalArgumentException("option calendar is required");
        if (!(volatility > 0)) throw new IllegalArgumentException("option volatility must be > 0, got " + volatility);
        if (!(strikeStep > 0) || strikesEachSide < 1) throw new IllegalArgumentException("strike step and count must be positive");
        if (!(multiplier > 0) || !(tick > 0) || !(halfSpread >= 0 && halfSpread < 1) || !(feePerContract >= 0)) {
            throw new IllegalArgumentException("option multiplier, tick, half spread and fee must be sensible");
        }
        if (settlement == null || exercise == null) throw new IllegalArgumentException("settlement and exercise are required");
        if (model == null) model = VolatilityModel.constant(volatility);
    }

    /** The volatility of a contract of {@code strike}, {@code years} from expiry, with the forward at {@code forward}. */
    public double vol(double strike, double forward, double years) { return model.vol(strike, forward, years); }

    /**
     * How prices are made, for reports: {@code modelled, constant volatility 18%}, {@code modelled, surface from X}, or
     * with recorded quotes {@code recorded quotes from catalog DIR, SPX (at most 1d old), else modelled, constant
     * volatility 18%} (the run's desk adds the counts: {@code OptionDesk.pricing()}).
     */
    public String pricing() { return recorded == null ? "modelled, " + model.label() : recorded.label() + ", else modelled, " + model.label(); }

    /**
     * These settings trading and marking at the recorded quotes of {@code source} where one of the contract at most
     * {@code maxAge} old exists at the bar's close (a buy at its ask, a sell at its bid, legs at its mid), and at the
     * model's prices elsewhere; see {@link RecordedPricing} for the rules.
     */
    public OptionSettings withRecordedPrices(dev.tradewind.options.RecordedPrices source, java.time.Duration maxAge) {
        return new OptionSettings(calendar, volatility, rate, dividendYield, strikeStep, strikesEachSide, multiplier, tick,
                halfSpread, feePerContract, shortMarginRate, minimumMarginRate, settlement, exercise, model,
                new RecordedPricing(source, maxAge));
    }

    /**
     * These settings priced with {@code model} ({@code VolSurface}, {@code TermStructure}, ...) instead of a constant
     * volatility; {@link #volatility()} is then unused.
     */
    public OptionSettings withVolatility(VolatilityModel model) {
        return new OptionSettings(calendar, volatility, rate, dividendYield, strikeStep, strikesEachSide, multiplier, tick,
                halfSpread, feePerContract, shortMarginRate, minimumMarginRate, settlement, exercise, java.util.Objects.requireNonNull(model), recorded);
    }

    /**
     * SPX weeklies (SPXW calendar): strikes every 5 points, 100 per point, tick 0.05, a 1% half spread, 0.65 per
     * contract, Cboe margin (15%, minimum 10%), cash-settled, European; rate 2%, dividend yield 1.5%.
     */
    public static OptionSettings spxw(double volatility) {
        return new OptionSettings("SPXW", volatility, 0.02, 0.015, 5, 60, 100, 0.05, 0.01, 0.65, 0.15, 0.10,
                Settlement.CASH, ExerciseStyle.EUROPEAN);
    }

    public OptionSettings withSettlement(Settlement s) {
        return new OptionSettings(calendar, volatility, rate, dividendYield, strikeStep, strikesEachSide, multiplier, tick,
                halfSpread, feePerContract, shortMarginRate, minimumMarginRate, s, exercise, model, recorded);
    }

    public OptionSettings withCosts(double halfSpread, double feePerContract) {
        return new OptionSettings(calendar, volatility, rate, dividendYield, strikeStep, strikesEachSide, multiplier, tick,
                halfSpread, feePerContract, shortMarginRate, minimumMarginRate, settlement, exercise, model, recorded);
    }
}
