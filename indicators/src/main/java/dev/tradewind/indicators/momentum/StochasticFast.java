package dev.tradewind.indicators.momentum;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.average.Sma;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RollingExtreme;

/**
 * Fast stochastic (TA-Lib STOCHF): {@code fastk = 100 (C - LL) / (HH - LL)} over {@code k} bars (0 when
 * {@code HH == LL}), {@code fastd = SMA(fastk, d)}. Outputs {@code fastk} (lookback {@code k - 1}, TTR's first
 * row) and {@code fastd} (lookback {@code k + d - 2}; TA-Lib starts both there).
 */
public final class StochasticFast implements Indicator {

    private final RollingExtreme highest;
    private final RollingExtreme lowest;
    private final Sma fastD;
    private final int k;
    private double fastK = Double.NaN;

    public StochasticFast(int k, int d) {
        this.k = Check.atLeast("k", k, 1);
        highest = RollingExtreme.max(k);
        lowest = RollingExtreme.min(k);
        fastD = new Sma(d);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        highest.push(high);
        lowest.push(low);
        if (!highest.full()) return;
        fastK = percentK(close, highest.value(), lowest.value());
        fastD.update(fastK);
    }

    static double percentK(double close, double highest, double lowest) {
        double range = highest - lowest;
        return range != 0 ? 100 * (close - lowest) / range : 0;
    }

    @Override public int outputs() { return 2; }
    @Override public String outputName(int output) { return output == 0 ? "fastk" : "fastd"; }
    @Override public double value(int output) { return output == 0 ? fastK : fastD.value(); }
    @Override public int lookback() { return k - 1 + fastD.lookback(); }
    @Override public int lookback(int output) { return output == 0 ? k - 1 : lookback(); }
    @Override public boolean ready() { return fastD.ready(); }
}
