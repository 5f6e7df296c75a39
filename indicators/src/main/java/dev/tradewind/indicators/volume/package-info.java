/** Volume: OBV, accumulation/distribution, Chaikin oscillator and money flow, MFI, session VWAP. */
package dev.tradewind.indicators.volume;
