package dev.tradewind.live;

/**
 * Receives a client's events, one at a time, in order, on the client's feed thread (never concurrently). An exception
 * thrown here is logged and does not stop the stream.
 */
public interface MarketDataListener {
    void onEvent(MarketEvent event);

    /**
     * A closed bar fetched from the exchange's history (the catch-up before the stream, or a hole filled), not received
     * live. By default the same as {@link #onEvent}; a live run treats such bars as warm-up and sends no order on them.
     */
    default void onHistory(MarketEvent.Bar bar) { onEvent(bar); }

    /**
     * Bars {@code fromOpen} (inclusive) to {@code toOpen} (exclusive, epoch ns) are missing and neither the stream nor
     * the exchange's history could supply them. Bars after the hole are still delivered.
     */
    default void onGap(String symbol, String interval, long fromOpen, long toOpen) {}
}
