package dev.tradewind.indicators.momentum;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.average.Ema;
import dev.tradewind.indicators.util.Check;

/**
 * The shape MACD and PPO share: a line from a fast and a slow SMA-seeded EMA, its signal EMA, and the histogram
 * (line - signal). With TA-Lib seeding the fast EMA skips the first {@code slow - fast} inputs so both are seeded on
 * the same bar. Outputs: the line (lookback {@code slow - 1}), signal and hist (lookback {@code slow + signal - 2}).
 */
abstract class SpreadOscillator implements Indicator {
    private final Ema fast;
    private final Ema slow;
    private final Ema signal;
    private final int skip;
    private final String name;
    private int count;
    private double line = Double.NaN;

    SpreadOscillator(String name, int fast, int slow, int signal, boolean talibSeeding) {
        Check.atLeast("fast", fast, 1);
        if (slow <= fast) throw new IllegalArgumentException("slow must be > fast, got fast " + fast + ", slow " + slow);
        this.name = name;
        this.fast = new Ema(fast);
        this.slow = new Ema(slow);
        this.signal = new Ema(signal);
        this.skip = talibSeeding ? slow - fast : 0;
    }

    /** The oscillator's line from the two EMAs. */
    abstract double line(double fast, double slow);

    /** Feeds one input; NaN is ignored. */
    public final void update(double x) {
        if (x != x) return;
        if (count < skip) count++; else fast.update(x);
        slow.update(x);
        if (!slow.ready()) return;
        line = line(fast.value(), slow.value());
        signal.update(line);
    }

    @Override
    public final void update(long time, double open, double high, double low, double close, double volume, double input) {
        update(input);
    }

    @Override public final int outputs() { return 3; }

    @Override
    public final String outputName(int output) {
        return switch (output) {
            case 0 -> name;
            case 1 -> "signal";
            default -> "hist";
        };
    }

    @Override
    public final double value(int output) {
        return switch (output) {
            case 0 -> line;
            case 1 -> signal.value();
            default -> line - signal.value();
        };
    }

    @Override public final int lookback() { return slow.lookback() + signal.lookback(); }
    @Override public final int lookback(int output) { return output == 0 ? slow.lookback() : lookback(); }
    @Override public final boolean ready() { return signal.ready(); }
}
