package dev.tradewind.runner;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A CSV file of many rows whose fields are formatted on every core, a block of rows at a time, and written in order:
 * formatting the numbers is most of writing a million-row file, and one thread left the other core idle. Each block
 * goes through its own FastCSV writer with the settings of a single one (LF line ends), so the file is the same, byte
 * for byte, as one writer would make it.
 */
public final class BlockCsv {
    /** Rows a block formats at once. */
    static final int BLOCK = 16_384;
    /** Blocks formatted ahead of the one being written, at most: the memory stays a few blocks whatever the rows. */
    private static final int AHEAD = 8;

    private BlockCsv() {}

    /** Fills {@code fields} with row {@code row}'s values; called from several threads for different rows at once. */
    @FunctionalInterface
    public interface Rows {
        void format(int row, String[] fields);
    }

    /** Writes {@code head}, then rows {@code [0, count)} of {@code head.length} fields each, to {@code out}. */
    public static void write(Writer out, String[] head, int count, Rows rows) throws IOException {
        out.write(format(head.length, 0, 0, rows, head));
        int blocks = (count + BLOCK - 1) / BLOCK;
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), blocks));
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().daemon().name("csv-block-", 0).factory());
        try {
            ArrayDeque<Future<String>> ahead = new ArrayDeque<>();
            int next = 0;
            for (int b = 0; b < blocks; b++) {
                for (; next < blocks && ahead.size() < AHEAD; next++) {
                    int from = next * BLOCK;
                    int to = Math.min(count, from + BLOCK);
                    ahead.add(pool.submit(() -> format(head.length, from, to, rows, null)));
                }
                out.write(done(ahead.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Rows {@code [from, to)} as CSV text, after {@code first} (a row given as it is) when it is not null. */
    private static String format(int fields, int from, int to, Rows rows, String[] first) {
        StringWriter text = new StringWriter();
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text)) {
            if (first != null) w.writeRecord(first);
            String[] row = new String[fields];
            for (int i = from; i < to; i++) {
                rows.format(i, row);
                w.writeRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static String done(Future<String> block) throws IOException {
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
