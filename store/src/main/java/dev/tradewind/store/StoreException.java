package dev.tradewind.store;

/**
 * The store cannot do what was asked: it cannot be reached or opened, it is not a Tradewind store, a write failed
 * (the transaction was rolled back, nothing was half-written), or a run does not exist. The message is one line a
 * person can act on; the CLI prints it and exits with code 2.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message) { super(oneLine(message)); }

    public StoreException(String message, Throwable cause) { super(oneLine(message), cause); }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replace("\r", " ").replaceAll("\\s*\\n\\s*", " ");
    }
}
