package dev.tradewind.live.binance.trade;

/** A request got no answer in time: the exchange may or may not have acted on it. */
public final class RequestTimeout extends RuntimeException {
    public RequestTimeout(String message) { super(message); }
}
