package dev.tradewind.indicators.average;

import dev.tradewind.indicators.Indicator;

/** Triple EMA {@code 3 e1 - 3 e2 + e3} (TA-Lib TEMA, SMA-seeded); lookback {@code 3 (period - 1)}. */
public final class Tema implements Indicator {

    private final Ema ema1;
    private final Ema ema2;
    private final Ema ema3;
    private double value = Double.NaN;

    public Tema(int period) {
        ema1 = new Ema(period);
        ema2 = new Ema(period);
        ema3 = new Ema(period);
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        ema1.update(x);
        if (!ema1.ready()) return;
        ema2.update(ema1.value());
        if (!ema2.ready()) return;
        ema3.update(ema2.value());
        if (ema3.ready()) value = 3 * ema1.value() - 3 * ema2.value() + ema3.value();
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return 3 * ema1.lookback(); }
    @Override public boolean ready() { return ema3.ready(); }
}
