package dev.tradewind.catalog;

/**
 * The catalog cannot do what was asked: bad data in an imported file (the loader's {@code file:line: message}), an
 * unknown symbol or timeframe, or a storage failure. The message is one line a person can act on; nothing
 * half-written accompanies it.
 */
public final class CatalogException extends RuntimeException {
    public CatalogException(String message) { super(oneLine(message)); }

    public CatalogException(String message, Throwable cause) { super(oneLine(message), cause); }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replace("\r", " ").replaceAll("\\s*\\n\\s*", " ");
    }
}
