package dev.tradewind.indicators.average;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.CompensatedSum;

/**
 * Volume-weighted moving average {@code sum(x v) / sum(v)} over {@code period} bars, reading the input and the
 * bar's volume; the simple average when the window's volume is zero. Lookback {@code period - 1}.
 */
public final class Vwma implements Indicator {

    private final int period;
    private final double[] prices;
    private final double[] volumes;
    private final CompensatedSum priceVolume = new CompensatedSum();
    private final CompensatedSum volume = new CompensatedSum();
    private final CompensatedSum price = new CompensatedSum();
    private int next;
    private int count;
    private int idle;
    private double value = Double.NaN;

    public Vwma(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.prices = new double[period];
        this.volumes = new double[period];
    }

    /** Feeds one input and its volume; a NaN input is ignored. */
    public void update(double x, double v) {
        if (x != x) return;
        if (count == period) {
            priceVolume.add(-prices[next] * volumes[next]);
            volume.add(-volumes[next]);
            price.add(-prices[next]);
        } else {
            count++;
        }
        prices[next] = x;
        volumes[next] = v;
        if (++next == period) next = 0;
        priceVolume.add(x * v);
        volume.add(v);
        price.add(x);
        idle = v == 0 ? idle + 1 : 0;
        if (idle >= period) {
            priceVolume.clear();
            volume.clear();
        }
        if (count < period) return;
        double totalVolume = volume.value();
        value = totalVolume != 0 ? priceVolume.value() / totalVolume : price.value() / period;
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input, volume);
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return period - 1; }
    @Override public boolean ready() { return count == period; }
}
