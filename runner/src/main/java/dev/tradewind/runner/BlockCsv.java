package dev.tradewind.runner;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.tradewind.model.Times;
import java.io.IOException;
import java.io.CharArrayWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A CSV file of a time and numbers per row (indicator values, factor values), written as rows are given but formatted
 * on every core, a block of rows at a time, and written in order: formatting the numbers is most of writing a
 * million-row file, and one thread left the other core idle. Each block goes through a FastCSV writer of its own with
 * the settings of a single one (LF line ends), and a field is what {@link Times#format} and {@link Num#plain} make of
 * it, so the file is the same, byte for byte, as one writer writing row after row would make it. At most a few blocks
 * are held at once, whatever the rows, and reused. Not thread-safe: one thread gives the rows.
 */
public final class BlockCsv implements AutoCloseable {
    /** Rows a block formats at once. */
    static final int BLOCK = 4_096;
    /** Blocks given and not yet written, at most: the one being filled waits for the oldest to be written. */
    private static final int AHEAD = 4;

    private final Writer out;
    private final int width;
    private final ExecutorService pool;
    private final ArrayDeque<Future<Block>> ahead = new ArrayDeque<>();
    // written blocks, for reuse: their columns and text buffer keep their memory, so a long file makes no garbage that
    // lives long enough to leave the young generation (fresh blocks did: 1.8 GB resident for a 419 MB file)
    private final ArrayDeque<Block> free = new ArrayDeque<>();
    private Block block;
    private boolean failed; // a block could not be written: nothing more is written after it

    /** A block of rows: their times and values, and once formatted their text. */
    private static final class Block {
        final long[] times = new long[BLOCK];
        final double[] values;
        final CharArrayWriter text = new CharArrayWriter();
        int rows;

        Block(int width) { values = new double[BLOCK * width]; }
    }

    /** What gives a file's rows, in order. */
    @FunctionalInterface
    public interface Rows {
        void write(BlockCsv csv) throws IOException;
    }

    /** Writes {@code head}, then the rows {@code rows} gives, to {@code out}, which is left open. */
    public static void write(Writer out, String[] head, Rows rows) throws IOException {
        try (BlockCsv csv = new BlockCsv(out, head)) {
            rows.write(csv);
        }
    }

    /**
     * Writes {@code head} and the rows {@code rows} gives into {@code file} through a temporary name beside it: a write
     * that stops, whatever stops it, leaves no file of its own behind (a file that was there stays as it was). An
     * {@link UncheckedIOException} from {@code rows} comes out as its cause.
     */
    public static void toFile(Path file, String[] head, Rows rows) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            write(w, head, rows);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            if (e instanceof UncheckedIOException u) throw u.getCause();
            throw e;
        }
        RunFolder.move(tmp, file);
    }

    /** Writes {@code head} to {@code out}: the time's column name, then one name per value of a row. */
    public BlockCsv(Writer out, String... head) throws IOException {
        this.out = out;
        this.width = head.length - 1;
        this.block = new Block(width);
        try (CsvWriter w = csv(block.text)) {
            w.writeRecord(head);
        }
        block.text.writeTo(out);
        block.text.reset();
        pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                Thread.ofPlatform().daemon().name("csv-block-", 0).factory());
    }

    /** Adds a row: {@code time}, then {@code values} (as many as the head names; copied). */
    public void row(long time, double... values) throws IOException {
        if (values.length != width) throw new IllegalArgumentException(values.length + " values for " + width + " columns");
        Block b = block;
        b.times[b.rows] = time;
        System.arraycopy(values, 0, b.values, b.rows * width, width);
        if (++b.rows == BLOCK) submit();
    }

    /** Formats the block being filled on the pool, and writes the oldest blocks once too many wait. */
    private void submit() throws IOException {
        Block b = block;
        int w = width;
        ahead.add(pool.submit(() -> {
            try (CsvWriter csv = csv(b.text)) {
                String[] row = new String[w + 1];
                for (int i = 0; i < b.rows; i++) {
                    row[0] = Times.format(b.times[i]);
                    for (int k = 0; k < w; k++) row[k + 1] = Num.plain(b.values[i * w + k]);
                    csv.writeRecord(row);
                }
            }
            return b;
        }));
        block = free.isEmpty() ? new Block(w) : free.poll();
        while (ahead.size() > AHEAD) write(ahead.poll());
    }

    private void write(Future<Block> formatted) throws IOException {
        Block b = done(formatted);
        failed = true; // until the block is written
        b.text.writeTo(out);
        failed = false;
        b.text.reset();
        b.rows = 0;
        free.add(b);
    }

    /**
     * Writes the last rows and every block still waiting, in order, unless a block could not be written (then nothing
     * after it is, so the text never has a gap); the writer given is left open.
     */
    @Override
    public void close() throws IOException {
        try {
            if (failed) return;
            if (block.rows > 0) submit();
            while (!ahead.isEmpty()) write(ahead.poll());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A FastCSV writer with the file's settings over {@code text}. */
    private static CsvWriter csv(Writer text) { return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text); }

    private static Block done(Future<Block> block) throws IOException {
        try {
            return block.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while formatting rows", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
