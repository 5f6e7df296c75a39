package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.PortfolioConfig;
import dev.tradewind.runner.RunConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** batch and analyze name which PnL they show, and show the same number for the same thing. */
class BatchAnalyzeAgreementTest {
    @TempDir Path tmp;

    @Test
    void closedTradePnlIsTheSameInBatchAndAnalyzeAndTheOpenTradeIsShownApart() throws Exception {
        var fil = new RunConfig.InstrumentConfig("future", 0.001, 0.1, 1, 0.1);
        PortfolioConfig c = new PortfolioConfig(30_000, new RunConfig.CommissionConfig(0.04, 0, 0), 1, "next-open", List.of(
                new PortfolioConfig.Member("sma/FIL/15m", "sma-cross", "FILUSDT", "../sample-data/FILUSDT-1m-2023-08.csv.gz", "15m",
                        Map.of("fast", "8", "slow", "32"), 0.5, true, fil),
                new PortfolioConfig.Member("ema/FIL/1h", "ema-cross", "FILUSDT", "../sample-data/FILUSDT-1m-2023-08.csv.gz", "1h",
                        Map.of(), 0.5, true, fil)));
        Path cfg = tmp.resolve("c.json");
        Files.writeString(cfg, Json.pretty(c));
        CliRun batch = CliRun.of("batch", "--config", cfg.toString(), "--out", tmp.resolve("b").toString(), "-q").ok();
        assertThat(batch.out()).contains("closed pnl", "open pnl", "total pnl", "what trades.csv holds and analyze reports as net profit");
        Map<String, double[]> rows = new HashMap<>();
        for (String line : batch.out().lines().toList()) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 5 && f[0].contains("/")) {
                rows.put(f[0], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])});
            }
        }
        assertThat(rows).containsOnlyKeys("sma/FIL/15m", "ema/FIL/1h");
        assertThat(rows.values()).anyMatch(r -> Math.abs(r[1]) > 1); // a member ends with an open trade: the case that differed
        for (double[] r : rows.values()) assertThat(r[0] + r[1]).isCloseTo(r[2], within(0.011));

        CliRun analyze = CliRun.of("analyze", tmp.resolve("b/trades.csv").toString(), "--capital", "15000", "--json").ok();
        JsonNode a = Json.MAPPER.readTree(analyze.out());
        assertThat(a.get("pnl_basis").asText()).startsWith("closed trades");
        for (JsonNode s : a.get("strategies")) {
            assertThat(s.get("net_profit").asDouble()).as(s.get("name").asText())
                    .isCloseTo(rows.get(s.get("name").asText())[0], within(0.006));
        }
        CliRun report = CliRun.of("analyze", tmp.resolve("b/trades.csv").toString(), "--capital", "15000").ok();
        assertThat(report.out()).contains("net profit (closed)", "a trade still open at the end of a run is in no trades file");
    }
}
