package dev.tradewind.indicators.momentum;

/**
 * MACD: {@code macd = EMA(fast) - EMA(slow)}, {@code signal = EMA(macd, signal)}, {@code hist = macd - signal};
 * every EMA SMA-seeded. {@link Seeding#TALIB} (default): the fast EMA skips the first {@code slow - fast} inputs,
 * so both EMAs are seeded on the same bar, as TA-Lib does. {@link Seeding#TTR}: each EMA is seeded on its own
 * (TTR, pandas-ta); the two agree after about 200 bars. Outputs {@code macd} (lookback {@code slow - 1}),
 * {@code signal} and {@code hist} (lookback {@code slow + signal - 2}, where TA-Lib starts all three).
 */
public final class Macd extends SpreadOscillator {

    /** Where the fast EMA's seed window starts. */
    public enum Seeding { TALIB, TTR }

    public Macd(int fast, int slow, int signal) { this(fast, slow, signal, Seeding.TALIB); }

    public Macd(int fast, int slow, int signal, Seeding seeding) {
        super("macd", fast, slow, signal, seeding == Seeding.TALIB);
    }

    @Override double line(double fast, double slow) { return fast - slow; }
}
