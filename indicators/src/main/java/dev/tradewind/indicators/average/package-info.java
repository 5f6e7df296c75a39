/** Moving averages: SMA, EMA (and Wilder RMA), WMA, DEMA, TEMA, HMA, KAMA, VWMA. */
package dev.tradewind.indicators.average;
