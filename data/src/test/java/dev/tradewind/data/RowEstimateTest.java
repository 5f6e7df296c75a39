package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowEstimateTest {
    @TempDir Path dir;

    @Test
    void aFileWithinTheSampleIsCountedExactly() throws IOException {
        String csv = bars(1000);
        assertThat(RowEstimate.rows(write("a.csv", csv, false))).isEqualTo(1000);
        assertThat(RowEstimate.rows(write("a.csv.gz", csv, true))).isEqualTo(1000);
        assertThat(RowEstimate.rows(write("b.csv", csv.strip(), false))).as("no newline at the end").isEqualTo(1000);
        assertThat(RowEstimate.rows(write("c.csv", "time,open,high,low,close,volume\n", false))).isZero();
        assertThat(RowEstimate.rows(write("d.csv", "", false))).isZero();
    }

    @Test
    void aLargeFileIsEstimatedFromItsSize() throws IOException {
        String csv = bars(200_000); // about 12 MB of text, 12 times the sample
        assertThat((double) RowEstimate.rows(write("big.csv", csv, false))).isCloseTo(200_000, within(2_000.0));
        // gzip: the compression ratio of the sampled text stands for the whole file's
        assertThat((double) RowEstimate.rows(write("big.csv.gz", csv, true))).isCloseTo(200_000, within(20_000.0));
    }

    @Test
    void linesLongerThanTheSampleGiveNoEstimate() throws IOException {
        String csv = "a\n" + "9".repeat(RowEstimate.SAMPLE + 10) + "\n1\n";
        assertThat(RowEstimate.rows(write("long.csv", csv, false))).isEqualTo(-1);
    }

    private static String bars(int n) {
        Random r = new Random(1);
        StringBuilder s = new StringBuilder("open_time,open,high,low,close,volume\n");
        double p = 100;
        for (int i = 0; i < n; i++) {
            double next = p * (1 + r.nextGaussian() * 0.001);
            s.append(1_704_067_200_000L + 60_000L * i).append(',').append(p).append(',').append(Math.max(p, next) + 0.01)
                    .append(',').append(Math.min(p, next) - 0.01).append(',').append(next).append(',')
                    .append(String.format(Locale.ROOT, "%.1f", r.nextDouble() * 1000)).append('\n');
            p = next;
        }
        return s.toString();
    }

    private Path write(String name, String text, boolean gzip) throws IOException {
        Path f = dir.resolve(name);
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(f)) : Files.newOutputStream(f)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }
}
