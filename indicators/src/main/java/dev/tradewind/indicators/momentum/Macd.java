package dev.tradewind.indicators.momentum;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.average.Ema;
import dev.tradewind.indicators.util.Check;

/**
 * MACD: {@code macd = EMA(fast) - EMA(slow)}, {@code signal = EMA(macd, signal)}, {@code hist = macd - signal};
 * every EMA SMA-seeded. {@link Seeding#TALIB} (default): the fast EMA skips the first {@code slow - fast} inputs,
 * so both EMAs are seeded on the same bar, as TA-Lib does. {@link Seeding#TTR}: each EMA is seeded on its own
 * (TTR, pandas-ta); the two agree after about 200 bars. Outputs {@code macd} (lookback {@code slow - 1}),
 * {@code signal} and {@code hist} (lookback {@code slow + signal - 2}, where TA-Lib starts all three).
 */
public final class Macd implements Indicator {

    /** Where the fast EMA's seed window starts. */
    public enum Seeding { TALIB, TTR }

    private final Ema fast;
    private final Ema slow;
    private final Ema signal;
    private final int skip;
    private int count;
    private double macd = Double.NaN;

    public Macd(int fast, int slow, int signal) { this(fast, slow, signal, Seeding.TALIB); }

    public Macd(int fast, int slow, int signal, Seeding seeding) {
        Check.atLeast("fast", fast, 1);
        if (slow <= fast) throw new IllegalArgumentException("slow must be > fast, got fast " + fast + ", slow " + slow);
        this.fast = new Ema(fast);
        this.slow = new Ema(slow);
        this.signal = new Ema(signal);
        this.skip = seeding == Seeding.TALIB ? slow - fast : 0;
    }

    /** Feeds one input; NaN is ignored. */
    public void update(double x) {
        if (x != x) return;
        if (count < skip) count++; else fast.update(x);
        slow.update(x);
        if (!slow.ready()) return;
        macd = fast.value() - slow.value();
        signal.update(macd);
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public int outputs() { return 3; }

    @Override
    public String outputName(int output) {
        return switch (output) {
            case 0 -> "macd";
            case 1 -> "signal";
            default -> "hist";
        };
    }

    @Override
    public double value(int output) {
        return switch (output) {
            case 0 -> macd;
            case 1 -> signal.value();
            default -> macd - signal.value();
        };
    }

    @Override public int lookback() { return slow.lookback() + signal.lookback(); }
    @Override public int lookback(int output) { return output == 0 ? slow.lookback() : lookback(); }
    @Override public boolean ready() { return signal.ready(); }
}
