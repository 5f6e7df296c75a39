package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineCountTest {
    @TempDir Path tmp;

    /** Every byte value, in every position of a word, with line feeds next to bytes that differ from one in a bit. */
    @Property(tries = 500)
    void countsTheLineFeedsAsAByteLoopDoes(@ForAll @Size(max = 100) byte[] bytes, @ForAll @Size(max = 100) byte[] feeds) {
        byte[] all = new byte[bytes.length + feeds.length];
        for (int i = 0; i < all.length; i++) {
            // interleave: random bytes, and bytes near a line feed (0x0A, 0x0B, 0x08, 0x8A, 0x00)
            all[i] = i % 2 == 0 && i / 2 < feeds.length ? new byte[] {0x0A, 0x0B, 0x08, (byte) 0x8A, 0x00}[Math.floorMod(feeds[i / 2], 5)]
                    : i / 2 < bytes.length ? bytes[i / 2] : 0x0A;
        }
        ByteBuffer buf = ByteBuffer.allocateDirect(all.length + 8).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(all);
        long naive = 0;
        for (byte b : all) if (b == '\n') naive++;
        assertThat(LineCount.feeds(buf, all.length)).isEqualTo(naive);
    }

    static long await(LineCount c) throws InterruptedException {
        for (int i = 0; i < 3000 && c.lines() < 0; i++) Thread.sleep(5);
        return c.lines();
    }

    @Test
    void aLastLineWithoutALineFeedCountsAndEmptyLinesCount() throws Exception {
        Path f = tmp.resolve("a.csv");
        for (String text : new String[] {"", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\n\n\nb\n", "\n"}) {
            Files.writeString(f, text);
            long expected = text.isEmpty() ? 0 : text.split("\n", -1).length - (text.endsWith("\n") ? 1 : 0);
            try (LineCount c = LineCount.start(f)) {
                assertThat(await(c)).as(text.replace("\n", "\\n")).isEqualTo(expected);
            }
        }
    }

    @Test
    void countsAFileLargerThanItsBuffer() throws Exception {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 100_000; i++) s.append(i).append(",1.5,2.25\n");
        Path f = tmp.resolve("big.csv");
        Files.writeString(f, s);
        try (LineCount c = LineCount.start(f)) {
            assertThat(await(c)).isEqualTo(100_000);
        }
    }

    @Test
    void givesNoCountForGzipOrAMissingFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write("a\nb\nc\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        Path f = tmp.resolve("a.csv.gz");
        Files.write(f, out.toByteArray());
        try (LineCount gz = LineCount.start(f); LineCount missing = LineCount.start(tmp.resolve("none.csv"))) {
            Thread.sleep(200);
            assertThat(gz.lines()).isEqualTo(-1);
            assertThat(missing.lines()).isEqualTo(-1);
        }
    }
}
