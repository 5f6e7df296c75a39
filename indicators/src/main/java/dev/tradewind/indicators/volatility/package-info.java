/** Volatility and channels: true range, ATR, NATR, Bollinger, Keltner, Donchian. */
package dev.tradewind.indicators.volatility;
