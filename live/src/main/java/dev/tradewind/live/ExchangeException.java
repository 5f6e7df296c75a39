package dev.tradewind.live;

/**
 * The exchange refused a request or could not be reached. The message is one line a person can act on, e.g.
 * {@code binance: Invalid symbol. (code -1121)}; {@code code} is the exchange's error code, or 0 when there is none.
 */
public final class ExchangeException extends RuntimeException {
    private final int code;

    public ExchangeException(int code, String message) { this(code, message, null); }

    public ExchangeException(int code, String message, Throwable cause) {
        super(message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " "), cause);
        this.code = code;
    }

    public int code() { return code; }
}
