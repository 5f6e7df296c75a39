package dev.tradewind.indicators.momentum;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.average.Ema;
import dev.tradewind.indicators.util.Check;

/**
 * Percentage price oscillator {@code 100 (EMA(fast) - EMA(slow)) / EMA(slow)} (0 if the slow EMA is 0), with
 * {@code signal} and {@code hist} as in {@link Macd} and its TA-Lib seeding. TA-Lib's PPO defaults to SMAs;
 * this one uses EMAs like StockCharts and TradingView. Lookbacks as {@link Macd}.
 */
public final class Ppo implements Indicator {

    private final Ema fast;
    private final Ema slow;
    private final Ema signal;
    private final int skip;
    private int count;
    private double ppo = Double.NaN;

    public Ppo(int fast, int slow, int signal) {
        Check.atLeast("fast", fast, 1);
        if (slow <= fast) throw new IllegalArgumentException("slow must be > fast, got fast " + fast + ", slow " + slow);
        this.fast = new Ema(fast);
        this.slow = new Ema(slow);
        this.signal = new Ema(signal);
        this.skip = slow - fast;
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        if (count < skip) count++; else fast.update(x);
        slow.update(x);
        if (!slow.ready()) return;
        double s = slow.value();
        ppo = s != 0 ? 100 * (fast.value() - s) / s : 0;
        signal.update(ppo);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public int outputs() { return 3; }

    @Override
    public String outputName(int output) {
        return switch (output) {
            case 0 -> "ppo";
            case 1 -> "signal";
            default -> "hist";
        };
    }

    @Override
    public double value(int output) {
        return switch (output) {
            case 0 -> ppo;
            case 1 -> signal.value();
            default -> ppo - signal.value();
        };
    }

    @Override public int lookback() { return slow.lookback() + signal.lookback(); }
    @Override public int lookback(int output) { return output == 0 ? slow.lookback() : lookback(); }
    @Override public boolean ready() { return signal.ready(); }
}
