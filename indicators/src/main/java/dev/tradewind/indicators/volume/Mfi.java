package dev.tradewind.indicators.volume;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.CompensatedSum;

/**
 * Money flow index (TA-Lib MFI): typical price {@code (H + L + C) / 3} times volume counts as positive flow when
 * the typical price rose, negative when it fell; {@code 100 pos / (pos + neg)} over {@code period} bars, 0 when
 * there was no flow. Lookback {@code period}.
 */
public final class Mfi implements Indicator {

    private final int period;
    private final double[] positive;
    private final double[] negative;
    private final CompensatedSum positiveSum = new CompensatedSum();
    private final CompensatedSum negativeSum = new CompensatedSum();
    private int next;
    private int count;
    private int idle;
    private double previous;
    private double value = Double.NaN;

    public Mfi(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.positive = new double[period];
        this.negative = new double[period];
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        double tp = (high + low + close) / 3;
        double change = tp - previous;
        previous = tp;
        if (count++ == 0) return;
        double flow = tp * volume;
        double up = change > 0 ? flow : 0;
        double down = change < 0 ? flow : 0;
        if (count > period + 1) {
            positiveSum.add(-positive[next]);
            negativeSum.add(-negative[next]);
        }
        positive[next] = up;
        negative[next] = down;
        if (++next == period) next = 0;
        positiveSum.add(up);
        negativeSum.add(down);
        idle = up == 0 && down == 0 ? idle + 1 : 0;
        if (idle >= period) {
            positiveSum.clear();
            negativeSum.clear();
        }
        if (count <= period) return;
        if (count > period + 1) count = period + 1;
        double pos = positiveSum.value();
        double total = pos + negativeSum.value();
        value = total != 0 ? 100 * pos / total : 0;
    }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return period; }
    @Override public boolean ready() { return count > period; }
}
