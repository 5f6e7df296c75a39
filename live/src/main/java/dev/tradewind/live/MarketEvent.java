package dev.tradewind.live;

import dev.tradewind.model.Clock;

import java.util.List;

/**
 * What a market data client delivers. Every event carries {@code tsEvent}, the exchange's time (epoch ns), and
 * {@code tsInit}, when the client received it (epoch ns, from its {@link Clock}).
 */
public sealed interface MarketEvent {
    String symbol();
    long tsEvent();
    long tsInit();

    /**
     * A closed bar; a bar that is still forming is never delivered. {@code tsEvent} is the bar's close ({@code closeTime}),
     * so a bar has the same stamp whether it came from the stream or from a catch-up request.
     *
     * @param interval  the exchange's interval name, e.g. {@code 1m}
     * @param openTime  the bar's open time (epoch ns)
     * @param closeTime the end of the bar's period (epoch ns, exclusive: the next bar's open)
     */
    record Bar(String symbol, String interval, long openTime, long closeTime, double open, double high, double low,
            double close, double volume, long tsEvent, long tsInit) implements MarketEvent {}

    /** A trade print ({@code aggregate} when the exchange merged fills of one taker order at one price). */
    record TradeTick(String symbol, double price, double size, boolean buyerIsMaker, long tradeId, boolean aggregate,
            long tsEvent, long tsInit) implements MarketEvent {}

    /** The best bid and ask. */
    record Quote(String symbol, double bid, double bidSize, double ask, double askSize, long updateId, long tsEvent,
            long tsInit) implements MarketEvent {}

    /**
     * Changed order book levels (a size of 0 removes the level), or a full top-of-book snapshot when {@code snapshot}.
     * Update ids {@code firstUpdateId..lastUpdateId} let a book builder detect a missed update.
     */
    record Depth(String symbol, List<Level> bids, List<Level> asks, long firstUpdateId, long lastUpdateId,
            boolean snapshot, long tsEvent, long tsInit) implements MarketEvent {
        public Depth {
            bids = List.copyOf(bids);
            asks = List.copyOf(asks);
        }
    }

    /** One price level. */
    record Level(double price, double size) {}
}
