package dev.tradewind.indicators.average;

import dev.tradewind.indicators.Indicator;

/** Double EMA {@code 2 EMA - EMA(EMA)} (TA-Lib DEMA, both EMAs SMA-seeded); lookback {@code 2 (period - 1)}. */
public final class Dema implements Indicator {

    private final Ema ema1;
    private final Ema ema2;
    private double value = Double.NaN;

    public Dema(int period) {
        ema1 = new Ema(period);
        ema2 = new Ema(period);
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        ema1.update(x);
        if (!ema1.ready()) return;
        ema2.update(ema1.value());
        if (ema2.ready()) value = 2 * ema1.value() - ema2.value();
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return 2 * ema1.lookback(); }
    @Override public boolean ready() { return ema2.ready(); }
}
