package dev.tradewind.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The records of plain CSV text read straight from bytes: ASCII, no quotes, lines ended by LF or CRLF, fields split at
 * every comma. That is what nearly every bar file is, and for such text this gives exactly the records, fields and line
 * numbers FastCSV gives (empty lines skipped and counted), without decoding the text to chars or running a general
 * tokenizer; the fields go into the same {@link Row} the loader checks. Anything outside that subset (a quote, a byte
 * above 127, a CR not before an LF, a record over {@link #MAX_RECORD} bytes or {@link #MAX_FIELDS} fields) throws
 * {@link NotPlain} before the record is returned, and the caller reads the file again with FastCSV. A UTF-8 byte
 * order mark at the start is skipped. Not thread-safe; does not close the stream.
 */
final class PlainRows implements Iterator<Row> {
    static final int MAX_RECORD = 1 << 20;
    static final int MAX_FIELDS = 1024;

    /** The text is not plain: read it with the general CSV reader. */
    static final class NotPlain extends RuntimeException {
        NotPlain(String why) { super(why, null, false, false); }
    }

    private final InputStream in;
    private final Row row = new Row();
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private boolean started;
    private long line = 1;
    private int ready = -1; // -1 unknown, 0 none, 1 a row

    PlainRows(InputStream in) { this.in = in; }

    @Override
    public boolean hasNext() {
        if (ready < 0) {
            try {
                ready = advance() ? 1 : 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ready == 1;
    }

    @Override
    public Row next() {
        if (!hasNext()) throw new NoSuchElementException();
        ready = -1;
        return row;
    }

    private boolean advance() throws IOException {
        if (!started) {
            started = true;
            while (lim < 3 && fill()) { /* enough bytes to see a byte order mark */ }
            if (lim >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) pos = 3;
        }
        while (true) {
            int end = lineEnd();
            if (end < 0) return false;
            int next = end < lim ? end + 1 : end; // past the LF, or at the end of the text
            int stop = end;
            if (end < lim && end > pos && buf[end - 1] == '\r') stop = end - 1;
            long at = line++;
            if (stop == pos) { // an empty line: skipped, as FastCSV does, but counted
                pos = next;
                continue;
            }
            split(at, pos, stop);
            pos = next;
            return true;
        }
    }

    /** Index of the LF ending the line at {@code pos}, or {@code lim} for a last line without one; -1 at the end. */
    private int lineEnd() throws IOException {
        int i = pos;
        while (true) {
            for (; i < lim; i++) {
                if (buf[i] == '\n') return i;
            }
            int done = i - pos; // fill() may move the line to the front: rescan only the new bytes
            if (!fill()) return pos < lim ? lim : -1;
            i = pos + done;
        }
    }

    /** Reads more bytes after {@code lim}, moving the line in progress to the front; false at the end of the text. */
    private boolean fill() throws IOException {
        if (eof) return false;
        int keep = lim - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, keep);
            pos = 0;
            lim = keep;
        }
        if (lim == buf.length) {
            if (buf.length >= MAX_RECORD) throw new NotPlain("a record longer than " + MAX_RECORD + " bytes");
            buf = Arrays.copyOf(buf, 2 * buf.length);
        }
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
            eof = true;
            return false;
        }
        lim += n;
        return true;
    }

    private void split(long at, int from, int to) {
        row.begin(at);
        int start = from;
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if (b > ',') continue; // digits, '.', '-' and letters: one test (bytes above 127 are negative)
            if (b == ',') {
                if (row.size() == MAX_FIELDS) throw new NotPlain("more than " + MAX_FIELDS + " fields");
                row.addAscii(buf, start, i - start);
                start = i + 1;
            } else if (b == '"' || b == '\r' || b < 0) {
                throw new NotPlain(b == '"' ? "a quote" : b == '\r' ? "a CR without LF" : "a byte above 127");
            }
        }
        row.addAscii(buf, start, to - start);
        if (to - from > MAX_RECORD) throw new NotPlain("a record longer than " + MAX_RECORD + " bytes");
    }
}
