package dev.tradewind.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BarSeries;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bars in memory merged into the catalog, as a file import merges. */
class ImportBarsTest {
    static final long MIN = 60_000_000_000L;
    @TempDir Path dir;

    static BarSeries bars(long first, double... closes) {
        int n = closes.length;
        long[] t = new long[n];
        for (int i = 0; i < n; i++) t[i] = first + i * MIN;
        return new BarSeries("X", t, closes.clone(), closes.clone(), closes.clone(), closes.clone(), new double[n]);
    }

    @Test
    void mergesByTimeTheNewBarsWinning() throws Exception {
        Timeframe m1 = Timeframe.parse("1m");
        try (Catalog c = Catalog.open(dir)) {
            ImportReport a = c.importBars(bars(0, 1, 2, 3), "FILUSDT", m1, "download");
            assertThat(a.added()).isEqualTo(3);
            assertThat(a.load().source()).isEqualTo("download");
            ImportReport b = c.importBars(bars(2 * MIN, 3, 40, 5), "FILUSDT", m1, "download");
            assertThat(new long[] {b.added(), b.replaced(), b.unchanged(), b.total()}).containsExactly(2, 0, 1, 5);
            assertThat(c.load("FILUSDT", m1, Long.MIN_VALUE, Long.MAX_VALUE).close()).containsExactly(1, 2, 3, 40, 5);
            assertThatThrownBy(() -> c.importBars(new BarSeries("X", new long[] {MIN, 0}, new double[2], new double[2],
                    new double[2], new double[2], new double[2]), "FILUSDT", m1, "x")).hasMessage("bars out of order at 1");
        }
    }
}
