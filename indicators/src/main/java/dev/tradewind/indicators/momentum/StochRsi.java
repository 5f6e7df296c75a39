package dev.tradewind.indicators.momentum;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.average.Sma;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RollingExtreme;

/**
 * Stochastic RSI: {@code raw = 100 (RSI - min) / (max - min)} over {@code stoch} RSI values (0 when flat),
 * {@code k = SMA(raw, smoothK)}, {@code d = SMA(k, smoothD)}; 0..100. Defaults 14, 14, 3, 3 (TradingView);
 * TA-Lib STOCHRSI(14, 5, 3) is {@code smoothK = 1}, {@code stoch = 5}.
 */
public final class StochRsi implements Indicator {

    private final Rsi rsi;
    private final RollingExtreme highest;
    private final RollingExtreme lowest;
    private final Sma k;
    private final Sma d;
    private final int stoch;

    public StochRsi(int rsiPeriod, int stoch, int smoothK, int smoothD) {
        this.rsi = new Rsi(rsiPeriod);
        this.stoch = Check.atLeast("stoch", stoch, 1);
        this.highest = RollingExtreme.max(stoch);
        this.lowest = RollingExtreme.min(stoch);
        this.k = new Sma(smoothK);
        this.d = new Sma(smoothD);
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        rsi.update(x);
        if (!rsi.ready()) return;
        double r = rsi.value();
        highest.push(r);
        lowest.push(r);
        if (!highest.full()) return;
        k.update(StochasticFast.percentK(r, highest.value(), lowest.value()));
        d.update(k.value());
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public int outputs() { return 2; }
    @Override public String outputName(int output) { return output == 0 ? "k" : "d"; }
    @Override public double value(int output) { return output == 0 ? k.value() : d.value(); }
    @Override public int lookback() { return lookback(1); }

    @Override
    public int lookback(int output) {
        int kLookback = rsi.lookback() + stoch - 1 + k.lookback();
        return output == 0 ? kLookback : kLookback + d.lookback();
    }

    @Override public boolean ready() { return d.ready(); }
}
