package dev.tradewind.data;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.OnOtherThread;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A large uncompressed file loaded in two halves at once, the second half on a thread of its own: both halves' lines
 * are counted first (each by its own thread), the bars' columns made at their final length, and each half parsed into
 * its own part of them. The result is the one loading the file from start to end gives: the first half is read exactly
 * as the whole load reads it, and the second half is kept only when nothing in it depends on the first (no row skipped,
 * repaired or refused in it, its first bar after the first half's last, time zones without daylight saving); otherwise
 * the file is loaded again from the start on one thread, which gives the same bars or the same message as always.
 */
final class SplitLoad {
    /**
     * Files from this size are split (about 4M rows of the benchmark's bars). Below it the two halves' threads only
     * take the cores from the JIT compiling the parser: a 3M-row backtest took the same time split or not (2.51 and
     * 2.54 s, 6 alternating rounds), 1M rows with the file's hash (a recorded run) longer (2.09 against 1.94 s); 6M rows
     * 4.21 -> 3.70 s, 10M 5.28 -> 4.01 s, 10M recorded 9.09 -> 7.66 s (bench/E2E.md).
     */
    static final long MIN_BYTES = 384L << 20;

    private SplitLoad() {}

    /** What the second half's thread read. */
    private record Half(RowReader reader, RuntimeException plainness, boolean failed) {}

    /**
     * The bars of {@code file}, loaded in two halves; null when it is not for splitting or the halves do not join (the
     * caller then loads it whole). {@code digest} (or null) is fed the file on a third thread.
     *
     * @throws PlainRows.NotPlain when the text is not plain (the caller reads it with FastCSV)
     */
    static LoadResult load(Path file, String source, String symbol, LoadOptions options, MessageDigest digest,
            long minBytes) throws DataException, IOException {
        if (options.from() != Long.MIN_VALUE || options.to() != Long.MAX_VALUE || !options.zone().getRules().isFixedOffset()) {
            return null;
        }
        try (FileChannel ch = FileChannel.open(file)) {
            long size = ch.size();
            if (size < minBytes || LineCount.gzip(ch)) return null;
            long mid = lineStartAfter(ch, size / 2);
            if (mid <= 0 || mid >= size) return null;
            AtomicBoolean unhashed = new AtomicBoolean(); // set: the hashing thread stops at its next buffer
            OnOtherThread<Void> hashed = digest == null ? null : start(() -> hash(file, digest, unhashed));
            LoadResult r = null;
            try {
                r = halves(ch, size, mid, source, symbol, options);
                return r;
            } finally {
                if (hashed != null) {
                    if (r == null) unhashed.set(true);
                    waitFor(hashed); // ended before anybody else touches the digest
                    if (r != null) hashed.get(); // a read error while hashing is the load's
                }
            }
        }
    }

    private static LoadResult halves(FileChannel ch, long size, long mid, String source, String symbol, LoadOptions options)
            throws DataException, IOException {
        PlainRows first = new PlainRows(new Range(ch, 0, mid));
        if (!first.hasNext()) return null;
        Row head = first.next();
        Columns cols = CsvBarLoader.columns(source, head, options);
        OnOtherThread<Long> secondLines = start(() -> LineCount.lines(ch, mid, size, () -> false));
        long firstRows = LineCount.lines(ch, 0, mid, () -> false) - (cols.header() ? 1 : 0);
        long rows = firstRows + secondLines.get();
        if (rows <= 0 || rows > Integer.MAX_VALUE - 8) return null;
        BarChunks.Target all = BarChunks.Target.of((int) rows);
        BarChunks a = new BarChunks(null, stored -> new BarChunks.Target(all.time(), all.values(), 0, (int) firstRows));
        BarChunks b = new BarChunks(null, stored -> new BarChunks.Target(all.time(), all.values(), (int) firstRows,
                (int) (rows - firstRows)));
        RowReader ra = new RowReader(source, cols, options, a);
        AtomicBoolean stop = new AtomicBoolean();
        OnOtherThread<Half> second = start(() -> readSecond(ch, mid, size, source, cols, options, b, stop));
        try {
            if (!cols.header()) ra.accept(head);
            while (first.hasNext()) ra.accept(first.next());
        } catch (DataException | RuntimeException | Error e) { // the first half's failure is the load's: the second stops
            stop.set(true);
            waitFor(second);
            throw e;
        }
        Half h = second.get();
        if (h.plainness != null) throw h.plainness;
        if (h.failed || ra.rowsRead() + h.reader.rowsRead() == 0 || !fits(a) || !fits(b)) return null;
        int na = a.size();
        int nb = b.size();
        long[] t = all.time();
        double[][] v = all.values();
        if (na > 0 && nb > 0 && t[(int) firstRows] <= t[na - 1]) return null; // not after the first half's last bar
        if (na < firstRows) { // the first half had empty lines or skipped rows: the second moves up
            System.arraycopy(t, (int) firstRows, t, na, nb);
            for (double[] col : v) System.arraycopy(col, (int) firstRows, col, na, nb);
        }
        int n = na + nb;
        BarSeries series = n == t.length ? new BarSeries(symbol, t, v[0], v[1], v[2], v[3], v[4])
                : new BarSeries(symbol, Arrays.copyOf(t, n), Arrays.copyOf(v[0], n), Arrays.copyOf(v[1], n),
                        Arrays.copyOf(v[2], n), Arrays.copyOf(v[3], n), Arrays.copyOf(v[4], n));
        return ra.joined(series, h.reader);
    }

    private static boolean fits(BarChunks bars) { return bars.size() == 0 || bars.allPlaced(); }

    /** The second half: rows read until the end, or until the first half failed. */
    private static Half readSecond(FileChannel ch, long mid, long size, String source, Columns cols, LoadOptions options,
            BarChunks bars, AtomicBoolean stop) {
        RowReader r = new RowReader(source, cols, options, bars);
        try {
            PlainRows rows = new PlainRows(new Range(ch, mid, size));
            long k = 0;
            while (rows.hasNext()) {
                r.accept(rows.next());
                if ((++k & 4095) == 0 && stop.get()) return new Half(r, null, true);
            }
            return new Half(r, null, r.anyIssue());
        } catch (PlainRows.NotPlain e) {
            return new Half(r, e, true);
        } catch (DataException | RuntimeException e) { // its line is counted from the half: the whole load says it right
            return new Half(r, null, true);
        }
    }

    /** The first byte after the first line feed at or after {@code from}, or -1 within 1 MB of none. */
    private static long lineStartAfter(FileChannel ch, long from) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        for (long at = from; at < from + (1 << 20); ) {
            b.clear();
            int n = ch.read(b, at);
            if (n <= 0) return -1;
            for (int i = 0; i < n; i++) if (b.get(i) == '\n') return at + i + 1;
            at += n;
        }
        return -1;
    }

    private static Void hash(Path file, MessageDigest digest, AtomicBoolean stop) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while (!stop.get() && (n = in.read(buf)) > 0) digest.update(buf, 0, n);
        }
        return null;
    }

    /** Runs {@code work} on a thread of its own; an I/O failure is thrown by the result's {@code get} unchecked. */
    private static <T> OnOtherThread<T> start(IoWork<T> work) {
        return OnOtherThread.start("tradewind-split-load", () -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private interface IoWork<T> {
        T run() throws IOException;
    }

    /** Waits for {@code t} to end, whatever its outcome. */
    private static void waitFor(OnOtherThread<?> t) {
        try {
            t.get();
        } catch (RuntimeException | Error e) { // its outcome is not wanted
        }
    }

    /** Bytes {@code [from, to)} of a channel, with positional reads. */
    private static final class Range extends InputStream {
        private final FileChannel ch;
        private long at;
        private final long to;

        Range(FileChannel ch, long from, long to) {
            this.ch = ch;
            this.at = from;
            this.to = to;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at >= to) return -1;
            int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, to - at)), at);
            if (n > 0) at += n;
            return n;
        }
    }
}
