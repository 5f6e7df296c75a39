package dev.tradewind.data;

/** A bad value inside one row; the loader adds file, line and field. Cheap: no stack trace. */
final class BadValue extends Exception {
    /** Column index the problem is about, or -1 for the row as a whole. */
    final int column;

    BadValue(int column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    /** A value as shown in messages: in single quotes, cut after 40 characters. */
    static String quote(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'";
    }
}
