package dev.tradewind.live;

/**
 * Receives a client's events, one at a time, in order, on the client's feed thread (never concurrently). An exception
 * thrown here is logged and does not stop the stream.
 */
public interface MarketDataListener {
    void onEvent(MarketEvent event);

    /**
     * Bars {@code fromOpen} (inclusive) to {@code toOpen} (exclusive, epoch ns) are missing and neither the stream nor
     * the exchange's history could supply them. Bars after the hole are still delivered.
     */
    default void onGap(String symbol, String interval, long fromOpen, long toOpen) {}
}
