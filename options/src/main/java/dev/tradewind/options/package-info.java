/**
 * Options and dated futures: contracts ({@link dev.tradewind.model.OptionContract},
 * {@link dev.tradewind.model.FutureContract}), European prices and greeks ({@link dev.tradewind.options.BlackScholes},
 * {@link dev.tradewind.options.Black76}), implied volatility ({@link dev.tradewind.options.ImpliedVol}), expiry
 * calendars per market ({@link dev.tradewind.options.ExpiryCalendar}) and chains loaded from snapshot files
 * ({@link dev.tradewind.options.ChainLoader}). Depends on the model module only; not yet used by the engine.
 */
package dev.tradewind.options;
