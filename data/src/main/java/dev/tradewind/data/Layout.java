package dev.tradewind.data;

/** The CSV layouts the loader recognises. */
public enum Layout {
    /** A header naming a time column (or Date + Time) and open, high, low, close, volume in any order and case. */
    GENERIC,
    /** Yahoo Finance: {@code Date,Open,High,Low,Close,Adj Close,Volume} (also {@code adjclose}). */
    YAHOO,
    /** Binance klines: {@code open_time,open,high,low,close,volume,close_time,...}, with or without the header. */
    BINANCE
}
