/** Trend: directional movement (ADX), Aroon, parabolic SAR, SuperTrend, Ichimoku, crossovers. */
package dev.tradewind.indicators.trend;
