/**
 * Analysis of closed trades from any number of trades CSVs: {@link dev.tradewind.analysis.TradeCsv} reads them,
 * {@link dev.tradewind.analysis.Analysis} groups them into series with statistics, daily returns, covariance and
 * correlation, {@link dev.tradewind.analysis.Weighting} weights the series, and
 * {@link dev.tradewind.analysis.ProductionConfig} turns the weights into the portfolio config a portfolio run reads.
 * Everything is deterministic (sums in index order) and single-threaded; the types are immutable or stateless.
 */
package dev.tradewind.analysis;
