package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.options.OptionSettings;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.OptionType;
import dev.tradewind.options.BlackScholes;
import dev.tradewind.options.ChainFormat;
import dev.tradewind.options.ChainLoader;
import dev.tradewind.options.ChainVols;
import dev.tradewind.options.VolSurface;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.OptionChain;
import dev.tradewind.strategy.Options;
import dev.tradewind.strategy.Strategy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One short put 5% out of the money, 30 days out, on the S&P 500 closes of January 2017, priced once at a constant 14%
 * and once on the surface of the 2019-06-26 SPXW snapshot. The surface's skew makes that put dearer than at 14% (the
 * snapshot's 30-day at-the-money volatility); both expire worthless (the index rose), so the two runs differ by exactly
 * the premium, and the premium is Black-Scholes-Merton at the surface's volatility for that strike, forward and time.
 */
class SurfacePricingTest {
    private static final long DAY = 86_400_000_000_000L;
    private static final double NANOS_PER_YEAR = 365.0 * DAY;

    /** Sells one put at 0.95 x forward on the first bar and records what the chain said. */
    public static final class OnePut implements Strategy {
        LocalDate expiry;
        double strike, vol, price, forward, spot;
        long now, expires;

        @Override
        public void onBar(Context ctx) {
            if (expiry != null) return;
            Options o = ctx.options();
            expiry = o.expiryOnOrAfter(o.today().plusDays(30));
            OptionChain chain = o.chain(expiry);
            strike = chain.strikeByMoneyness(0.95);
            vol = chain.volatility(OptionType.PUT, strike);
            price = chain.price(OptionType.PUT, strike);
            forward = chain.forward();
            spot = ctx.close();
            now = ctx.time();
            expires = o.expiryTime(expiry);
            o.sell(OptionType.PUT, expiry, strike, 1);
        }
    }

    static BacktestResult run(OnePut s, OptionSettings settings) throws Exception {
        BarSeries bars = Runs.load("sp500-2000.csv.gz").slice(LocalDate.of(2017, 1, 3).toEpochDay() * DAY,
                LocalDate.of(2017, 3, 1).toEpochDay() * DAY);
        EngineConfig config = EngineConfig.of(new Instrument("SPX", Instrument.Kind.SPOT, 0.01, 1, 1, 0), 100_000);
        return new Engine(config).withOptions(settings).backtest(s, Map.of(), bars);
    }

    @Test
    void theSurfacePricesTheSkewAndTheRunsDifferByThePremium() throws Exception {
        Path file = Path.of("../sample-data/chains/full/spxw20190626.csv.gz");
        VolSurface surface = VolSurface.fromChain(ChainVols.solve(ChainLoader.load(file, ChainFormat.SPXW), Double.NaN),
                file.getFileName().toString());
        OnePut flat = new OnePut(), skew = new OnePut();
        BacktestResult a = run(flat, OptionSettings.spxw(0.14));
        BacktestResult b = run(skew, OptionSettings.spxw(0.14).withVolatility(surface));

        // the same contract in both runs, from the same bar
        assertThat(skew.expiry).isEqualTo(flat.expiry).isEqualTo(LocalDate.parse("2017-02-03"));
        assertThat(skew.strike).isEqualTo(flat.strike).isEqualTo(2145.0);
        assertThat(skew.spot).isEqualTo(2257.830078); // 2017-01-03 close as the file gives it
        // the daily bar closes a day after its time; the desk prices at the close
        double t = (skew.expires - (skew.now + DAY)) / NANOS_PER_YEAR;
        assertThat(skew.forward).isCloseTo(skew.spot * Math.exp((0.02 - 0.015) * t), within(1e-9));
        assertThat(flat.vol).isEqualTo(0.14);
        assertThat(skew.vol).isEqualTo(surface.vol(2145.0, skew.forward, t));
        // the skew: 5% below the forward, a month out, the 2019 surface is several points above 14%
        assertThat(skew.vol).isBetween(0.16, 0.22);
        assertThat(skew.price).isCloseTo(BlackScholes.price(OptionType.PUT, skew.spot, 2145.0, t, skew.vol, 0.02, 0.015), within(1e-9));
        assertThat(flat.price).isCloseTo(BlackScholes.price(OptionType.PUT, flat.spot, 2145.0, t, 0.14, 0.02, 0.015), within(1e-9));
        assertThat(skew.price).isGreaterThan(flat.price);

        // sold at the model price less the 1% half spread, down to the 0.05 tick
        Fill fa = a.fills().getFirst(), fb = b.fills().getFirst();
        assertThat(fa.price()).isCloseTo(Math.floor(flat.price * 0.99 / 0.05 + 1e-9) * 0.05, within(1e-9));
        assertThat(fb.price()).isCloseTo(Math.floor(skew.price * 0.99 / 0.05 + 1e-9) * 0.05, within(1e-9));
        // both expire worthless (the index closed 2017-02-03 at 2297.42): the runs differ by the premium alone
        assertThat(a.fills()).hasSize(2);
        assertThat(b.fills()).hasSize(2);
        assertThat(a.fills().get(1).price()).isZero();
        assertThat(b.fills().get(1).price()).isZero();
        double premium = (fb.price() - fa.price()) * 100;
        assertThat(premium).isPositive();
        assertThat(b.equity()[b.bars() - 1] - a.equity()[a.bars() - 1]).isCloseTo(premium, within(1e-6));

        // each run's log says how its options were priced
        assertThat(a.log().getFirst().message()).isEqualTo("options: prices modelled, constant volatility 14%");
        assertThat(b.log().getFirst().message()).isEqualTo("options: prices modelled, surface from spxw20190626.csv.gz");
        // the surface's term structure: at-the-money volatility for every strike, interpolated in time alone
        OnePut atm = new OnePut();
        BacktestResult c = run(atm, OptionSettings.spxw(0.14).withVolatility(surface.atTheMoney()));
        assertThat(atm.vol).isEqualTo(surface.atTheMoney().vol(t));
        assertThat(atm.vol).isLessThan(skew.vol);
        assertThat(c.log().getFirst().message()).isEqualTo("options: prices modelled, term structure from spxw20190626.csv.gz");
        System.out.printf(java.util.Locale.ROOT, "put 2145 2017-02-03, t %.5f: flat 14%% %.4f (sold %.2f), surface %.4f %.4f (sold %.2f)%n",
                t, flat.price, fa.price(), skew.vol, skew.price, fb.price());
    }
}
