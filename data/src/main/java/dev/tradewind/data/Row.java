package dev.tradewind.data;

import java.util.Arrays;

/**
 * The fields of one CSV row as ranges of one reused char array, so that numbers and times are parsed where they lie
 * and a String is made only for a message or a header. Filled by {@link RowHandler}; valid until the next row is
 * read. Not thread-safe.
 */
final class Row {
    private char[] chars = new char[256];
    private int[] bounds = new int[32]; // start and end of each field
    private int count;
    private int used;
    private long line;

    /** Empties the row for the record that starts at {@code line}. */
    void begin(long line) {
        this.line = line;
        count = 0;
        used = 0;
    }

    /** Appends a copy of {@code len} chars of {@code buf} from {@code offset} as the next field. */
    void add(char[] buf, int offset, int len) {
        if (len > chars.length - used) chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + len));
        if (2 * count + 2 > bounds.length) bounds = Arrays.copyOf(bounds, 2 * bounds.length);
        System.arraycopy(buf, offset, chars, used, len);
        bounds[2 * count] = used;
        used += len;
        bounds[2 * count + 1] = used;
        count++;
    }

    /** Appends {@code len} ASCII bytes of {@code buf} from {@code offset} as the next field, one char per byte. */
    void addAscii(byte[] buf, int offset, int len) {
        if (len > chars.length - used) chars = Arrays.copyOf(chars, Math.max(2 * chars.length, used + len));
        if (2 * count + 2 > bounds.length) bounds = Arrays.copyOf(bounds, 2 * bounds.length);
        char[] c = chars;
        int at = used;
        for (int i = 0; i < len; i++) c[at + i] = (char) buf[offset + i];
        bounds[2 * count] = used;
        used += len;
        bounds[2 * count + 1] = used;
        count++;
    }

    /** Appends a copy of field {@code i} of another row. */
    void add(Row other, int i) { add(other.chars, other.start(i), other.end(i) - other.start(i)); }

    /** The line the record starts on (1-based, blank lines counted). */
    long line() { return line; }

    int size() { return count; }

    /** The array the fields lie in; read only between {@link #start} and {@link #end}. */
    char[] chars() { return chars; }

    int start(int i) { return bounds[2 * i]; }

    int end(int i) { return bounds[2 * i + 1]; }

    /** Field {@code i} as a String, as the file has it. */
    String text(int i) { return new String(chars, start(i), end(i) - start(i)); }

    /** Every field as a String. */
    String[] texts() {
        String[] t = new String[count];
        for (int i = 0; i < count; i++) t[i] = text(i);
        return t;
    }
}
