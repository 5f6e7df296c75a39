package dev.tradewind.live;

/**
 * The market data port: an exchange adapter implements it; a second exchange is a second implementation. Events reach
 * the listener in order on one thread; the client reconnects by itself until {@link #close()}.
 */
public interface MarketDataClient extends AutoCloseable {
    /** Adds a stream; call before {@link #start}. */
    void subscribe(Subscription subscription);

    /** Connects and starts delivering events; returns at once. */
    void start(MarketDataListener listener);

    /** The connection's state now; callable from any thread. */
    FeedState state();

    /** Disconnects and stops the client's threads; no event is delivered after it returns. */
    @Override
    void close();
}
