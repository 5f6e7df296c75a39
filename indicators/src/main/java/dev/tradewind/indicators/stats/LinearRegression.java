package dev.tradewind.indicators.stats;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.util.Check;
import dev.tradewind.indicators.util.CompensatedSum;
import dev.tradewind.indicators.util.RollingStats;

/**
 * Least-squares line through the last {@code period} inputs, x = 0 at the oldest, 1 per bar. Outputs
 * {@code value} (the line at the current bar, TA-Lib LINEARREG), {@code slope} (price per bar, TA-Lib
 * LINEARREG_SLOPE), {@code intercept} (the line at the oldest bar, TA-Lib LINEARREG_INTERCEPT) and {@code r2}
 * (coefficient of determination, 0..1; 0 for a flat window). O(1) per bar; lookback {@code period - 1}.
 */
public final class LinearRegression implements Indicator {

    private final int period;
    private final double xMean;
    private final double xSquares;
    private final RollingStats stats;
    private final CompensatedSum sum = new CompensatedSum();
    private final CompensatedSum centered = new CompensatedSum();
    private int count;
    private double slope = Double.NaN;
    private double intercept = Double.NaN;
    private double r2 = Double.NaN;

    public LinearRegression(int period) {
        this.period = Check.atLeast("period", period, 2);
        this.xMean = (period - 1) / 2.0;
        this.xSquares = period * ((double) period * period - 1) / 12;
        this.stats = new RollingStats(period);
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        if (count == period) {
            double oldest = stats.get(period - 1);
            double total = sum.value();
            centered.add(xMean * oldest);
            centered.add(oldest - total);
            centered.add((period - 1 - xMean) * x);
            sum.add(x);
            sum.add(-oldest);
        } else {
            centered.add((count++ - xMean) * x);
            sum.add(x);
        }
        stats.push(x);
        if (count < period) return;
        double mean = stats.mean();
        if (stats.flat()) {
            centered.clear();
            slope = 0;
            r2 = 0;
        } else {
            double q = centered.value();
            slope = q / xSquares;
            double squares = stats.sumSquares();
            r2 = squares > 0 ? Math.min(1, q * q / (xSquares * squares)) : 0;
        }
        intercept = mean - slope * xMean;
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public int outputs() { return 4; }

    @Override
    public String outputName(int output) {
        return switch (output) {
            case 0 -> "value";
            case 1 -> "slope";
            case 2 -> "intercept";
            default -> "r2";
        };
    }

    @Override
    public double value(int output) {
        return switch (output) {
            case 0 -> intercept + slope * (period - 1);
            case 1 -> slope;
            case 2 -> intercept;
            default -> r2;
        };
    }

    @Override public int lookback() { return period - 1; }
    @Override public boolean ready() { return count == period; }
}
