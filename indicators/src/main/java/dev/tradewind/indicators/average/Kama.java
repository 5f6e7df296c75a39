package dev.tradewind.indicators.average;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.CompensatedSum;
import dev.tradewind.indicators.util.RingBuffer;

/**
 * Kaufman adaptive moving average (TA-Lib KAMA): efficiency ratio {@code ER = |x - x[n]| / sum |x - x[-1]|}
 * over {@code n} changes (1 when the sum is not above the change, as TA-Lib), smoothing
 * {@code (ER (2/(fast+1) - 2/(slow+1)) + 2/(slow+1))^2}; starts from the previous input; lookback {@code n}.
 */
public final class Kama implements Indicator {

    private final int period;
    private final double fastSc;
    private final double slowSc;
    private final RingBuffer inputs;
    private final RingBuffer changes;
    private final CompensatedSum noise = new CompensatedSum();
    private int count;
    private int idle;
    private double value = Double.NaN;

    public Kama(int period) { this(period, 2, 30); }

    public Kama(int period, int fast, int slow) {
        this.period = Check.atLeast("period", period, 1);
        this.fastSc = 2.0 / (Check.atLeast("fast", fast, 1) + 1);
        this.slowSc = 2.0 / (Check.atLeast("slow", slow, 1) + 1);
        this.inputs = new RingBuffer(period + 1);
        this.changes = new RingBuffer(period);
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        double previous = inputs.get(0);
        inputs.push(x);
        if (count <= period) count++;
        if (count == 1) return;
        double change = Math.abs(x - previous);
        double dropped = changes.push(change);
        noise.add(change);
        if (dropped == dropped) noise.add(-dropped);
        idle = change == 0 ? idle + 1 : 0;
        if (idle >= period) noise.clear();
        if (count <= period) return;
        double direction = Math.abs(x - inputs.get(period));
        double sum = noise.value();
        double er = sum <= direction ? 1.0 : direction / sum;
        double sc = er * (fastSc - slowSc) + slowSc;
        if (value != value) value = previous;
        value += sc * sc * (x - value);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return period; }
    @Override public boolean ready() { return count > period; }
}
