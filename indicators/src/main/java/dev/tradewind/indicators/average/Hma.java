package dev.tradewind.indicators.average;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;

/**
 * Hull moving average {@code WMA(2 WMA(n/2) - WMA(n), floor(sqrt n))} with integer halves;
 * lookback {@code n - 1 + floor(sqrt n) - 1}. Period at least 2.
 */
public final class Hma implements Indicator {

    private final Wma half;
    private final Wma full;
    private final Wma smooth;
    private final int lookback;
    private double value = Double.NaN;

    public Hma(int period) {
        Check.atLeast("period", period, 2);
        int root = (int) Math.sqrt(period);
        half = new Wma(period / 2);
        full = new Wma(period);
        smooth = new Wma(root);
        lookback = period - 1 + root - 1;
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        half.update(x);
        full.update(x);
        if (!full.ready()) return;
        smooth.update(2 * half.value() - full.value());
        if (smooth.ready()) value = smooth.value();
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return lookback; }
    @Override public boolean ready() { return smooth.ready(); }
}
