package dev.tradewind.indicators.momentum;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RingBuffer;

/** Momentum {@code x - x[n]} (TA-Lib MOM); lookback {@code n}. */
public final class Momentum implements Indicator {

    private final int period;
    private final RingBuffer inputs;
    private double value = Double.NaN;

    public Momentum(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.inputs = new RingBuffer(period + 1);
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        inputs.push(x);
        if (inputs.full()) value = x - inputs.get(period);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return period; }
    @Override public boolean ready() { return inputs.full(); }
}
