package dev.tradewind.analysis;

/**
 * The strategies of an analysis combined with weights: every trade's PnL times its strategy's weight, in one account
 * of the analysis' capital. Its equity on the analysis' day grid is {@code capital + sum(weight[i] * (equity[i] -
 * capital))}: capital allocated by weight once, never rebalanced, each strategy's PnL scaling with its share (as a
 * strategy that sizes by percent of its capital does).
 *
 * @param weights one per strategy, in the analysis' order
 * @param summary statistics of the weighted trades and their curve
 * @param equity  equity at the end of each day of the analysis' grid
 * @param returns the daily returns of {@code equity}, the first against the capital
 */
public record Portfolio(double[] weights, Summary summary, double[] equity, double[] returns) {}
