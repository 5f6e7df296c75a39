package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Rows formatted in blocks on several threads make the same text as one writer writing them in turn. */
class BlockCsvTest {
    private static final String[] HEAD = {"row", "text", "value"};

    /** Row {@code i}: its number, a field that needs quoting now and then, a number or nothing. */
    private static void row(int i, String[] f) {
        f[0] = Integer.toString(i);
        f[1] = switch (i % 7) {
            case 0 -> "a,b";
            case 1 -> "say \"hi\"";
            case 2 -> "two\nlines";
            case 3 -> "";
            default -> "plain" + i;
        };
        f[2] = i % 5 == 0 ? "" : Num.plain(i / 3.0);
    }

    @Test
    void theSameTextAsOneWriterAcrossManyBlocks() throws Exception {
        for (int count : new int[] {0, 1, BlockCsv.BLOCK - 1, BlockCsv.BLOCK, 10 * BlockCsv.BLOCK + 17}) {
            StringWriter one = new StringWriter();
            try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(one)) {
                w.writeRecord(HEAD);
                String[] f = new String[HEAD.length];
                for (int i = 0; i < count; i++) {
                    row(i, f);
                    w.writeRecord(f);
                }
            }
            StringWriter blocks = new StringWriter();
            BlockCsv.write(blocks, HEAD, count, BlockCsvTest::row);
            assertThat(blocks.toString()).as("%d rows", count).isEqualTo(one.toString());
        }
    }

    @Test
    void aRowThatFailsFailsTheWrite() {
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> BlockCsv.write(out, HEAD, 3 * BlockCsv.BLOCK, (i, f) -> {
            if (i == 2 * BlockCsv.BLOCK + 5) throw new IllegalArgumentException("row " + i);
            row(i, f);
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("row " + (2 * BlockCsv.BLOCK + 5));
    }
}
