package dev.tradewind.indicators.momentum;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RingBuffer;

/** Rate of change in percent, {@code 100 (x / x[n] - 1)} (TA-Lib ROC; 0 when {@code x[n] == 0}); lookback {@code n}. */
public final class Roc implements Indicator {

    private final int period;
    private final RingBuffer inputs;
    private double value = Double.NaN;

    public Roc(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.inputs = new RingBuffer(period + 1);
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        inputs.push(x);
        if (!inputs.full()) return;
        double past = inputs.get(period);
        value = past != 0 ? 100 * (x / past - 1) : 0;
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return period; }
    @Override public boolean ready() { return inputs.full(); }
}
