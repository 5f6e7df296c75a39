package dev.tradewind.indicators.momentum;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.average.Ema;

/**
 * TRIX: one-bar rate of change in percent of a triple-smoothed EMA (TA-Lib TRIX; 0 when the previous value
 * is 0); lookback {@code 3 (period - 1) + 1}.
 */
public final class Trix implements Indicator {

    private final Ema ema1;
    private final Ema ema2;
    private final Ema ema3;
    private double previous = Double.NaN;
    private double value = Double.NaN;

    public Trix(int period) {
        ema1 = new Ema(period);
        ema2 = new Ema(period);
        ema3 = new Ema(period);
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        ema1.update(x);
        ema2.update(ema1.value());
        ema3.update(ema2.value());
        if (!ema3.ready()) return;
        double e = ema3.value();
        if (previous == previous) value = previous != 0 ? 100 * (e / previous - 1) : 0;
        previous = e;
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return 3 * ema1.lookback() + 1; }
    @Override public boolean ready() { return value == value; }
}
