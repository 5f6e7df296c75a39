package dev.tradewind.model;

/**
 * Text that came from a file or a user, made safe to show in a terminal: control and format characters (escape
 * sequences, bells, line breaks, bidirectional overrides) are written as {@code \n}, {@code \x1b} or {@code \u202e},
 * so a message stays one line and cannot retitle, clear or reorder the terminal. Everything else is kept.
 */
public final class Printable {
    private Printable() {}

    /** {@code text} with every control or format character escaped; null stays null. */
    public static String escape(String text) {
        if (text == null) return null;
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) i++;
        if (i == text.length()) return text;
        StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) b.append(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x100) b.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            else b.append("\\u").append(String.format(java.util.Locale.ROOT, "%04x", (int) c));
        }
        return b.toString();
    }

    private static boolean unsafe(char c) {
        if (c >= ' ' && c < 0x7f) return false;
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
