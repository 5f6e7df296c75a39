package dev.tradewind.live.binance;

import dev.tradewind.model.Instrument;

/**
 * Binance spot or USDⓈ-M futures market data: production endpoints, REST paths and the request-weight budget per
 * minute. A test or a user points the client elsewhere with explicit URLs.
 */
public enum BinanceMarket {
    SPOT("https://api.binance.com", "wss://stream.binance.com:9443", "/api/v3", 6000, 1000, Instrument.Kind.SPOT),
    FUTURES("https://fapi.binance.com", "wss://fstream.binance.com", "/fapi/v1", 2400, 1500, Instrument.Kind.FUTURE);

    private final String restUrl;
    private final String wsUrl;
    private final String restPrefix;
    private final int weightPerMinute;
    private final int maxKlines;
    private final Instrument.Kind kind;

    BinanceMarket(String restUrl, String wsUrl, String restPrefix, int weightPerMinute, int maxKlines, Instrument.Kind kind) {
        this.restUrl = restUrl;
        this.wsUrl = wsUrl;
        this.restPrefix = restPrefix;
        this.weightPerMinute = weightPerMinute;
        this.maxKlines = maxKlines;
        this.kind = kind;
    }

    public String restUrl() { return restUrl; }
    public String wsUrl() { return wsUrl; }
    /** {@code /api/v3} or {@code /fapi/v1}. */
    public String restPrefix() { return restPrefix; }
    /** The request weight allowed per minute (REQUEST_WEIGHT in exchangeInfo rateLimits). */
    public int weightPerMinute() { return weightPerMinute; }
    /** The most klines one request may ask for. */
    public int maxKlines() { return maxKlines; }
    public Instrument.Kind kind() { return kind; }
}
