package dev.tradewind.indicators.stats;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.CompensatedSum;
import dev.tradewind.indicators.util.RingBuffer;

/**
 * Kaufman's efficiency ratio {@code |x - x[n]| / sum |x - x[-1]|} over {@code n} changes, 0..1: 1 for a straight
 * move, near 0 for noise; 0 when nothing moved (TA-Lib's KAMA uses 1 there). Lookback {@code n}.
 */
public final class EfficiencyRatio implements Indicator {

    private final int period;
    private final RingBuffer inputs;
    private final RingBuffer changes;
    private final CompensatedSum noise = new CompensatedSum();
    private double value = Double.NaN;

    public EfficiencyRatio(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.inputs = new RingBuffer(period + 1);
        this.changes = new RingBuffer(period);
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        double previous = inputs.get(0);
        inputs.push(x);
        if (previous != previous) return;
        double change = Math.abs(x - previous);
        double dropped = changes.push(change);
        noise.add(change);
        if (dropped == dropped) noise.add(-dropped);
        if (!inputs.full()) return;
        double direction = Math.abs(x - inputs.get(period));
        double sum = noise.value();
        value = direction == 0 ? 0 : sum <= direction ? 1 : direction / sum;
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return period; }
    @Override public boolean ready() { return inputs.full(); }
}
