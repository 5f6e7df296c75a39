package dev.tradewind.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BarSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import into bars whose column file is current compares and merges them in Java; one without goes through DuckDB's
 * join. Both must count and store the same, and an import that changes nothing must not rewrite the files.
 */
class MergeInJavaTest {
    static final long MIN = 60_000_000_000L;
    @TempDir Path tmp;

    @Test
    void theJavaMergeCountsAndStoresWhatTheParquetMergeDoes() throws Exception {
        Random rnd = new Random(16);
        Timeframe m1 = Timeframe.parse("1m");
        for (int round = 0; round < 12; round++) {
            BarSeries old = bars(rnd, 400, null);
            BarSeries add = bars(rnd, 300, old);
            ImportReport[] reports = new ImportReport[2];
            BarSeries[] stored = new BarSeries[2];
            for (int way = 0; way < 2; way++) {
                try (Catalog c = Catalog.open(tmp.resolve("r" + round + "w" + way))) {
                    c.importBars(old, "ABC", m1, "old");
                    if (way == 1) ColumnFile.delete(c.file("ABC", m1)); // DuckDB's join
                    reports[way] = c.importBars(add, "ABC", m1, "add");
                    ColumnFile.delete(c.file("ABC", m1)); // read the Parquet file itself
                    stored[way] = c.load("ABC", m1, Long.MIN_VALUE, Long.MAX_VALUE);
                }
            }
            assertThat(reports[0].summary()).as("round %d", round).isEqualTo(reports[1].summary());
            CatalogTest.assertSame(stored[0], stored[1]);
        }
    }

    @Test
    void reimportingTheSameBarsLeavesTheFilesAsTheyAre() throws Exception {
        Random rnd = new Random(7);
        Timeframe m1 = Timeframe.parse("1m");
        BarSeries bars = bars(rnd, 500, null);
        try (Catalog c = Catalog.open(tmp.resolve("same"))) {
            c.importBars(bars, "ABC", m1, "first");
            Path file = c.file("ABC", m1);
            BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
            BasicFileAttributes colsBefore = Files.readAttributes(ColumnFile.of(file), BasicFileAttributes.class);
            ImportReport again = c.importBars(bars.slice(bars.time()[100], bars.time()[200]), "ABC", m1, "again");
            assertThat(again.summary()).endsWith(": 0 new, 0 replaced, 100 unchanged; " + bars.size() + " stored");
            BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
            assertThat(after.fileKey()).isEqualTo(before.fileKey());
            assertThat(after.lastModifiedTime()).isEqualTo(before.lastModifiedTime());
            assertThat(Files.readAttributes(ColumnFile.of(file), BasicFileAttributes.class).lastModifiedTime())
                    .isEqualTo(colsBefore.lastModifiedTime());
            CatalogTest.assertSame(c.load("ABC", m1, Long.MIN_VALUE, Long.MAX_VALUE), bars);
            // one bit changed (0.0 to -0.0 compares equal, as in the Parquet merge) is still written
            double[] o = bars.open().clone();
            o[150] = o[150] == 0 ? -0.0 : 0.0;
            BarSeries flipped = new BarSeries("ABC", bars.time(), o, bars.high(), bars.low(), bars.close(), bars.volume());
            c.importBars(flipped, "ABC", m1, "flipped");
            ColumnFile.delete(file);
            CatalogTest.assertSame(c.load("ABC", m1, Long.MIN_VALUE, Long.MAX_VALUE), flipped);
        }
    }

    /**
     * {@code n} bars at random minutes; with {@code like}, about half of them at its times, of which some carry its
     * values exactly, some other values, some a zero of the other sign, some NaN where it has NaN.
     */
    static BarSeries bars(Random rnd, int n, BarSeries like) {
        long[] t = (like == null ? LongStream.range(0, 3 * n).filter(i -> rnd.nextInt(3) == 0)
                : LongStream.concat(LongStream.of(like.time()).filter(x -> rnd.nextBoolean()),
                        LongStream.range(0, 3 * n).map(i -> i * MIN).filter(x -> rnd.nextInt(4) == 0)))
                .map(x -> like == null ? x * MIN : x).sorted().distinct().toArray();
        double[][] v = new double[5][t.length];
        for (int i = 0; i < t.length; i++) {
            int k = like == null ? -1 : java.util.Arrays.binarySearch(like.time(), t[i]);
            double[][] w = like == null ? null : new double[][] {like.open(), like.high(), like.low(), like.close(), like.volume()};
            for (int c = 0; c < 5; c++) {
                int pick = rnd.nextInt(10);
                if (k >= 0 && pick < 6) v[c][i] = w[c][k];
                else if (k >= 0 && pick == 6 && w[c][k] == 0) v[c][i] = 1 / w[c][k] > 0 ? -0.0 : 0.0;
                else if (pick == 7) v[c][i] = 0.0;
                else if (pick == 8 && (k < 0 || Double.isNaN(w[c][k]))) v[c][i] = Double.NaN;
                else v[c][i] = rnd.nextInt(5) + 100;
            }
        }
        return new BarSeries("ABC", t, v[0], v[1], v[2], v[3], v[4]);
    }
}
