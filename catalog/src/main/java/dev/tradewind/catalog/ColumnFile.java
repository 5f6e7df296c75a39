package dev.tradewind.catalog;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.OnOtherThread;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * A copy of a catalog Parquet file's bars as raw columns ({@code TIMEFRAME.cols} beside {@code TIMEFRAME.parquet}), so
 * that a process loads bars by mapping a file and copying its columns into arrays, without starting DuckDB (whose
 * native library costs most of a second in every fresh process). It is only a cache: the Parquet file stays the
 * catalog's data, and a column file is used only while it names the Parquet file it was made from (size, modification
 * time to the nanosecond and file key, i.e. the inode, which every import's atomic replace changes). Anything else (no
 * file, another Parquet file, a damaged or short file, times out of order) reads as absent and the Parquet file is read
 * instead. Written to a temporary file and moved into place, so a killed writer leaves the old file or none.
 *
 * <p>Layout, little-endian: 96-byte header ({@code TWCOLS02}, rows, the Parquet file's size, modification time in
 * epoch ns and file key hash, the bars' {@link BarFingerprint} as 32 bytes, 3 longs reserved), then {@code time} as
 * rows longs (epoch ns), then {@code open, high, low, close, volume} as rows doubles each. The fingerprint is taken
 * while the file is written, so a run that reads all the bars does not hash them again (0.1 s of a fresh process's
 * 1M-bar run). A {@code TWCOLS01} file (no fingerprint) reads as absent and is written again by the next load.
 */
final class ColumnFile {
    private static final long MAGIC = 0x32_30_53_4C_4F_43_57_54L; // "TWCOLS02" read little-endian
    private static final int HEADER = 96;
    private static final int SHA_AT = 40;
    private static final int ROW = 48;

    private ColumnFile() {}

    /** The column file beside a Parquet file. */
    static Path of(Path parquet) {
        String name = parquet.getFileName().toString();
        return parquet.resolveSibling(name.substring(0, name.length() - ".parquet".length()) + ".cols");
    }

    /** Who a Parquet file is: {size, modification time in ns, file key hash}; null if it does not exist. */
    static long[] identity(Path parquet) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(parquet, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
        java.time.Instant m = a.lastModifiedTime().toInstant();
        long mtime = TimeUnit.SECONDS.toNanos(m.getEpochSecond()) + m.getNano();
        return new long[] {a.size(), mtime, a.fileKey() == null ? 0 : a.fileKey().toString().hashCode()};
    }

    /**
     * Writes {@code bars}, read from {@code parquet} when it had identity {@code id}, to its column file, replacing it
     * atomically; does nothing if the Parquet file is no longer that one (replaced meanwhile).
     */
    static void write(Path parquet, long[] id, BarSeries bars) throws IOException {
        if (id == null || !java.util.Arrays.equals(id, identity(parquet))) return;
        Path target = of(parquet);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        // hashed on another thread while this one writes the columns: the import's other core is idle by now
        OnOtherThread<String> sha = OnOtherThread.start("column-file-fingerprint", () -> BarFingerprint.sha256(bars));
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
                b.position(HEADER); // written last, with the fingerprint
                long[] t = bars.time();
                for (int i = 0; i < t.length; ) {
                    if (b.remaining() < 8) drain(ch, b);
                    int k = Math.min(t.length - i, b.remaining() / 8);
                    b.asLongBuffer().put(t, i, k); // bulk: a copy, no per-value call
                    b.position(b.position() + 8 * k);
                    i += k;
                }
                for (double[] col : new double[][] {bars.open(), bars.high(), bars.low(), bars.close(), bars.volume()}) {
                    for (int i = 0; i < col.length; ) {
                        if (b.remaining() < 8) drain(ch, b);
                        int k = Math.min(col.length - i, b.remaining() / 8);
                        b.asDoubleBuffer().put(col, i, k);
                        b.position(b.position() + 8 * k);
                        i += k;
                    }
                }
                drain(ch, b);
                b.putLong(MAGIC).putLong(bars.size()).putLong(id[0]).putLong(id[1]).putLong(id[2])
                        .put(HexFormat.of().parseHex(sha.get())).putLong(0).putLong(0).putLong(0).flip();
                while (b.hasRemaining()) ch.write(b, b.position());
                ch.force(false);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void drain(FileChannel ch, ByteBuffer b) throws IOException {
        b.flip();
        while (b.hasRemaining()) ch.write(b);
        b.clear();
    }

    /** Removes the column file of {@code parquet}, if any. */
    static void delete(Path parquet) throws IOException { Files.deleteIfExists(of(parquet)); }

    /**
     * The bars of {@code parquet} with {@code from <= time < to} from its column file, or null when there is no column
     * file made from the Parquet file as it is now. The file is read, not mapped: a mapping stays in the process's
     * resident memory until the collector finds it unreachable, which doubled the bars' share of a 10M-bar run's peak.
     */
    static BarSeries read(Path parquet, String symbol, long from, long to) throws IOException {
        Fingerprinted r = readFingerprinted(parquet, symbol, from, to);
        return r == null ? null : r.bars();
    }

    /** Bars read with their {@link BarFingerprint}, or null for the fingerprint when only some of the file's were read. */
    record Fingerprinted(BarSeries bars, String sha256) {}

    /** As {@link #read}, with the fingerprint kept in the file when the range covers all of its bars. */
    static Fingerprinted readFingerprinted(Path parquet, String symbol, long from, long to) throws IOException {
        try (Opened f = Opened.of(parquet)) {
            if (f == null) return null;
            int lo = f.index(from);
            int hi = f.index(to);
            int n = Math.max(0, hi - lo);
            long[] t = new long[n];
            ByteBuffer chunk = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < n; ) {
                int k = f.fill(chunk, 0, lo + i, n - i);
                chunk.asLongBuffer().get(t, i, k);
                i += k;
            }
            for (int i = 1; i < n; i++) {
                if (t[i] <= t[i - 1]) return null; // out of order, as no Parquet file of the catalog is: not ours
            }
            double[][] cols = new double[5][n];
            for (int c = 0; c < 5; c++) {
                for (int i = 0; i < n; ) {
                    int k = f.fill(chunk, c + 1, lo + i, n - i);
                    chunk.asDoubleBuffer().get(cols[c], i, k);
                    i += k;
                }
            }
            BarSeries bars = new BarSeries(symbol, t, cols[0], cols[1], cols[2], cols[3], cols[4]);
            return new Fingerprinted(bars, n == f.rows() ? f.sha256() : null);
        }
    }

    /** How many bars {@link #read} would give, or -1 when there is no usable column file. */
    static long count(Path parquet, long from, long to) throws IOException {
        try (Opened f = Opened.of(parquet)) {
            return f == null ? -1 : Math.max(0, f.index(to) - f.index(from));
        }
    }

    /** A column file opened and checked against its Parquet file. */
    private record Opened(FileChannel channel, int rows, String sha256) implements AutoCloseable {
        static Opened of(Path parquet) throws IOException {
            long[] id = identity(parquet);
            Path f = ColumnFile.of(parquet);
            if (id == null || !Files.isRegularFile(f)) return null;
            FileChannel ch = FileChannel.open(f, StandardOpenOption.READ);
            try {
                long size = ch.size();
                if (size < HEADER || size > Integer.MAX_VALUE) return close(ch); // over 2 GB: the Parquet file is read
                ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
                readFully(ch, h, 0);
                long rows = h.getLong(8);
                if (h.getLong(0) != MAGIC || rows < 0 || rows > Integer.MAX_VALUE - 8 || size != HEADER + rows * ROW
                        || h.getLong(16) != id[0] || h.getLong(24) != id[1] || h.getLong(32) != id[2]) {
                    return close(ch);
                }
                byte[] sha = new byte[32];
                h.get(SHA_AT, sha);
                return new Opened(ch, (int) rows, HexFormat.of().formatHex(sha));
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        }

        private static Opened close(FileChannel ch) throws IOException {
            ch.close();
            return null;
        }

        private static void readFully(FileChannel ch, ByteBuffer b, long at) throws IOException {
            while (b.hasRemaining()) {
                if (ch.read(b, at + b.position()) < 0) throw new java.io.EOFException("column file shorter than its header says");
            }
            b.flip();
        }

        /** The first row with a time >= {@code time} (rows if none). */
        int index(long time) throws IOException {
            if (time == Long.MIN_VALUE) return 0;
            if (time == Long.MAX_VALUE) return rows;
            ByteBuffer one = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            int lo = 0;
            int hi = rows;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                one.clear();
                readFully(channel, one, HEADER + 8L * mid);
                if (one.getLong(0) < time) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        /**
         * Reads up to {@code most} values of column {@code c} (0 time, 1..5 open..volume) from row {@code row} into
         * {@code chunk} (cleared first, then ready to read) and returns how many.
         */
        int fill(ByteBuffer chunk, int c, int row, int most) throws IOException {
            int k = Math.min(most, chunk.capacity() / 8);
            chunk.clear().limit(8 * k);
            readFully(channel, chunk, HEADER + (long) c * rows * 8 + 8L * row);
            return k;
        }

        @Override
        public void close() throws IOException { channel.close(); }
    }
}
