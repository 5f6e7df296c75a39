package dev.tradewind.indicators.momentum;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.average.Sma;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RollingExtreme;

/**
 * Slow stochastic (TA-Lib STOCH with SMA, TTR stoch): fast %K over {@code k} bars, {@code k = SMA(fastk, slowK)},
 * {@code d = SMA(k, d)}. Outputs {@code k}, {@code d}, {@code fastk}; each is published from its own lookback
 * ({@code fastk} k-1, {@code k} k+slowK-2, {@code d} k+slowK+d-3: TTR's rows); TA-Lib starts all at the last.
 */
public final class Stochastic implements Indicator {

    private final RollingExtreme highest;
    private final RollingExtreme lowest;
    private final Sma slowK;
    private final Sma slowD;
    private final int k;
    private double fastK = Double.NaN;

    public Stochastic(int k, int slowK, int d) {
        this.k = Check.atLeast("k", k, 1);
        highest = RollingExtreme.max(k);
        lowest = RollingExtreme.min(k);
        this.slowK = new Sma(slowK);
        this.slowD = new Sma(d);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        highest.push(high);
        lowest.push(low);
        if (!highest.full()) return;
        fastK = StochasticFast.percentK(close, highest.value(), lowest.value());
        slowK.update(fastK);
        slowD.update(slowK.value());
    }

    @Override public int outputs() { return 3; }

    @Override
    public String outputName(int output) {
        return switch (output) {
            case 0 -> "k";
            case 1 -> "d";
            default -> "fastk";
        };
    }

    @Override
    public double value(int output) {
        return switch (output) {
            case 0 -> slowK.value();
            case 1 -> slowD.value();
            default -> fastK;
        };
    }

    @Override public int lookback() { return lookback(1); }

    @Override
    public int lookback(int output) {
        return switch (output) {
            case 0 -> k - 1 + slowK.lookback();
            case 1 -> k - 1 + slowK.lookback() + slowD.lookback();
            default -> k - 1;
        };
    }

    @Override public boolean ready() { return slowD.ready(); }
}
