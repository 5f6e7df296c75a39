package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.tradewind.model.Times;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Rows formatted in blocks on several threads make the same text as one writer writing them in turn. */
class BlockCsvTest {
    private static final String[] HEAD = {"time", "sma(close,20)", "say \"x\"", "value"};

    /** Row {@code i}'s values: numbers, NaN (an empty field), infinities, -0.0 and tiny and huge magnitudes. */
    private static double[] values(int i) {
        return new double[] {i / 3.0, i % 5 == 0 ? Double.NaN : -i * 1e-9,
            switch (i % 6) {
                case 0 -> Double.POSITIVE_INFINITY;
                case 1 -> -0.0;
                case 2 -> 1e300 * i;
                default -> i;
            }};
    }

    @Test
    void theSameTextAsOneWriterAcrossManyBlocks() throws Exception {
        for (int count : new int[] {0, 1, BlockCsv.BLOCK - 1, BlockCsv.BLOCK, 10 * BlockCsv.BLOCK + 17}) {
            StringWriter one = new StringWriter();
            try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(one)) {
                w.writeRecord(HEAD);
                String[] f = new String[HEAD.length];
                for (int i = 0; i < count; i++) {
                    f[0] = Times.format(60_000_000_000L * i);
                    double[] v = values(i);
                    for (int k = 0; k < v.length; k++) f[k + 1] = Num.plain(v[k]);
                    w.writeRecord(f);
                }
            }
            StringWriter blocks = new StringWriter();
            try (BlockCsv csv = new BlockCsv(blocks, HEAD)) {
                for (int i = 0; i < count; i++) csv.row(60_000_000_000L * i, values(i));
            }
            assertThat(blocks.toString()).as("%d rows", count).isEqualTo(one.toString());
        }
    }

    @Test
    void afterABlockThatCouldNotBeWrittenNothingMoreIs() throws Exception {
        StringWriter kept = new StringWriter();
        java.io.Writer failsOnce = new java.io.Writer() {
            private int writes;

            @Override public void write(char[] b, int off, int len) throws java.io.IOException {
                if (++writes == 3) throw new java.io.IOException("disk full"); // the header, a block, then this
                kept.write(b, off, len);
            }
            @Override public void flush() { }
            @Override public void close() { }
        };
        BlockCsv csv = new BlockCsv(failsOnce, HEAD);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 20 * BlockCsv.BLOCK; i++) csv.row(i, values(i));
        }).isInstanceOf(java.io.IOException.class).hasMessage("disk full");
        String before = kept.toString();
        csv.close();
        assertThat(kept.toString()).isEqualTo(before); // no later block after the gap
        assertThat(before.lines().count()).isEqualTo(1 + BlockCsv.BLOCK);
    }

    @Test
    void aFileWhoseRowsStopIsNotWrittenAndTheOneBeforeStays(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("rows.csv");
        java.nio.file.Files.writeString(file, "before\n");
        assertThatThrownBy(() -> BlockCsv.toFile(file, HEAD, csv -> {
            for (int i = 0; i < 3 * BlockCsv.BLOCK; i++) csv.row(i, values(i));
            throw new java.io.UncheckedIOException(new java.io.IOException("source gone"));
        })).isInstanceOf(java.io.IOException.class).hasMessage("source gone");
        assertThat(java.nio.file.Files.readString(file)).isEqualTo("before\n");
        try (var listed = java.nio.file.Files.list(dir)) {
            assertThat(listed).containsExactly(file); // no temporary file left
        }
        BlockCsv.toFile(file, HEAD, csv -> csv.row(0, values(1)));
        assertThat(java.nio.file.Files.readAllLines(file)).hasSize(2);
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() throws Exception {
        try (BlockCsv csv = new BlockCsv(new StringWriter(), HEAD)) {
            assertThatThrownBy(() -> csv.row(0, 1, 2)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("2 values for 3 columns");
        }
    }
}
