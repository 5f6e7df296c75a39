/**
 * Market data in: CSV bar loading with layout detection ({@link dev.tradewind.data.CsvBarLoader}), resampling to
 * higher timeframes without lookahead ({@link dev.tradewind.data.Resampler}) and gap detection and repair
 * ({@link dev.tradewind.data.Gaps}). Bad user data is reported as one {@link dev.tradewind.data.DataException}
 * line; everything here is single-threaded and returns new objects.
 */
package dev.tradewind.data;
