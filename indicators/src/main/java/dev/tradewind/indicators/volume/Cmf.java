package dev.tradewind.indicators.volume;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.CompensatedSum;

/**
 * Chaikin money flow {@code sum(money flow volume) / sum(volume)} over {@code period} bars (TTR CMF), -1..1;
 * 0 when the window has no volume. Lookback {@code period - 1}.
 */
public final class Cmf implements Indicator {

    private final int period;
    private final double[] flows;
    private final double[] volumes;
    private final CompensatedSum flow = new CompensatedSum();
    private final CompensatedSum volume = new CompensatedSum();
    private int next;
    private int count;
    private int idle;
    private double value = Double.NaN;

    public Cmf(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.flows = new double[period];
        this.volumes = new double[period];
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double v, double input) {
        double mfv = AccumulationDistribution.moneyFlowVolume(high, low, close, v);
        if (count == period) {
            flow.add(-flows[next]);
            volume.add(-volumes[next]);
        } else {
            count++;
        }
        flows[next] = mfv;
        volumes[next] = v;
        if (++next == period) next = 0;
        flow.add(mfv);
        volume.add(v);
        idle = v == 0 ? idle + 1 : 0;
        if (idle >= period) {
            flow.clear();
            volume.clear();
        }
        if (count < period) return;
        double total = volume.value();
        value = total != 0 ? flow.value() / total : 0;
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return period - 1; }
    @Override public boolean ready() { return count == period; }
}
