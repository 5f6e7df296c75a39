package dev.tradewind.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Syntax of indicator specs, before names are resolved:
 * {@code spec := word [ "(" [ arg { "," arg } ] ")" ] [ "." word ]}, {@code arg := number | spec}.
 * Case and blanks are ignored. Words may hold {@code / + - :} after the first letter (time-zone ids).
 */
final class SpecParser {

    /** A parsed call or bare word. */
    record Raw(String name, boolean call, List<Object> args, String output) {}

    /** A numeric argument as written. */
    record Num(String text) {}

    private final String text;
    private final String source;
    private int pos;

    private SpecParser(String source) {
        this.source = source;
        this.text = source.toLowerCase(Locale.ROOT);
    }

    static Raw parse(String spec) {
        if (spec == null || spec.isBlank()) throw new IllegalArgumentException("empty indicator spec; expected e.g. ema(close,20)");
        SpecParser p = new SpecParser(spec);
        Raw raw = p.spec();
        p.skipBlanks();
        if (p.pos < p.text.length()) throw p.error("expected the end of the spec");
        return raw;
    }

    private Raw spec() {
        skipBlanks();
        String name = word("a name such as ema or close");
        boolean call = false;
        List<Object> args = new ArrayList<>();
        if (peek() == '(') {
            call = true;
            pos++;
            if (peek() == ')') {
                pos++;
            } else {
                do {
                    args.add(argument());
                } while (accept(','));
                if (!accept(')')) throw error("expected ',' or ')'");
            }
        }
        String output = null;
        if (accept('.')) output = word("an output name after '.'");
        return new Raw(name, call, List.copyOf(args), output);
    }

    private Object argument() {
        skipBlanks();
        char c = peek();
        boolean signed = (c == '-' || c == '+' || c == '.') && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1));
        if (Character.isDigit(c) || signed) {
            int start = pos++;
            while (pos < text.length() && "0123456789.e".indexOf(text.charAt(pos)) >= 0
                    || pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+') && text.charAt(pos - 1) == 'e') {
                pos++;
            }
            return new Num(text.substring(start, pos));
        }
        return spec();
    }

    private String word(String expected) {
        skipBlanks();
        int start = pos;
        if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
            while (pos < text.length() && isWordChar(text.charAt(pos))) pos++;
        }
        if (start == pos) throw error("expected " + expected);
        return text.substring(start, pos);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '/' || c == '+' || c == '-' || c == ':';
    }

    private boolean accept(char c) {
        skipBlanks();
        if (peek() != c) return false;
        pos++;
        return true;
    }

    private char peek() {
        skipBlanks();
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipBlanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private IllegalArgumentException error(String problem) {
        String found = pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end";
        return new IllegalArgumentException("bad indicator spec '" + source + "': " + problem + " at column " + (pos + 1) + ", found " + found);
    }
}
