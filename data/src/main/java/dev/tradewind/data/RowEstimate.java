package dev.tradewind.data;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * How many lines a CSV file (plain or gzip) holds, estimated without reading it: from its size and the length of the
 * lines in its first {@link #SAMPLE} bytes of text (for gzip, the text those bytes came from sets the compression
 * ratio). Exact for a file whose text fits in the sample. Used to refuse, before loading, a run that cannot fit in
 * memory.
 */
public final class RowEstimate {
    /** Bytes of text sampled. */
    static final int SAMPLE = 1 << 20;

    private RowEstimate() {}

    /** The estimated number of lines after the first (the header, or the first bar of a headerless file). */
    public static long rows(Path file) throws IOException {
        long size = Files.size(file);
        try (Counting raw = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream text = gzip ? new GZIPInputStream(raw, 1 << 12) : raw;
            byte[] buf = new byte[1 << 16];
            long read = 0;
            long lines = 0;
            long firstEnd = -1;
            byte last = '\n';
            int n;
            while (read < SAMPLE && (n = text.read(buf, 0, (int) Math.min(buf.length, SAMPLE - read))) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        if (firstEnd < 0) firstEnd = read + i + 1;
                        lines++;
                    }
                }
                read += n;
                last = buf[n - 1];
            }
            boolean whole = text.read() < 0;
            if (whole) return Math.max(0, lines + (last != '\n' ? 1 : 0) - 1);
            if (lines < 2) return -1; // lines longer than the sample: no estimate
            double bytesPerLine = (double) (read - firstEnd) / (lines - 1);
            double textSize = gzip ? size * ((double) read / raw.count()) : size;
            return Math.round((textSize - firstEnd) / bytesPerLine);
        }
    }

    /** Counts the bytes taken from the stream below (what a gzip reader consumed). */
    private static final class Counting extends FilterInputStream {
        private long count;
        private long marked;

        Counting(InputStream in) { super(in); }

        long count() { return Math.max(1, count); }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            marked = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = marked;
        }
    }
}
