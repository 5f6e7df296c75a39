package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.RunConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paper run's chart reads the bars its stream appended to the catalog (its data names the stream, not a file). */
class PaperRunBarsTest {
    @TempDir Path dir;

    @Test
    void aPaperRunsBarsComeFromTheCatalogItAppendedTo() {
        long t0 = 1_700_000_040L * 1_000_000_000L, min = 60_000_000_000L;
        BarSeries bars = new BarSeries("FILUSDT", new long[] {t0, t0 + min, t0 + 2 * min}, new double[] {4, 4.1, 4.2},
                new double[] {4.1, 4.2, 4.3}, new double[] {3.9, 4, 4.1}, new double[] {4.1, 4.2, 4.25}, new double[] {1, 2, 3});
        try (Catalog c = Catalog.open(dir)) {
            c.importBars(bars, "FILUSDT", Timeframe.of(Duration.ofMinutes(1)), "test");
        }
        String before = System.getProperty(Catalog.PROPERTY);
        System.setProperty(Catalog.PROPERTY, dir.toString());
        try {
            RunConfig config = new RunConfig("paper:binance:future:FILUSDT:1m", null, "FILUSDT", "UTC", "close", "fail", null, null,
                    "sma-cross", null, Map.of(), 10_000.0, new RunConfig.CommissionConfig(0.04, 0, 0), 0, "next-open",
                    new RunConfig.InstrumentConfig("future", 0.001, 0.1, 1, 0.1, 0.05, 5.0, null, null, Boolean.FALSE), "leave", null);
            BarSeries read = RunBars.all(config, null);
            assertThat(read.time()).containsExactly(bars.time());
            assertThat(read.close()).containsExactly(bars.close());
        } finally {
            if (before == null) System.clearProperty(Catalog.PROPERTY);
            else System.setProperty(Catalog.PROPERTY, before);
        }
        assertThat(RunBars.liveBars("sample-data/x.csv")).isEqualTo("sample-data/x.csv");
        assertThatThrownBy(() -> RunBars.liveBars("paper:binance:FILUSDT")).isInstanceOf(UserError.class)
                .hasMessageContaining("expected paper:EXCHANGE:KIND:SYMBOL:INTERVAL");
    }
}
