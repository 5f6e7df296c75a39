package dev.tradewind.data;

/**
 * Bad user data or a bad data option: the message is one line a person can act on, e.g.
 * {@code data.csv:12: field 'high': expected a number, got 'abc'}. Nothing half-loaded accompanies it.
 */
public final class DataException extends Exception {
    /** Line breaks in {@code message} are escaped so it stays one line. */
    public DataException(String message) { super(oneLine(message)); }

    public DataException(String message, Throwable cause) { super(oneLine(message), cause); }

    private static String oneLine(String s) { return s.replace("\r", "\\r").replace("\n", "\\n"); }

    /** {@code source:line: message}. */
    static DataException at(String source, long line, String message) {
        return new DataException(source + ":" + line + ": " + message);
    }
}
