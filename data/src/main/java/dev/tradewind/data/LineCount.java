package dev.tradewind.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The number of lines of an uncompressed text file, counted on a thread of its own while the file is parsed, so that
 * the loader can put the bars straight into columns of their final length instead of joining chunks into them at the
 * end (which held the bars twice: 10M bars peaked at 121-124 bytes a bar). Counts 8 bytes at a time; a file of 940 MB
 * takes about a quarter of a second of the other core. A gzip file (its first two bytes), an unreadable one or a
 * closed count gives no number: the loader then keeps its chunks. Thread-safe.
 */
final class LineCount implements AutoCloseable {
    private static final long LF = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private final Path file;
    private volatile long lines = -1;
    private volatile boolean closed;

    private LineCount(Path file) { this.file = file; }

    /** Starts counting the lines of {@code file}, a regular file (a pipe's bytes would be taken from its reader). */
    static LineCount start(Path file) {
        LineCount c = new LineCount(file);
        Thread.ofPlatform().daemon().name("tradewind-line-count").start(c::count);
        return c;
    }

    /**
     * The file's lines (a last line without a line feed counts), or -1 while counting or when there is no count. Lines
     * include empty ones, so the data rows are at most this less the header.
     */
    long lines() { return lines; }

    /** Stops counting (the thread ends at its next buffer). */
    @Override
    public void close() { closed = true; }

    private void count() {
        try (FileChannel ch = FileChannel.open(file)) {
            if (!gzip(ch)) lines = lines(ch, 0, ch.size(), () -> closed);
        } catch (IOException | RuntimeException e) {
            // no count: the loader keeps its chunks, and reports any read error itself
        }
    }

    /** Whether the channel's bytes start as gzip's do. */
    static boolean gzip(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(2);
        ch.read(b, 0);
        return b.position() == 2 && b.get(0) == (byte) 0x1f && b.get(1) == (byte) 0x8b;
    }

    /**
     * The lines among bytes {@code [from, to)} of {@code ch}: its line feeds, and one more when the last byte is not a
     * line feed (a last line without one); -1 when {@code stop} turned true meanwhile.
     */
    static long lines(FileChannel ch, long from, long to, java.util.function.BooleanSupplier stop) throws IOException {
        long n = feeds(ch, from, to, stop);
        if (n < 0 || to <= from) return n;
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, to - 1);
        return n + (last.get(0) != '\n' ? 1 : 0);
    }

    /**
     * The line feeds among bytes {@code [from, to)} of {@code ch} (positional reads: its position is left alone), or -1
     * when {@code stop} turned true meanwhile.
     */
    private static long feeds(FileChannel ch, long from, long to, java.util.function.BooleanSupplier stop) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        long n = 0;
        for (long at = from; at < to; ) {
            if (stop.getAsBoolean()) return -1;
            buf.clear().limit((int) Math.min(buf.capacity(), to - at));
            int read = ch.read(buf, at);
            if (read < 0) break;
            n += feeds(buf, read);
            at += read;
        }
        return n;
    }

    /** The line feeds among the first {@code n} bytes of {@code buf}. */
    static long feeds(ByteBuffer buf, int n) {
        long c = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long y = buf.getLong(i) ^ LF; // a line feed is a zero byte here
            // a byte's high bit set in the sum unless all of its bits are zero; no carry crosses bytes
            c += Long.bitCount(~(((y & LOW7) + LOW7) | y | LOW7));
        }
        for (; i < n; i++) if (buf.get(i) == '\n') c++;
        return c;
    }
}
