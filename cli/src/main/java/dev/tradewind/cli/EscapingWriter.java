package dev.tradewind.cli;

import java.io.Writer;
import java.io.IOException;

/**
 * Writes to stderr with control characters escaped (as {@link dev.tradewind.model.Printable} does), keeping line
 * breaks and tabs: text from a data file cannot retitle, clear or recolour the terminal.
 */
final class EscapingWriter extends Writer {
    private final Writer out;

    EscapingWriter(Writer out) { this.out = out; }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            char c = buf[i];
            if (c == '\n' || c == '\t' || c == '\r' && i + 1 < off + len && buf[i + 1] == '\n') out.write(c);
            else out.write(dev.tradewind.model.Printable.escape(String.valueOf(c)));
        }
    }

    @Override
    public void flush() throws IOException { out.flush(); }

    @Override
    public void close() throws IOException { out.close(); }
}
