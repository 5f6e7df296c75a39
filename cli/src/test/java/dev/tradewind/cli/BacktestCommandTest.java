package dev.tradewind.cli;

import dev.tradewind.runner.Json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestCommandTest {
    static final String DAILY = "../sample-data/2006-day-001.txt";
    @TempDir Path tmp;

    @Test
    void jsonHasTheDocumentedKeys() throws Exception {
        CliRun r = CliRun.of("backtest", "--data", DAILY, "--strategy", "sma-cross", "--param", "fast=1", "--param", "slow=15",
                "--param", "units=1", "--json", "-q");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        for (String k : List.of("final_equity", "cash", "net_profit", "total_return", "cagr", "max_drawdown",
                "max_drawdown_duration", "sharpe", "sortino", "calmar", "trades", "win_rate", "profit_factor", "expectancy",
                "avg_win", "avg_loss", "pct_months_profitable", "pct_weeks_profitable", "exposure", "sqn", "orders_hash")) {
            assertThat(j.has(k)).as(k).isTrue();
        }
        assertThat(j.get("final_equity").asDouble()).isCloseTo(10284.10, org.assertj.core.data.Offset.offset(0.005));
    }

    @Test
    void rerunningTheWrittenConfigReproducesEveryFileByteForByte() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        CliRun first = CliRun.of("backtest", "--data", DAILY, "--strategy", "rsi-reversion", "--commission", "0.1%,1/order",
                "--slippage", "atr:0.1", "--maker-fee", "0.02", "--volume-share", "0.5", "--daily-loss", "1",
                "--signals-per", "week", "--borrow", "5", "--param", "shorts=true", "--cash-check", "submit", "--sqn-stdev",
                "population", "--out", a.toString(), "-q");
        assertThat(first.code()).as(first.err()).isZero();
        CliRun second = CliRun.of("backtest", "--config", a.resolve("config.json").toString(), "--out", b.toString(), "-q");
        assertThat(second.code()).as(second.err()).isZero();
        for (String f : List.of("trades.csv", "orders.csv", "fills.csv", "equity.csv", "signals.csv", "ledger.csv",
                "results.json", "config.json")) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
        assertThat(first.out()).isEqualTo(second.out().replace(b.toString(), a.toString()));
    }

    @Test
    void aRunThatKeepsNoStoreStillWritesTheDataHashIntoItsConfig() throws Exception {
        Path out = tmp.resolve("out"); // --no-store skips the hash only when nothing keeps it: config.json does
        CliRun.of("backtest", "--data", DAILY, "--strategy", "sma-cross", "--no-store", "--out", out.toString(), "-q").ok();
        String sha = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of(DAILY))));
        assertThat(Json.MAPPER.readTree(out.resolve("config.json").toFile()).get("data_sha256").asText()).isEqualTo(sha);
    }

    @Test
    void everyBarChecksAStrategysDeclaredSignals() throws Exception {
        String[] args = {"backtest", "--data", DAILY, "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=20",
                "--json", "--no-store", "-q"};
        CliRun passed = CliRun.of(args).ok();
        String[] stepped = java.util.Arrays.copyOf(args, args.length + 1);
        stepped[args.length] = "--every-bar";
        assertThat(CliRun.of(stepped).ok().out()).isEqualTo(passed.out()); // a right declaration: the same results
        assertThat(Json.MAPPER.readTree(passed.out()).get("trades").asInt()).isPositive();

        Path src = tmp.resolve("WrongDeclaration.java"); // buys on a bar where its declared signal does not fire
        Files.writeString(src, """
                import dev.tradewind.strategy.*;
                import dev.tradewind.model.Series;
                public class WrongDeclaration implements Strategy {
                    Series up;
                    public void onStart(Context ctx) {
                        up = ctx.indicator("crossover(sma(close,5),sma(close,20))");
                        ctx.onBarOnlyWhen(up);
                    }
                    public void onBar(Context ctx) { if (ctx.position().isFlat() && up.get() == 0) ctx.buy(1); }
                }
                """);
        CliRun quiet = CliRun.of("backtest", "--data", DAILY, "--strategy", src.toString(), "--json", "--no-store", "-q");
        CliRun every = CliRun.of("backtest", "--data", DAILY, "--strategy", src.toString(), "--json", "--no-store", "-q", "--every-bar");
        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(every.code()).as(every.err()).isZero();
        assertThat(Json.MAPPER.readTree(quiet.out()).get("open_position").asDouble()).isEqualTo(0.0);
        assertThat(Json.MAPPER.readTree(every.out()).get("open_position").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aStrategyInASingleJavaFileIsCompiledAndRun() throws Exception {
        Path src = tmp.resolve("BuyAndHold.java");
        Files.writeString(src, """
                import dev.tradewind.strategy.*;
                public class BuyAndHold implements Strategy {
                    @Param(description = "units to buy", min = 1) int units = 1;
                    public void onBar(Context ctx) { if (ctx.barIndex() == 0) ctx.buy(units); }
                }
                """);
        CliRun r = CliRun.of("backtest", "--data", DAILY, "--strategy", src.toString(), "--param", "units=2", "--json", "-q");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertThat(j.get("open_position").asDouble()).isEqualTo(2.0);
        assertThat(j.get("params").get("units").asText()).isEqualTo("2");
    }

    @Test
    void aCompileErrorIsOneLineWithFileAndLine() throws Exception {
        Path src = tmp.resolve("Broken.java");
        Files.writeString(src, "import dev.tradewind.strategy.*;\npublic class Broken implements Strategy {\n"
                + "    public void onBar(Context ctx) { ctx.buy(\"one\"); }\n}\n");
        CliRun r = CliRun.of("backtest", "--data", DAILY, "--strategy", src.toString(), "-q");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + src + ":3: ").doesNotContain("Exception").hasLineCount(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badDataIsOneLineWithFileLineAndField() throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "date,open,high,low,close,volume\n2024-01-02,1,2,0.5,1.5,10\n2024-01-03,1,abc,0.5,1.5,10\n");
        CliRun r = CliRun.of("backtest", "--data", csv.toString(), "--strategy", "sma-cross", "-q");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + csv + ":3: ").contains("high").contains("abc").hasLineCount(1);
    }

    @Test
    void badParametersAndOptionsAreOneLineErrors() {
        CliRun p = CliRun.of("backtest", "--data", DAILY, "--strategy", "sma-cross", "--param", "fast=0", "-q");
        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err().strip()).isEqualTo("error: parameter 'fast': expected an integer between 1 and 1000, got '0'");
        CliRun u = CliRun.of("backtest", "--data", DAILY, "--strategy", "nope", "-q");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("unknown strategy 'nope'");
        CliRun c = CliRun.of("backtest", "--data", DAILY, "--strategy", "sma-cross", "--commission", "ten", "-q");
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("--commission");
        CliRun t = CliRun.of("backtest", "--data", DAILY, "--strategy", "trend-day", "--param", "sessionStart=975", "-q");
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err().strip()).isEqualTo("error: parameter 'sessionStart': expected a time HHMM (e.g. 930), got '975'");
    }

    @Test
    void strategiesListsEveryBuiltInWithItsSchema() {
        CliRun r = CliRun.of("strategies");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("sma-cross", "ema-cross", "rsi-reversion", "donchian-breakout", "opening-range-breakout",
                "volatility-breakout", "trend-day", "reversal-breakout", "sr-breakout",
                "fast SMA length");
    }
}
