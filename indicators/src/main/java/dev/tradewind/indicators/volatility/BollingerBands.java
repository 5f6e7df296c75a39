package dev.tradewind.indicators.volatility;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.RollingStats;

/**
 * Bollinger bands (TA-Lib BBANDS, TTR BBands): {@code middle = SMA(n)}, {@code upper/lower = middle +/- k sigma},
 * sigma the population standard deviation. Outputs {@code middle, upper, lower, pctb} ({@code (x - lower) /
 * (upper - lower)}, 0.5 when the bands touch) and {@code bandwidth} ({@code (upper - lower) / middle}, a ratio,
 * 0 when the middle is 0). Lookback {@code n - 1}.
 */
public final class BollingerBands implements Indicator {

    private final RollingStats stats;
    private final int period;
    private final double k;
    private double middle = Double.NaN;
    private double upper = Double.NaN;
    private double lower = Double.NaN;
    private double pctB = Double.NaN;
    private double bandwidth = Double.NaN;

    public BollingerBands(int period, double k) {
        this.period = Check.atLeast("period", period, 1);
        this.k = Check.nonNegative("k", k);
        this.stats = new RollingStats(period);
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        stats.push(x);
        if (!stats.full()) return;
        middle = stats.mean();
        double width = k * stats.stdDev();
        upper = middle + width;
        lower = middle - width;
        pctB = upper != lower ? (x - lower) / (upper - lower) : 0.5;
        bandwidth = middle != 0 ? (upper - lower) / middle : 0;
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public int outputs() { return 5; }

    @Override
    public String outputName(int output) {
        return switch (output) {
            case 0 -> "middle";
            case 1 -> "upper";
            case 2 -> "lower";
            case 3 -> "pctb";
            default -> "bandwidth";
        };
    }

    @Override
    public double value(int output) {
        return switch (output) {
            case 0 -> middle;
            case 1 -> upper;
            case 2 -> lower;
            case 3 -> pctB;
            default -> bandwidth;
        };
    }

    @Override public int lookback() { return period - 1; }
    @Override public boolean ready() { return stats.full(); }
}
