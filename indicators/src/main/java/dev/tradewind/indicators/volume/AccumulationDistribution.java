package dev.tradewind.indicators.volume;

import dev.tradewind.indicators.Indicator;

/**
 * Accumulation/distribution line (TA-Lib AD): cumulative {@code V ((C - L) - (H - C)) / (H - L)}, adding 0 when
 * {@code H == L}; lookback 0.
 */
public final class AccumulationDistribution implements Indicator {

    private double value;
    private boolean ready;

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        value += moneyFlowVolume(high, low, close, volume);
        ready = true;
    }

    /** The bar's money flow volume: the close location in the bar's range, -1..1, times the volume. */
    public static double moneyFlowVolume(double high, double low, double close, double volume) {
        double range = high - low;
        return range > 0 ? ((close - low) - (high - close)) / range * volume : 0;
    }

    @Override public double value(int output) { return ready ? value : Double.NaN; }
    @Override public int lookback() { return 0; }
    @Override public boolean ready() { return ready; }
}
