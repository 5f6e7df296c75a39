package dev.tradewind.indicators.volume;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.average.Ema;

/**
 * Chaikin A/D oscillator (TA-Lib ADOSC): {@code EMA(AD, fast) - EMA(AD, slow)}, both EMAs started at the first
 * A/D value as TA-Lib does; published from bar {@code slow - 1} (its lookback).
 */
public final class ChaikinOscillator implements Indicator {

    private final AccumulationDistribution ad = new AccumulationDistribution();
    private final Ema fast;
    private final Ema slow;
    private final int lookback;
    private int count;

    public ChaikinOscillator(int fast, int slow) {
        this.fast = new Ema(fast, Ema.Seed.FIRST);
        this.slow = new Ema(slow, Ema.Seed.FIRST);
        this.lookback = Math.max(fast, slow) - 1;
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        ad.update(time, open, high, low, close, volume, input);
        fast.update(ad.value());
        slow.update(ad.value());
        if (count <= lookback) count++;
    }

    @Override public double value(int output) { return count > lookback ? fast.value() - slow.value() : Double.NaN; }
    @Override public int lookback() { return lookback; }
    @Override public boolean ready() { return count > lookback; }
}
