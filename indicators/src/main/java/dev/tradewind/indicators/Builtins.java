package dev.tradewind.indicators;

import static dev.tradewind.indicators.IndicatorDef.of;
import static dev.tradewind.indicators.Param.choice;
import static dev.tradewind.indicators.Param.integer;
import static dev.tradewind.indicators.Param.real;
import static dev.tradewind.indicators.Param.zone;

import dev.tradewind.indicators.average.Dema;
import dev.tradewind.indicators.average.Ema;
import dev.tradewind.indicators.average.Hma;
import dev.tradewind.indicators.average.Kama;
import dev.tradewind.indicators.average.Sma;
import dev.tradewind.indicators.average.Tema;
import dev.tradewind.indicators.average.Vwma;
import dev.tradewind.indicators.average.Wma;
import dev.tradewind.indicators.momentum.Cci;
import dev.tradewind.indicators.momentum.Macd;
import dev.tradewind.indicators.momentum.Momentum;
import dev.tradewind.indicators.momentum.Ppo;
import dev.tradewind.indicators.momentum.Roc;
import dev.tradewind.indicators.momentum.Rsi;
import dev.tradewind.indicators.momentum.StochRsi;
import dev.tradewind.indicators.momentum.Stochastic;
import dev.tradewind.indicators.momentum.StochasticFast;
import dev.tradewind.indicators.momentum.Trix;
import dev.tradewind.indicators.momentum.WilliamsR;
import dev.tradewind.indicators.stats.EfficiencyRatio;
import dev.tradewind.indicators.stats.Highest;
import dev.tradewind.indicators.stats.LinearRegression;
import dev.tradewind.indicators.stats.Lowest;
import dev.tradewind.indicators.stats.Range;
import dev.tradewind.indicators.stats.StdDev;
import dev.tradewind.indicators.stats.ZScore;
import dev.tradewind.indicators.trend.Adx;
import dev.tradewind.indicators.trend.Aroon;
import dev.tradewind.indicators.trend.Cross;
import dev.tradewind.indicators.trend.Ichimoku;
import dev.tradewind.indicators.trend.ParabolicSar;
import dev.tradewind.indicators.trend.SuperTrend;
import dev.tradewind.indicators.volatility.Atr;
import dev.tradewind.indicators.volatility.BollingerBands;
import dev.tradewind.indicators.volatility.Donchian;
import dev.tradewind.indicators.volatility.Keltner;
import dev.tradewind.indicators.volatility.Natr;
import dev.tradewind.indicators.volatility.TrueRange;
import dev.tradewind.indicators.volume.AccumulationDistribution;
import dev.tradewind.indicators.volume.ChaikinOscillator;
import dev.tradewind.indicators.volume.Cmf;
import dev.tradewind.indicators.volume.Mfi;
import dev.tradewind.indicators.volume.Obv;
import dev.tradewind.indicators.volume.Vwap;
import java.time.LocalTime;

/** The built-in definitions of {@link IndicatorRegistry#standard()}. */
final class Builtins {

    private Builtins() {}

    static IndicatorRegistry register(IndicatorRegistry r) {
        // moving averages
        r.register(of("sma", 1, "simple moving average", a -> new Sma(a.integer(0)), integer("period", 20)));
        r.register(of("ema", 1, "exponential moving average; seed=sma (TA-Lib, TTR) or first (first input)",
                a -> new Ema(a.integer(0), a.text(1).equals("first") ? Ema.Seed.FIRST : Ema.Seed.SMA),
                integer("period", 20), choice("seed", "sma", "sma", "first")));
        r.register(of("rma", 1, "Wilder's moving average (alpha 1/period, SMA-seeded)", a -> Ema.wilder(a.integer(0)), integer("period", 14)));
        r.register(of("wma", 1, "linearly weighted moving average", a -> new Wma(a.integer(0)), integer("period", 20)));
        r.register(of("dema", 1, "double exponential moving average", a -> new Dema(a.integer(0)), integer("period", 20)));
        r.register(of("tema", 1, "triple exponential moving average", a -> new Tema(a.integer(0)), integer("period", 20)));
        r.register(of("hma", 1, "Hull moving average", a -> new Hma(a.integer(0)), integer("period", 20)));
        r.register(of("kama", 1, "Kaufman adaptive moving average",
                a -> new Kama(a.integer(0), a.integer(1), a.integer(2)), integer("period", 10), integer("fast", 2), integer("slow", 30)));
        r.register(of("vwma", 1, "volume-weighted moving average", a -> new Vwma(a.integer(0)), integer("period", 20)));
        // momentum
        r.register(of("rsi", 1, "relative strength index (Wilder)", a -> new Rsi(a.integer(0)), integer("period", 14)));
        r.register(of("stochrsi", 1, "stochastic RSI", a -> new StochRsi(a.integer(0), a.integer(1), a.integer(2), a.integer(3)),
                integer("rsi", 14), integer("stoch", 14), integer("k", 3), integer("d", 3)));
        r.register(of("macd", 1, "moving average convergence divergence; seeding=talib or ttr",
                a -> new Macd(a.integer(0), a.integer(1), a.integer(2), a.text(3).equals("ttr") ? Macd.Seeding.TTR : Macd.Seeding.TALIB),
                integer("fast", 12), integer("slow", 26), integer("signal", 9), choice("seeding", "talib", "talib", "ttr")));
        r.register(of("ppo", 1, "percentage price oscillator (EMA)", a -> new Ppo(a.integer(0), a.integer(1), a.integer(2)),
                integer("fast", 12), integer("slow", 26), integer("signal", 9)));
        r.register(of("roc", 1, "rate of change, percent", a -> new Roc(a.integer(0)), integer("period", 10)));
        r.register(of("mom", 1, "momentum x - x[n]", a -> new Momentum(a.integer(0)), integer("period", 10)));
        r.register(of("trix", 1, "one-bar rate of change of a triple EMA, percent", a -> new Trix(a.integer(0)), integer("period", 15)));
        r.register(of("cci", 0, "commodity channel index", a -> new Cci(a.integer(0)), integer("period", 20)));
        r.register(of("willr", 0, "Williams %R", a -> new WilliamsR(a.integer(0)), integer("period", 14)));
        r.register(of("stoch", 0, "slow stochastic", a -> new Stochastic(a.integer(0), a.integer(1), a.integer(2)),
                integer("k", 14), integer("slowk", 3), integer("d", 3)));
        r.register(of("stochf", 0, "fast stochastic", a -> new StochasticFast(a.integer(0), a.integer(1)), integer("k", 14), integer("d", 3)));
        // volatility and bands
        r.register(of("tr", 0, "true range", a -> new TrueRange()));
        r.register(of("atr", 0, "average true range (Wilder)", a -> new Atr(a.integer(0)), integer("period", 14)));
        r.register(of("natr", 0, "ATR in percent of the close", a -> new Natr(a.integer(0)), integer("period", 14)));
        r.register(of("bbands", 1, "Bollinger bands (population sigma)", a -> new BollingerBands(a.integer(0), a.real(1)),
                integer("period", 20), real("k", 2)));
        r.register(of("keltner", 0, "Keltner channels (EMA +/- mult ATR)", a -> new Keltner(a.integer(0), a.real(1), a.integer(2)),
                integer("period", 20), real("mult", 2), integer("atr", 10)));
        r.register(of("donchian", 0, "Donchian channels", a -> new Donchian(a.integer(0)), integer("period", 20)));
        r.register(of("stddev", 1, "population standard deviation", a -> new StdDev(a.integer(0)), integer("period", 20)));
        r.register(of("zscore", 1, "z-score against the window's mean and sigma", a -> new ZScore(a.integer(0)), integer("period", 20)));
        // statistics
        r.register(of("highest", 1, "highest input over n bars", a -> new Highest(a.integer(0)), integer("period", 14)));
        r.register(of("lowest", 1, "lowest input over n bars", a -> new Lowest(a.integer(0)), integer("period", 14)));
        r.register(of("range", 0, "highest high - lowest low over n bars", a -> new Range(a.integer(0)), integer("period", 20)));
        r.register(of("linreg", 1, "least-squares line over n bars", a -> new LinearRegression(a.integer(0)), integer("period", 14)));
        r.register(of("er", 1, "Kaufman efficiency ratio", a -> new EfficiencyRatio(a.integer(0)), integer("period", 10)));
        // trend
        r.register(of("adx", 0, "directional movement: ADX, +DI, -DI, DX", a -> new Adx(a.integer(0)), integer("period", 14)));
        r.register(of("aroon", 0, "Aroon up, down, oscillator", a -> new Aroon(a.integer(0)), integer("period", 14)));
        r.register(of("sar", 0, "parabolic stop and reverse", a -> new ParabolicSar(a.real(0), a.real(1)), real("step", 0.02), real("max", 0.2)));
        r.register(of("supertrend", 0, "SuperTrend", a -> new SuperTrend(a.integer(0), a.real(1)), integer("period", 10), real("mult", 3)));
        r.register(of("ichimoku", 0, "Ichimoku cloud without look-ahead",
                a -> new Ichimoku(a.integer(0), a.integer(1), a.integer(2), a.integer(3)),
                integer("tenkan", 9), integer("kijun", 26), integer("senkou", 52), integer("displacement", 26)));
        r.register(of("crossover", 2, "1 on the bar where a crosses above b, else 0", a -> Cross.over()));
        r.register(of("cross", 2, "+1 on the bar where a crosses above b, -1 where it crosses below, else 0", a -> Cross.both()));
        r.register(of("crossunder", 2, "1 on the bar where a crosses below b, else 0", a -> Cross.under()));
        // volume
        r.register(of("obv", 0, "on-balance volume", a -> new Obv()));
        r.register(of("ad", 0, "accumulation/distribution line", a -> new AccumulationDistribution()));
        r.register(of("adosc", 0, "Chaikin A/D oscillator", a -> new ChaikinOscillator(a.integer(0), a.integer(1)),
                integer("fast", 3), integer("slow", 10)));
        r.register(of("cmf", 0, "Chaikin money flow", a -> new Cmf(a.integer(0)), integer("period", 20)));
        r.register(of("mfi", 0, "money flow index", a -> new Mfi(a.integer(0)), integer("period", 14)));
        r.register(of("vwap", 0, "session VWAP; a session starts each day at start minutes after midnight in zone",
                a -> new Vwap(a.zone(0), minutesAfterMidnight(a.integer(1))), zone("zone", "utc"), integer("start", 0)));
        return r;
    }

    private static LocalTime minutesAfterMidnight(int minutes) {
        if (minutes < 0 || minutes >= 1440) throw new IllegalArgumentException("start must be 0..1439 minutes after midnight, got " + minutes);
        return LocalTime.ofSecondOfDay(60L * minutes);
    }
}
