package dev.tradewind.data;

import dev.tradewind.model.Printable;

/**
 * Bad user data or a bad data option: the message is one line a person can act on, e.g.
 * {@code data.csv:12: field 'high': expected a number, got 'abc'}. Nothing half-loaded accompanies it.
 */
public final class DataException extends Exception {
    /** Line breaks and other control characters in {@code message} are escaped (see {@link Printable}): one safe line. */
    public DataException(String message) { super(oneLine(message)); }

    public DataException(String message, Throwable cause) { super(oneLine(message), cause); }

    private static String oneLine(String s) { return Printable.escape(s); }

    /** {@code source:line: message}. */
    static DataException at(String source, long line, String message) {
        return new DataException(source + ":" + line + ": " + message);
    }
}
