package dev.tradewind.model;

/**
 * The best bid and ask at a moment (a live book ticker, or a recorded one).
 *
 * @param time    when the exchange published it (epoch ns)
 * @param bid     best bid price
 * @param bidSize quantity at the best bid (0 when unknown)
 * @param ask     best ask price
 * @param askSize quantity at the best ask (0 when unknown)
 */
public record Quote(long time, double bid, double bidSize, double ask, double askSize) {
    public Quote {
        if (!(bid > 0) || !(ask > 0) || ask < bid) throw new IllegalArgumentException("quote bid " + bid + " ask " + ask + " is not a market");
    }

    public double mid() { return (bid + ask) / 2; }
}
