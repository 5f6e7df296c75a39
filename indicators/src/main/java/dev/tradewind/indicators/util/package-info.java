/** Building blocks for indicators: ring buffer, rolling extremes and statistics, compensated sums, argument checks. */
package dev.tradewind.indicators.util;
