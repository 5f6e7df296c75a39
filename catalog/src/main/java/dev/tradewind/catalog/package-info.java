/**
 * The market data catalog: bars imported from CSV (checked as the CSV loader checks them, resampled on demand),
 * stored as Parquet through DuckDB one file per symbol and timeframe, merged by time, and loaded back as primitive
 * columns for backtests ({@code --data catalog:SYMBOL:TIMEFRAME}). See catalog/README.md.
 */
package dev.tradewind.catalog;
