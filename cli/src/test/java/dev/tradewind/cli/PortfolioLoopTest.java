package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.runner.Json;
import dev.tradewind.runner.PortfolioConfig;
import dev.tradewind.runner.RunConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backtest each -> analyze -> weight -> portfolio backtest, with no hand editing between the steps. */
class PortfolioLoopTest {
    @TempDir Path tmp;

    @Test
    void batchWeightAndPortfolioCloseTheLoop() throws Exception {
        var fil = new RunConfig.InstrumentConfig("future", 0.001, 0.1, 1, 0.1);
        var near = new RunConfig.InstrumentConfig("future", 0.001, 1, 1, 0.1);
        PortfolioConfig candidates = new PortfolioConfig(30_000, new RunConfig.CommissionConfig(0.04, 0, 0), 1, "next-open", List.of(
                new PortfolioConfig.Member("sma/FIL/15m", "sma-cross", "FILUSDT", "../sample-data/FILUSDT-1m-2023-08.csv.gz", "15m",
                        Map.of("fast", "8", "slow", "32"), 0.3, true, fil),
                new PortfolioConfig.Member("ema/FIL/1h", "ema-cross", "FILUSDT", "../sample-data/FILUSDT-1m-2023-08.csv.gz", "1h",
                        Map.of(), 0.3, true, fil),
                new PortfolioConfig.Member("rsi/NEAR/1m", "rsi-reversion", "NEARUSDT", "../sample-data/NEARUSDT-1m-2023-08.csv.gz",
                        "1m", Map.of("shorts", "true"), 0.3, true, near)));
        Path cands = tmp.resolve("candidates.json");
        Files.writeString(cands, Json.pretty(candidates));

        CliRun batch = CliRun.of("batch", "--config", cands.toString(), "--out", tmp.resolve("batch").toString(), "-q");
        assertThat(batch.code()).as(batch.err()).isZero();
        Path trades = tmp.resolve("batch/trades.csv");
        assertThat(Files.readAllLines(trades).get(0)).startsWith("strategy,");
        assertThat(Files.readAllLines(trades)).anyMatch(l -> l.startsWith("sma/FIL/15m,"))
                .anyMatch(l -> l.startsWith("ema/FIL/1h,")).anyMatch(l -> l.startsWith("rsi/NEAR/1m,"));

        CliRun analyze = CliRun.of("analyze", trades.toString(), "--capital", "30000");
        assertThat(analyze.code()).as(analyze.err()).isZero();

        Path weighted = tmp.resolve("weights");
        CliRun weight = CliRun.of("weight", trades.toString(), "--method", "equal", "--config", cands.toString(), "--out",
                weighted.toString());
        assertThat(weight.code()).as(weight.err()).isZero();
        Path production = weighted.resolve("portfolio.json");
        assertThat(production).exists();

        Path out = tmp.resolve("portfolio");
        CliRun portfolio = CliRun.of("portfolio", "--config", production.toString(), "--out", out.toString());
        assertThat(portfolio.code()).as(portfolio.err()).isZero();
        assertThat(portfolio.out()).contains("sma/FIL/15m", "ema/FIL/1h", "rsi/NEAR/1m");
        var results = Json.MAPPER.readTree(out.resolve("results.json").toFile());
        double sum = 0;
        for (var e : results.get("pnl_by_strategy")) sum += e.asDouble();
        double account = results.get("account").get("net_profit").asDouble();
        assertThat(sum).isCloseTo(account, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Files.readAllLines(out.resolve("netted.csv")).size()).isGreaterThan(1);
    }

    @Test
    void aPortfolioRegisteredInTheStoreRunsFromThere() throws Exception {
        var fil = new RunConfig.InstrumentConfig("future", 0.001, 0.1, 1, 0.1);
        PortfolioConfig c = new PortfolioConfig(20_000, null, 0, null, List.of(
                new PortfolioConfig.Member("sma/FIL/15m", "sma-cross", "FILUSDT", "../sample-data/FILUSDT-1m-2023-08.csv.gz", "15m",
                        Map.of("fast", "8", "slow", "32"), 0.5, true, fil),
                new PortfolioConfig.Member("ema/FIL/1h", "ema-cross", "FILUSDT", "../sample-data/FILUSDT-1m-2023-08.csv.gz", "1h",
                        Map.of(), 0.4, false, fil)));
        Path cfg = tmp.resolve("p.json");
        Files.writeString(cfg, Json.pretty(c));
        String store = tmp.resolve("runs.db").toString();
        CliRun imp = CliRun.of("registry", "import", cfg.toString(), "--store", store);
        assertThat(imp.code()).as(imp.err()).isZero();
        CliRun list = CliRun.of("registry", "list", "--store", store);
        assertThat(list.out()).contains("sma/FIL/15m", "ema/FIL/1h");
        CliRun run = CliRun.of("portfolio", "--from-store", "--store", store, "--cash", "20000", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        var results = Json.MAPPER.readTree(run.out());
        assertThat(results.get("strategies").has("sma/FIL/15m")).isTrue();
        assertThat(results.get("strategies").has("ema/FIL/1h")).as("disabled in the registry").isFalse();
        assertThat(results.get("strategies").get("sma/FIL/15m").get("allocated").asDouble()).isEqualTo(10_000.0);
        CliRun neither = CliRun.of("portfolio");
        assertThat(neither.code()).isEqualTo(2);
    }

    @Test
    void perStrategyTradeFiles() throws Exception {
        var fil = new RunConfig.InstrumentConfig("spot", 0.01, 1, 1, 1);
        PortfolioConfig c = new PortfolioConfig(10_000, null, 0, null, List.of(
                new PortfolioConfig.Member("a", "sma-cross", null, "../sample-data/2006-day-001.txt", null,
                        Map.of("fast", "1", "slow", "15", "units", "1"), 0.5, true, fil),
                new PortfolioConfig.Member("b", "rsi-reversion", null, "../sample-data/2006-day-001.txt", "1w", Map.of(), 0.5, true, fil)));
        Path cfg = tmp.resolve("c.json");
        Files.writeString(cfg, Json.pretty(c));
        CliRun r = CliRun.of("batch", "--config", cfg.toString(), "--out", tmp.resolve("b").toString(), "--trades", "per-strategy", "-q");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(tmp.resolve("b/a.trades.csv")).exists();
        assertThat(tmp.resolve("b/b.trades.csv")).exists();
        CliRun bad = CliRun.of("batch", "--config", cfg.toString(), "--out", tmp.resolve("b").toString(), "--trades", "two");
        assertThat(bad.code()).isEqualTo(2);
    }
}
