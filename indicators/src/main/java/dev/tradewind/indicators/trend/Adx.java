package dev.tradewind.indicators.trend;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.volatility.TrueRange;

/**
 * Wilder's directional movement system (TA-Lib PLUS_DI, MINUS_DI, DX, ADX; TTR ADX). {@code +DM = up} when
 * {@code up > down} and {@code up > 0}, else 0 (a tie gives 0 to both); +DM, -DM and TR are Wilder-smoothed from
 * bar 1 as Wilder's running sums: the sum of bars {@code 1..n-1}, then {@code S = S (n - 1) / n + x} from bar
 * {@code n} on (TA-Lib and TTR agree on this seed). Outputs {@code adx} (seeded with the mean of the first
 * {@code n} DX, lookback {@code 2n - 1}), {@code plusdi}, {@code minusdi}, {@code dx} (lookback {@code n}); 0..100.
 */
public final class Adx implements Indicator {

    private final int period;
    private final double decay;
    private final double weight;
    private int count;
    private int dxCount;
    private double previousHigh;
    private double previousLow;
    private double previousClose;
    private double plusDm;
    private double minusDm;
    private double trueRange;
    private double plusDi = Double.NaN;
    private double minusDi = Double.NaN;
    private double dx = Double.NaN;
    private double adx = Double.NaN;
    private double dxSum;

    public Adx(int period) {
        this.period = Check.atLeast("period", period, 1);
        this.weight = 1.0 / period;
        this.decay = (period - 1) * weight;
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        double up = high - previousHigh;
        double down = previousLow - low;
        double tr = TrueRange.of(high, low, previousClose);
        previousHigh = high;
        previousLow = low;
        previousClose = close;
        if (count == 0) {
            count = 1;
            return;
        }
        double pdm = up > down && up > 0 ? up : 0;
        double mdm = down > up && down > 0 ? down : 0;
        if (count < period) {
            count++;
            plusDm += pdm;
            minusDm += mdm;
            trueRange += tr;
            return;
        }
        plusDm = plusDm * decay + pdm;
        minusDm = minusDm * decay + mdm;
        trueRange = trueRange * decay + tr;
        plusDi = trueRange != 0 ? 100 * plusDm / trueRange : 0;
        minusDi = trueRange != 0 ? 100 * minusDm / trueRange : 0;
        double diSum = plusDi + minusDi;
        dx = diSum != 0 ? 100 * Math.abs(plusDi - minusDi) / diSum : 0;
        if (dxCount == period) {
            adx = adx * decay + dx * weight;
        } else {
            dxSum += dx;
            if (++dxCount == period) adx = dxSum * weight;
        }
    }

    @Override public int outputs() { return 4; }

    @Override
    public String outputName(int output) {
        return switch (output) {
            case 0 -> "adx";
            case 1 -> "plusdi";
            case 2 -> "minusdi";
            default -> "dx";
        };
    }

    @Override
    public double value(int output) {
        return switch (output) {
            case 0 -> adx;
            case 1 -> plusDi;
            case 2 -> minusDi;
            default -> dx;
        };
    }

    @Override public int lookback() { return 2 * period - 1; }
    @Override public int lookback(int output) { return output == 0 ? lookback() : period; }
    @Override public boolean ready() { return dxCount == period; }
}
