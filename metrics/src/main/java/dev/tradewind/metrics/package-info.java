/**
 * Summary statistics of one backtest run: {@link dev.tradewind.metrics.StatisticsCalculator} turns a
 * {@link dev.tradewind.metrics.RunInput} into a {@link dev.tradewind.metrics.Statistics}; the
 * {@link dev.tradewind.metrics.Drawdowns drawdown} and {@link dev.tradewind.metrics.DailyReturns daily return}
 * series feed reports. Every result is finite and bit-identical for identical inputs (sums run in index order).
 * All classes are stateless or immutable and safe to use from any thread, provided the input arrays are not
 * mutated during a call.
 */
package dev.tradewind.metrics;
