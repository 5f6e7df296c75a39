/** Oscillators: RSI, stochastic RSI, MACD, PPO, ROC, momentum, TRIX, CCI, Williams %R, stochastics. */
package dev.tradewind.indicators.momentum;
