package dev.tradewind.indicators.momentum;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;

/**
 * Relative strength index with Wilder smoothing (TA-Lib RSI, TTR RSI): average gain and loss seeded with the
 * mean of the first {@code period} changes, then {@code avg = (avg (n - 1) + x) / n}; 0..100, 0 when nothing
 * moved. An unchanged input scales both averages alike, so the value is kept exactly (no rounding jitter in
 * flat markets, which would otherwise flip a stochastic RSI between 0 and 100). Lookback {@code period}.
 */
public final class Rsi implements Indicator {

    private final int period;
    private final double decay;
    private final double weight;
    private int count;
    private double previous;
    private double gain;
    private double loss;
    private double value = Double.NaN;

    public Rsi(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.weight = 1.0 / period;
        this.decay = (period - 1) * weight;
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        double change = x - previous;
        previous = x;
        if (count > period) {
            gain = gain * decay + Math.max(change, 0) * weight;
            loss = loss * decay + Math.max(-change, 0) * weight;
            if (change == 0 && gain + loss != 0) return;
        } else {
            if (count++ == 0) return;
            if (change > 0) gain += change; else loss -= change;
            if (count <= period) return;
            gain *= weight;
            loss *= weight;
        }
        double total = gain + loss;
        value = total != 0 ? 100 * gain / total : 0;
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return value; }
    @Override public double value() { return value; }
    @Override public int lookback() { return period; }
    @Override public boolean ready() { return count > period; }
}
