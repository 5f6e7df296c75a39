package dev.tradewind.indicators.average;

import dev.tradewind.indicators.LineIndicator;
import dev.tradewind.indicators.util.Check;

/**
 * Exponential moving average, {@code alpha = 2 / (period + 1)}. {@link Seed#SMA} (default, TA-Lib and TTR):
 * the first value is the SMA of the first {@code period} inputs, lookback {@code period - 1}.
 * {@link Seed#FIRST} (Tulip, ta4j, trading-signals): starts at the first input, lookback 0; the two converge
 * after about {@code 10 * period} inputs. {@link #wilder} gives Wilder's smoothing (alpha {@code 1 / period}).
 */
public final class Ema implements LineIndicator {

    /** How the average starts. */
    public enum Seed { SMA, FIRST }

    private final int period;
    private final double alpha;
    private final Seed seed;
    private int count;
    private double sum;
    private double value = Double.NaN;

    public Ema(int period) { this(period, Seed.SMA); }

    public Ema(int period, Seed seed) { this(period, 2.0 / (period + 1), seed); }

    /** An average with an explicit smoothing factor in (0, 1]. */
    public Ema(int period, double alpha, Seed seed) {
        this.period = Check.atLeast("period", period, 1);
        if (!(alpha > 0 && alpha <= 1)) throw new IllegalArgumentException("alpha must be in (0, 1], got " + alpha);
        this.alpha = alpha;
        this.seed = seed;
    }

    /** Wilder's moving average (RMA, SMMA): alpha {@code 1 / period}, seeded with the SMA. */
    public static Ema wilder(int period) { return new Ema(period, 1.0 / Check.atLeast("period", period, 1), Seed.SMA); }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        if (count == period) {
            value += alpha * (x - value);
        } else if (seed == Seed.FIRST) {
            value = x;
            count = period;
        } else {
            sum += x;
            if (++count == period) value = sum / period;
        }
    }

    @Override
    public void updateLine(double[] in, int inBase, double[] out, int outBase, int from, int to) {
        int g = from;
        // seeding: the ordinary path until the average is running
        for (; g < to && count < period; g++) {
            update(in[g - inBase]);
            out[g - outBase] = value;
        }
        double a = alpha;
        double v = value;
        for (; g < to; g++) {
            double x = in[g - inBase];
            if (x == x) v += a * (x - v);
            out[g - outBase] = v;
        }
        value = v;
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public double value(int output) { return value; }
    @Override public double value() { return value; }
    @Override public int lookback() { return seed == Seed.FIRST ? 0 : period - 1; }
    @Override public boolean ready() { return count == period; }

    public int period() { return period; }
}
