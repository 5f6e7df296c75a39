/**
 * Streaming technical indicators. {@link dev.tradewind.indicators.Indicator} is the contract (one O(1) update per
 * bar, no allocation, NaN until valid); {@link dev.tradewind.indicators.IndicatorSpec} parses specs such as
 * {@code sma(rsi(close,14),5)} against an {@link dev.tradewind.indicators.IndicatorRegistry};
 * {@link dev.tradewind.indicators.IndicatorGraph} computes each distinct spec once per bar and hands out
 * {@link dev.tradewind.model.Series}; {@link dev.tradewind.indicators.Indicators} runs an indicator over whole
 * columns; {@link dev.tradewind.indicators.Factors} holds market descriptors. Conventions follow TA-Lib and TTR.
 * Not thread-safe: a graph and its indicators belong to one run.
 */
package dev.tradewind.indicators;
