package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.PortfolioConfig;
import dev.tradewind.runner.RunConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backtest -> analyze -> weight through the command line, on the bundled S&P 500 daily bars. */
class AnalyzeCommandTest {
    static final String SPX = "../sample-data/sp500-2000.csv.gz";
    @TempDir static Path tmp;

    @BeforeAll
    static void backtest() {
        for (String[] s : new String[][] {{"sma", "sma-cross", "fast=20"}, {"rsi", "rsi-reversion", "period=14"}}) {
            CliRun r = CliRun.of("backtest", "--data", SPX, "--strategy", s[1], "--param", s[2], "--commission", "0.05%",
                    "--out", tmp.resolve(s[0]).toString(), "-q");
            assertThat(r.code()).as(r.err()).isZero();
        }
    }

    static String trades(String name) { return tmp.resolve(name).resolve("trades.csv").toString(); }

    @Test
    void analyzePrintsTheReportAndWritesItsFiles() throws Exception {
        Path out = tmp.resolve("analysis");
        CliRun r = CliRun.of("analyze", trades("sma"), trades("rsi"), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Statistics (combined: every strategy with weight 1)", "[1] sma", "[2] rsi",
                "Correlation of daily returns (Pearson)", "longest losing streak", "Files written to " + out);
        for (String f : List.of("results.json", "equity.csv", "returns.csv", "correlation.csv")) assertThat(out.resolve(f)).exists();
        assertThat(out.resolve("portfolio.json")).doesNotExist();
    }

    @Test
    void jsonHasEveryStatisticForEveryStrategyAndTheCombination() throws Exception {
        Path out = tmp.resolve("given");
        CliRun r = CliRun.of("analyze", trades("sma"), trades("rsi"), "--json", "--capital", "20000", "--weights", "sma=0.25,rsi=0.75",
                "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.get("capital").asDouble()).isEqualTo(20_000);
        assertThat(j.get("periods_per_year").asDouble()).isEqualTo(252);
        for (JsonNode s : j.get("strategies")) {
            for (String k : List.of("name", "weight", "trades", "pct_winners", "expectancy", "avg_win", "avg_loss", "payoff_ratio",
                    "profit_factor", "max_drawdown", "sharpe", "sortino", "pct_months_profitable", "pct_weeks_profitable",
                    "longest_losing_streak")) {
                assertThat(s.has(k)).as(k).isTrue();
            }
        }
        assertThat(j.get("combined").get("weights").get("rsi").asDouble()).isEqualTo(0.75);
        assertThat(j.get("weighting").get("method").asText()).isEqualTo("given");
        assertThat(j.get("weighting").get("production_config").isNull()).isTrue();
        assertThat(out.resolve("portfolio.json")).doesNotExist(); // only weight writes a production config
        assertThat(j.get("correlation").get("matrix").get(0).get(0).asDouble()).isEqualTo(1);
    }

    @Test
    void weightWithCandidatesWritesAProductionConfigAPortfolioRunReads() throws Exception {
        List<PortfolioConfig.Member> members = new ArrayList<>();
        for (String name : List.of("rsi", "sma", "never-traded")) {
            RunConfig c = Json.read(tmp.resolve(name.equals("never-traded") ? "sma" : name).resolve("config.json"), RunConfig.class);
            members.add(new PortfolioConfig.Member(name, c.strategy(), c.symbol(), c.data(), "1d", c.params(), 0, false, c.instrument()));
        }
        PortfolioConfig candidates = new PortfolioConfig(10_000, new RunConfig.CommissionConfig(0.05, 0, 0), 0, "next-open", members);
        Path config = tmp.resolve("candidates.json");
        Files.writeString(config, Json.pretty(candidates));
        Path out = tmp.resolve("weighted");
        CliRun r = CliRun.of("weight", trades("sma"), trades("rsi"), "--method", "equal", "--config", config.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("config member 'never-traded' has no trades in the files: left out");
        PortfolioConfig p = Json.read(out.resolve("portfolio.json"), PortfolioConfig.class);
        assertThat(p.strategies()).extracting(PortfolioConfig.Member::id).containsExactly("rsi", "sma"); // the config's order
        for (int i = 0; i < 2; i++) {
            PortfolioConfig.Member m = members.get(i);
            assertThat(p.strategies().get(i)).isEqualTo(new PortfolioConfig.Member(m.id(), m.strategy(), m.symbol(), m.data(),
                    m.timeframe(), m.params(), 0.5, true, m.instrument()));
        }
        JsonNode results = Json.MAPPER.readTree(out.resolve("results.json").toFile());
        assertThat(results.get("weighting").get("method").asText()).isEqualTo("equal");
        assertThat(results.get("strategies").get(0).get("weight").asDouble()).isEqualTo(0.5);
    }

    @Test
    void everyMethodRunsFromTheCommandLine() throws Exception {
        for (String m : List.of("binary", "equal", "inverse-vol", "risk-parity", "max-sortino")) {
            CliRun r = CliRun.of("weight", trades("sma"), trades("rsi"), "--method", m, "--json");
            assertThat(r.code()).as(m + ": " + r.err()).isZero();
            JsonNode j = Json.MAPPER.readTree(r.out());
            assertThat(j.get("weighting").get("method").asText()).isEqualTo(m);
            assertThat(j.get("notes").toString()).contains("lists member ids and weights only");
        }
    }

    @Test
    void badInputIsOneLineAndExitCode2() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "strategy,exit_time,pnl\na,2024-01-02T00:00:00Z,1\na,2024-01-03T00:00:00Z,1,5O\n".replace(",1,5O", ",15O"));
        CliRun r = CliRun.of("analyze", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + bad + ":3: field 'pnl': expected a decimal number, got '15O'\n");
        assertThat(r.out()).isEmpty();
        CliRun m = CliRun.of("weight", trades("sma"), "--method", "kelly");
        assertThat(m.code()).isEqualTo(2);
        assertThat(m.err()).isEqualTo("error: --method: expected one of binary, equal, inverse-vol, risk-parity, max-sortino, got 'kelly'\n");
        CliRun by = CliRun.of("analyze", trades("sma"), "--by", "month");
        assertThat(by.code()).isEqualTo(2);
        assertThat(by.err()).isEqualTo("error: --by: expected one of strategy, symbol, file, got 'month'\n");
        CliRun none = CliRun.of("weight", trades("sma"));
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).startsWith("error: Missing required option: '--method=M'");
    }
}
