package dev.tradewind.options;

/**
 * Bad user data in an options file (a calendar, a holiday list, a chain snapshot): one line a person can act on,
 * {@code file:line: field 'strike': expected a number, got 'abc'}. Nothing half-loaded accompanies it.
 */
public final class OptionDataException extends Exception {
    public OptionDataException(String message) { super(oneLine(message)); }

    public OptionDataException(String message, Throwable cause) { super(oneLine(message), cause); }

    static OptionDataException at(String source, long line, String message) {
        return new OptionDataException(source + ":" + line + ": " + message);
    }

    private static String oneLine(String s) { return s.replace("\r", "\\r").replace("\n", "\\n"); }
}
