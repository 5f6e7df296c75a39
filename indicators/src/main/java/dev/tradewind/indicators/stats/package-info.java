/** Window statistics: standard deviation, z-score, highest, lowest, range, linear regression, efficiency ratio. */
package dev.tradewind.indicators.stats;
