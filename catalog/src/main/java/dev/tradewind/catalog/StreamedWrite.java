package dev.tradewind.catalog;

import dev.tradewind.data.BarStream;
import dev.tradewind.data.DataException;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BarSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A first import's Parquet file written while its bar file is still being read, on a thread of its own: it waits for
 * the first {@link #GUESS} bars, takes the timeframe from them (or the one asked for), and when no file of that symbol
 * and timeframe exists yet, copies the bars into a temporary file beside it as the loader publishes them. The import
 * keeps that file only if the load succeeded, the whole file has that timeframe (nothing to resample) and still no file
 * exists under the import lock ({@link #result}); otherwise it is deleted, with any directory made for it, and the
 * import writes as before. Either way the catalog changes only by the atomic move of a complete file.
 */
final class StreamedWrite {
    /** Bars the timeframe is guessed from. */
    static final int GUESS = 1 << 14;

    /** Files written while their bar file was read and kept, in this process (tests check that the path was taken). */
    static final AtomicLong KEPT = new AtomicLong();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** A complete file written from every bar of the stream. */
    record Written(Path tmp, Path file, Timeframe timeframe, long bars) {}

    private final BarStream stream;
    private final String symbol;
    private final Timeframe requested;
    private final Function<Timeframe, Path> fileOf;
    private final Thread thread;
    private volatile Written written;
    private volatile Path tmp;
    private Path madeDir; // the first directory this made, deleted with the file when it is not kept

    private StreamedWrite(BarStream stream, String symbol, Timeframe requested, Function<Timeframe, Path> fileOf) {
        this.stream = stream;
        this.symbol = symbol;
        this.requested = requested;
        this.fileOf = fileOf;
        this.thread = Thread.ofPlatform().daemon().name("tradewind-catalog-write").start(this::run);
    }

    /** Starts writing the bars {@code stream} will carry; {@code fileOf} names the catalog file of a timeframe. */
    static StreamedWrite start(BarStream stream, String symbol, Timeframe requested, Function<Timeframe, Path> fileOf) {
        return new StreamedWrite(stream, symbol, requested, fileOf);
    }

    private void run() {
        try {
            Timeframe tf = guess();
            if (tf == null) return;
            Path file = fileOf.apply(tf);
            if (Files.exists(file)) return; // a merge: written after the load, as before
            Path out = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-"
                    + SEQUENCE.incrementAndGet() + "-stream"); // unique: imports in one process run this unlocked
            madeDir = missingAncestor(file.getParent());
            Files.createDirectories(file.getParent());
            tmp = out;
            // one DuckDB thread: the query runs on this one, which waits for the parser; a second DuckDB thread would
            // spin while the source waits, taking the parser's core
            try (Parquet parquet = new Parquet(1)) {
                parquet.stage((done, chunk) -> {
                    BarStream.Slice s = stream.next(done, (int) chunk.capacity());
                    return StagedBars.write(s.time(), new double[][] {s.open(), s.high(), s.low(), s.close(), s.volume()},
                            s.from(), s.count(), chunk, 0);
                });
                long total = parquet.writeMerged(null, out, symbol, tf.toString());
                if (stream.finished() && total == stream.published()) written = new Written(out, file, tf, total);
            }
        } catch (Exception e) {
            // the load failed, or the write did: the import writes after the load, as before, or reports the load's error
        } finally {
            stream.abandon();
        }
    }

    /** The timeframe the file will be stored as, from its first bars, or null when it cannot be told early. */
    private Timeframe guess() throws InterruptedException {
        long n = stream.await(GUESS);
        if (n < 2) return null;
        BarStream.Slice s = stream.next(0, GUESS);
        long[] t = Arrays.copyOfRange(s.time(), s.from(), s.from() + s.count());
        if (t.length < 2) return null;
        double[] none = new double[t.length];
        Timeframe tf;
        try {
            tf = Timeframe.detect(new BarSeries(symbol, t, none, none, none, none, none));
        } catch (DataException e) {
            return null;
        }
        if (requested != null && !requested.equals(tf)) return null; // resampled: needs every bar first
        return tf;
    }

    /**
     * Waits for the write to end and returns the file it wrote if it holds every bar of {@code bars} as
     * {@code timeframe}; null otherwise (nothing written is then left behind).
     */
    Written result(BarSeries bars, Timeframe timeframe) {
        join();
        Written w = written;
        if (w != null && w.timeframe.equals(timeframe) && w.bars == bars.size()) {
            KEPT.incrementAndGet();
            return w;
        }
        discard();
        return null;
    }

    /** Waits for the write to end (the stream has ended) and deletes what it wrote. */
    void discard() {
        join();
        Path p = tmp;
        try {
            if (p != null) Files.deleteIfExists(p);
            for (Path d = p == null ? null : p.getParent(); d != null && madeDir != null && d.startsWith(madeDir); d = d.getParent()) {
                Files.deleteIfExists(d); // only directories this made, and only while empty
            }
        } catch (IOException e) {
            // a non-empty directory (another import's) stays; a temporary file left behind is never read
        }
    }

    private void join() { dev.tradewind.data.Threads.joinUninterruptibly(thread); }

    private static Path missingAncestor(Path dir) {
        Path missing = null;
        for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) missing = d;
        return missing;
    }
}
