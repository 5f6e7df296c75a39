package dev.tradewind.options;

import dev.tradewind.model.OptionType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** Put-call parity, greeks against finite differences, and the implied volatility round trip, on random inputs. */
class PricingPropertiesTest {

    @Property(tries = 2000)
    void putCallParity(@ForAll @Scale(6) @DoubleRange(min = 1, max = 10_000) double spot,
            @ForAll @Scale(6) @DoubleRange(min = 0.2, max = 5) double moneyness, @ForAll @Scale(6) @DoubleRange(min = 0.0001, max = 10) double t,
            @ForAll @Scale(6) @DoubleRange(min = 0.001, max = 3) double vol, @ForAll @Scale(6) @DoubleRange(min = -0.02, max = 0.15) double r,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 0.1) double q) {
        double k = spot * moneyness;
        double call = BlackScholes.price(OptionType.CALL, spot, k, t, vol, r, q);
        double put = BlackScholes.price(OptionType.PUT, spot, k, t, vol, r, q);
        double parity = spot * Math.exp(-q * t) - k * Math.exp(-r * t);
        assertThat(call - put).isCloseTo(parity, within(1e-12 * Math.max(spot, k)));
        // deltas differ by the discount on the dividend, gammas and vegas are equal
        double dc = BlackScholes.delta(OptionType.CALL, spot, k, t, vol, r, q);
        double dp = BlackScholes.delta(OptionType.PUT, spot, k, t, vol, r, q);
        assertThat(dc - dp).isCloseTo(Math.exp(-q * t), within(1e-12));
        // bounds: no option is worth less than its discounted forward intrinsic value nor more than its upper bound
        assertThat(call).isBetween(Math.max(parity, 0) - 1e-12 * spot, spot * Math.exp(-q * t) * (1 + 1e-15));
        assertThat(put).isBetween(Math.max(-parity, 0) - 1e-12 * k, k * Math.exp(-r * t) * (1 + 1e-15));
    }

    @Property(tries = 500)
    void greeksAreTheDerivativesOfThePrice(@ForAll @Scale(6) @DoubleRange(min = 50, max = 150) double k,
            @ForAll @Scale(6) @DoubleRange(min = 0.05, max = 3) double t, @ForAll @Scale(6) @DoubleRange(min = 0.08, max = 1) double vol,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 0.08) double r, @ForAll @Scale(6) @DoubleRange(min = 0, max = 0.05) double q,
            @ForAll boolean call) {
        OptionType type = call ? OptionType.CALL : OptionType.PUT;
        double s = 100;
        Greeks g = new Greeks();
        BlackScholes.greeks(type, s, k, t, vol, r, q, g);
        double h = 1e-4;
        assertThat(g.delta()).isCloseTo(central(x -> BlackScholes.price(type, x, k, t, vol, r, q), s, h), within(1e-6));
        assertThat(g.gamma()).isCloseTo(central(x -> BlackScholes.delta(type, x, k, t, vol, r, q), s, h), within(1e-6));
        assertThat(g.vega()).isCloseTo(central(x -> BlackScholes.price(type, s, k, t, x, r, q), vol, 1e-6), within(1e-5));
        assertThat(g.theta()).isCloseTo(-central(x -> BlackScholes.price(type, s, k, x, vol, r, q), t, 1e-6), within(1e-5));
        assertThat(g.rho()).isCloseTo(central(x -> BlackScholes.price(type, s, k, t, vol, x, q), r, 1e-6), within(1e-5));
    }

    @Property(tries = 3000)
    void impliedVolatilityRoundTrip(@ForAll @Scale(6) @DoubleRange(min = 0.3, max = 3) double moneyness,
            @ForAll @Scale(6) @DoubleRange(min = 0.001, max = 5) double t, @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 2.5) double vol,
            @ForAll @Scale(6) @DoubleRange(min = -0.01, max = 0.1) double r, @ForAll @Scale(6) @DoubleRange(min = 0, max = 0.06) double q,
            @ForAll boolean call) {
        OptionType type = call ? OptionType.CALL : OptionType.PUT;
        double s = 100;
        double k = s * moneyness;
        double price = BlackScholes.price(type, s, k, t, vol, r, q);
        double intrinsic = Math.max(type.sign() * (s * Math.exp(-q * t) - k * Math.exp(-r * t)), 0);
        ImpliedVol.Result iv = ImpliedVol.blackScholes(type, price, s, k, t, r, q);
        // The round trip is exact in price: the solved volatility reprices the option to within a few ulps of the
        // price scale. In volatility it is only as exact as the price carries it (vega tiny far from the money).
        assertThat(iv.fits()).as("%s", iv).isTrue();
        assertThat(BlackScholes.price(type, s, k, t, iv.vol(), r, q)).isCloseTo(price, within(1e-12 * Math.max(s, k)));
        double vega = BlackScholes.vega(s, k, t, vol, r, q);
        if (price - intrinsic > 1e-6 && vega > 1e-4) assertThat(iv.vol()).isCloseTo(vol, within(1e-9));
        assertThat(iv.iterations()).isLessThan(100);
        assertThat(ImpliedVol.blackScholesVol(type, price, s, k, t, r, q)).isEqualTo(iv.vol());
    }

    @Test
    void deepInAndOutOfTheMoney() {
        // a call 60% out of the money at 20% vol for a month is worth about 1e-100 of the spot: still solved
        for (double k : new double[] {1, 10, 40, 60, 160, 250, 1000}) {
            for (OptionType type : OptionType.values()) {
                double price = BlackScholes.price(type, 100, k, 1 / 12.0, 0.4, 0.03, 0.01);
                ImpliedVol.Result iv = ImpliedVol.blackScholes(type, price, 100, k, 1 / 12.0, 0.03, 0.01);
                double timeValue = price - Math.max(type.sign() * (100 * Math.exp(-0.01 / 12) - k * Math.exp(-0.03 / 12)), 0);
                if (timeValue > 1e-280 && timeValue > 1e-13 * price) {
                    assertThat(iv.vol()).as("%s K=%s price %s", type, k, price).isCloseTo(0.4, within(1e-8));
                } else {
                    // the time value is lost below the price's last digit (deep in the money) or underflows: any small
                    // volatility reprices, and the solver says so rather than guessing
                    assertThat(iv.fits()).isTrue();
                    assertThat(BlackScholes.price(type, 100, k, 1 / 12.0, iv.vol(), 0.03, 0.01)).isCloseTo(price, within(1e-12 * k));
                }
            }
        }
    }

    @Test
    void extremeGridRepricesOrIsAtTheUpperBound() {
        // strikes 1% to 100x the forward, 30 seconds to 30 years, 0.1% to 500% vol: every price is either solved to
        // a volatility that reprices it within a few ulps, or lies on the upper bound to the last digit (total
        // volatility above about 15: the price carries no volatility any more), which is then what the solver says
        int above = 0;
        int maxSteps = 0;
        for (double m : new double[] {0.01, 0.1, 0.3, 0.5, 0.8, 0.95, 1, 1.05, 1.3, 2, 5, 10, 100}) {
            for (double t : new double[] {1e-6, 1e-4, 0.003, 0.05, 0.5, 2, 10, 30}) {
                for (double vol : new double[] {0.001, 0.01, 0.05, 0.2, 0.5, 1, 2, 5}) {
                    for (OptionType type : OptionType.values()) {
                        double k = 100 * m;
                        double price = Black76.price(type, 100, k, t, vol, 0.03);
                        ImpliedVol.Result iv = ImpliedVol.black76(type, price, 100, k, t, 0.03);
                        String at = type + " K=" + k + " t=" + t + " vol=" + vol + ": " + iv;
                        if (iv.status() == ImpliedVol.Status.ABOVE_MAXIMUM) {
                            double bound = Math.exp(-0.03 * t) * (type == OptionType.CALL ? 100 : k);
                            assertThat(price).as(at).isGreaterThanOrEqualTo(bound * (1 - 1e-14));
                            assertThat(vol * Math.sqrt(t)).as(at).isGreaterThan(5);
                            above++;
                            continue;
                        }
                        assertThat(iv.fits()).as(at).isTrue();
                        maxSteps = Math.max(maxSteps, iv.iterations());
                        assertThat(Black76.price(type, 100, k, t, iv.vol(), 0.03)).as(at)
                                .isCloseTo(price, within(1e-15 * Math.max(100, k)));
                    }
                }
            }
        }
        System.out.println("extreme grid: " + above + " of 1664 at the upper bound, at most " + maxSteps + " solver steps");
        assertThat(above).isEqualTo(50);
    }

    @Test
    void noVolatilityFitsOutsideTheNoArbitrageBounds() {
        double df = Math.exp(-0.05);
        // a call below its discounted intrinsic value (forward 100 e^0.05 - 80, discounted)
        double intrinsic = 100 - 80 * df;
        assertThat(ImpliedVol.blackScholes(OptionType.CALL, intrinsic - 0.01, 100, 80, 1, 0.05, 0).status())
                .isEqualTo(ImpliedVol.Status.BELOW_INTRINSIC);
        assertThat(ImpliedVol.blackScholes(OptionType.CALL, intrinsic, 100, 80, 1, 0.05, 0))
                .isEqualTo(new ImpliedVol.Result(ImpliedVol.Status.AT_INTRINSIC, 0, 0));
        // a call worth the spot or more, a put worth the discounted strike or more
        assertThat(ImpliedVol.blackScholes(OptionType.CALL, 100, 100, 80, 1, 0.05, 0).status())
                .isEqualTo(ImpliedVol.Status.ABOVE_MAXIMUM);
        assertThat(ImpliedVol.blackScholes(OptionType.PUT, 80 * df + 1e-9, 100, 80, 1, 0.05, 0).status())
                .isEqualTo(ImpliedVol.Status.ABOVE_MAXIMUM);
        assertThat(ImpliedVol.black76(OptionType.PUT, 80, 100, 80, 1, 0).status()).isEqualTo(ImpliedVol.Status.ABOVE_MAXIMUM);
        assertThat(ImpliedVol.black76(OptionType.CALL, 100, 100, 80, 1, 0).status()).isEqualTo(ImpliedVol.Status.ABOVE_MAXIMUM);
        // an out-of-the-money option priced at 0 is at its intrinsic value
        assertThat(ImpliedVol.blackScholes(OptionType.PUT, 0, 100, 80, 1, 0.05, 0).status())
                .isEqualTo(ImpliedVol.Status.AT_INTRINSIC);
        for (double bad : new double[] {Double.NaN, -1, Double.POSITIVE_INFINITY}) {
            assertThat(ImpliedVol.blackScholes(OptionType.PUT, bad, 100, 80, 1, 0.05, 0).status())
                    .isEqualTo(ImpliedVol.Status.BAD_INPUT);
            assertThat(ImpliedVol.blackScholes(OptionType.PUT, 1, bad, 80, 1, 0.05, 0).status())
                    .isEqualTo(ImpliedVol.Status.BAD_INPUT);
            assertThat(ImpliedVol.blackScholes(OptionType.PUT, 1, 100, 80, bad, 0.05, 0).status())
                    .isEqualTo(ImpliedVol.Status.BAD_INPUT);
            assertThat(ImpliedVol.blackScholesVol(OptionType.PUT, bad, 100, 80, 1, 0.05, 0)).isNaN();
        }
        assertThat(ImpliedVol.blackScholes(OptionType.PUT, 1, 100, 80, 0, 0.05, 0).status())
                .isEqualTo(ImpliedVol.Status.BAD_INPUT);
    }

    @Test
    void atExpiryOrZeroVolatilityTheOptionIsWorthItsIntrinsicValue() {
        Greeks g = new Greeks();
        BlackScholes.greeks(OptionType.CALL, 105, 100, 0, 0.2, 0.05, 0, g);
        assertThat(g.price()).isEqualTo(5);
        assertThat(g.delta()).isEqualTo(1);
        assertThat(g.gamma()).isZero();
        BlackScholes.greeks(OptionType.PUT, 105, 100, 0, 0.2, 0.05, 0, g);
        assertThat(g.price()).isZero();
        assertThat(g.delta()).isZero();
        assertThat(BlackScholes.price(OptionType.PUT, 95, 100, 1, 0, 0, 0)).isEqualTo(5);
        assertThat(Black76.price(OptionType.PUT, 95, 100, 0, 0.3, 0.05)).isEqualTo(5);
    }

    private static double central(java.util.function.DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }
}
