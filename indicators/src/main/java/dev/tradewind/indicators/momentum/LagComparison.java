package dev.tradewind.indicators.momentum;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RingBuffer;

/** An indicator comparing the input with the input {@code n} updates ago; lookback {@code n}; NaN inputs ignored. */
abstract class LagComparison implements Indicator {
    private final int period;
    private final RingBuffer inputs;
    private double value = Double.NaN;

    LagComparison(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.inputs = new RingBuffer(period + 1);
    }

    /** The value from the current input and the one {@code n} updates ago. */
    abstract double compare(double x, double past);

    /** Feeds one input; NaN is ignored. */
    public final void update(double x) {
        if (x != x) return;
        inputs.push(x);
        if (inputs.full()) value = compare(x, inputs.get(period));
    }

    @Override
    public final void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public final double value(int output) { return value; }
    @Override public final int lookback() { return period; }
    @Override public final boolean ready() { return inputs.full(); }
}
