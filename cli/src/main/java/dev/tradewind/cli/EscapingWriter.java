package dev.tradewind.cli;

import dev.tradewind.model.Printable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes to the terminal with control characters escaped (as {@link Printable} does), keeping line breaks and tabs:
 * text from a data file or a file name cannot retitle, clear or recolour the terminal.
 */
final class EscapingWriter extends Writer {
    private final Writer out;

    EscapingWriter(Writer out) { this.out = out; }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int end = off + len;
        int run = off; // start of the characters not written yet, all safe
        for (int i = off; i < end; i++) {
            char c = buf[i];
            if (c >= ' ' && c < 0x7f || c == '\n' || c == '\t' || c == '\r' && i + 1 < end && buf[i + 1] == '\n') continue;
            String escaped = c < 0x80 ? null : Printable.escape(String.valueOf(c));
            if (escaped != null && escaped.length() == 1) continue; // a printable non-ASCII character
            out.write(buf, run, i - run);
            out.write(escaped != null ? escaped : Printable.escape(String.valueOf(c)));
            run = i + 1;
        }
        out.write(buf, run, end - run);
    }

    @Override
    public void flush() throws IOException { out.flush(); }

    @Override
    public void close() throws IOException { out.close(); }
}
