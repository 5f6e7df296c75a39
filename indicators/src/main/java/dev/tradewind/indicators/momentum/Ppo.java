package dev.tradewind.indicators.momentum;

/**
 * Percentage price oscillator {@code 100 (EMA(fast) - EMA(slow)) / EMA(slow)} (0 if the slow EMA is 0), with
 * {@code signal} and {@code hist} as in {@link Macd} and its TA-Lib seeding. TA-Lib's PPO defaults to SMAs;
 * this one uses EMAs like StockCharts and TradingView. Lookbacks as {@link Macd}.
 */
public final class Ppo extends SpreadOscillator {

    public Ppo(int fast, int slow, int signal) { super("ppo", fast, slow, signal, true); }

    @Override double line(double fast, double slow) { return slow != 0 ? 100 * (fast - slow) / slow : 0; }
}
