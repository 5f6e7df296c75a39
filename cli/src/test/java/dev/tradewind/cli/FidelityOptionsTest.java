package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backtrader-fidelity options through the CLI: each reaches the run, the report, results.json and config.json. */
class FidelityOptionsTest {
    static final String DAILY = "../sample-data/2006-day-001.txt";
    static final String FIL = "../sample-data/FILUSDT-1m-2023-08.csv.gz";
    @TempDir Path tmp;

    @Test
    void aFuturesRunWithEveryNewOptionIsReproducedByteForByteFromItsConfig() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        CliRun first = CliRun.of("backtest", "--data", DAILY, "--strategy", "ema-cross", "--kind", "future", "--margin",
                "1000/contract", "--maintenance", "400/contract", "--cash-check", "submit", "--sqn-stdev", "population",
                "--tick", "0", "--slippage-bps", "3", "--cash", "100000", "--out", a.toString(), "-q", "--no-store");
        assertThat(first.code()).as(first.err()).isZero();
        JsonNode config = Json.MAPPER.readTree(a.resolve("config.json").toFile());
        assertThat(config.get("instrument").get("margin_per_contract").asDouble()).isEqualTo(1000);
        assertThat(config.get("instrument").get("maintenance_per_contract").asDouble()).isEqualTo(400);
        assertThat(config.get("instrument").get("tick").asDouble()).isZero();
        assertThat(config.get("instrument").get("tick_inferred").asBoolean()).isFalse();
        assertThat(config.get("rules").get("cash_check").asText()).isEqualTo("submit");
        assertThat(config.get("sqn_stdev").asText()).isEqualTo("population");
        CliRun second = CliRun.of("backtest", "--config", a.resolve("config.json").toString(), "--out", b.toString(), "-q",
                "--no-store");
        assertThat(second.code()).as(second.err()).isZero();
        for (String f : List.of("trades.csv", "orders.csv", "fills.csv", "equity.csv", "signals.csv", "ledger.csv",
                "results.json", "config.json")) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
        assertThat(first.out()).isEqualTo(second.out().replace(b.toString(), a.toString()))
                .contains("1000 per contract", "max margin used", "(population stdev)", "tick        none", "cash check");
        assertThat(Files.readAllLines(a.resolve("equity.csv")).get(0)).endsWith(",margin_used,margin_available");
        JsonNode results = Json.MAPPER.readTree(a.resolve("results.json").toFile());
        assertThat(results.get("max_margin_used").asDouble()).isGreaterThan(1000);
        assertThat(results.get("sqn_stdev").asText()).isEqualTo("population");
    }

    @Test
    void slippageBelowHalfATickIsChargedAsATickAndTheReportSaysSo() throws Exception {
        String[] base = {"backtest", "--data", FIL, "--strategy", "sma-cross", "--commission", "0.04%", "--tick", "0.001",
            "--lot", "0.1", "-q", "--no-store"};
        JsonNode none = json(base, "--slippage-bps", "0");
        JsonNode one = json(base, "--slippage-bps", "1");
        assertThat(one.get("orders_hash").asText()).isNotEqualTo(none.get("orders_hash").asText());
        assertThat(one.get("final_equity").asDouble()).isLessThan(none.get("final_equity").asDouble());
        assertThat(one.get("slippage_requested_bps").asDouble()).isBetween(0.999, 1.001);
        assertThat(one.get("slippage_effective_bps").asDouble()).isBetween(2.0, 3.0); // one 0.001 tick at about 4.2
        CliRun report = CliRun.of(concat(base, "--slippage-bps", "1"));
        assertThat(report.out()).containsPattern("slippage +requested 1\\.00 bps, effective average 2\\.\\d\\d bps over \\d+ fills");
        assertThat(CliRun.of(concat(base, "--slippage-bps", "0")).out()).doesNotContain("effective average");
    }

    @Test
    void orderPricesRoundedToAnInferredTickAreReportedAndTickZeroTurnsRoundingOff() throws Exception {
        Path src = tmp.resolve("OddStop.java");
        Files.writeString(src, """
                import dev.tradewind.strategy.*;
                public class OddStop implements Strategy {
                    public void onBar(Context ctx) {
                        if (ctx.barIndex() == 0) ctx.buyStop(1, ctx.close() * 1.0012345);
                    }
                }
                """);
        CliRun inferred = CliRun.of("backtest", "--data", DAILY, "--strategy", src.toString(), "-q", "--no-store");
        assertThat(inferred.code()).as(inferred.err()).isZero();
        assertThat(inferred.out()).containsPattern("tick +0\\.01 \\(inferred from the data's decimals\\); 1 order price rounded "
                + "to it \\(first 3608\\.7795\\d* -> 3608\\.78\\); set --tick, or --tick 0 for none");
        JsonNode j = json(new String[] {"backtest", "--data", DAILY, "--strategy", src.toString(), "-q", "--no-store"});
        assertThat(j.get("tick").asDouble()).isEqualTo(0.01);
        assertThat(j.get("tick_inferred").asBoolean()).isTrue();
        assertThat(j.get("prices_rounded").asInt()).isEqualTo(1);
        JsonNode none = json(new String[] {"backtest", "--data", DAILY, "--strategy", src.toString(), "--tick", "0", "-q", "--no-store"});
        assertThat(none.get("tick").asDouble()).isZero();
        assertThat(none.get("tick_inferred").asBoolean()).isFalse();
        assertThat(none.get("prices_rounded").asInt()).isZero();
    }

    @Test
    void anInferredTickIsInferredAgainWhenTheConfigIsRunOnOtherData() throws Exception {
        Path a = tmp.resolve("fil");
        CliRun.of("backtest", "--data", FIL, "--strategy", "sma-cross", "--from", "2023-08-01", "--to", "2023-08-02", "--out",
                a.toString(), "-q", "--no-store").ok();
        JsonNode config = Json.MAPPER.readTree(a.resolve("config.json").toFile());
        assertThat(config.get("instrument").get("tick").asDouble()).isEqualTo(0.001);
        assertThat(config.get("instrument").get("tick_inferred").asBoolean()).isTrue();
        JsonNode other = json(new String[] {"backtest", "--config", a.resolve("config.json").toString(), "--data", DAILY,
            "--from", "2006-01-01", "--to", "2007-01-01", "-q", "--no-store"});
        assertThat(other.get("tick").asDouble()).isEqualTo(0.01);
        assertThat(other.get("tick_inferred").asBoolean()).isTrue();
        JsonNode given = json(new String[] {"backtest", "--config", a.resolve("config.json").toString(), "--tick", "0.01",
            "-q", "--no-store"});
        assertThat(given.get("tick_inferred").asBoolean()).isFalse();
    }

    @Test
    void resultsCarryReturnsByPeriodKeyedByTheirStartDate() throws Exception {
        JsonNode j = json(new String[] {"backtest", "--data", DAILY, "--strategy", "sma-cross", "--param", "units=1", "-q",
            "--no-store"});
        JsonNode returns = j.get("returns");
        assertThat(returns.get("daily").size()).isEqualTo(j.get("bars").asInt());
        assertThat(returns.get("weekly").has("2006-01-02")).isTrue(); // a Monday
        assertThat(returns.get("monthly").size()).isEqualTo(12);
        assertThat(returns.get("monthly").has("2006-02-01")).isTrue();
        assertThat(returns.get("yearly").get("2006-01-01").asDouble()).isCloseTo(j.get("total_return").asDouble(),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(j.get("sqn_stdev").asText()).isEqualTo("sample");
        assertThat(j.get("margin_used").asDouble()).isZero();
    }

    @Test
    void badValuesOfTheNewOptionsAreOneLineErrors() {
        String[] base = {"backtest", "--data", DAILY, "--strategy", "sma-cross", "-q", "--no-store"};
        assertOneLine(CliRun.of(concat(base, "--cash-check", "later")), "--cash-check: expected fill or submit, got 'later'");
        assertOneLine(CliRun.of(concat(base, "--sqn-stdev", "n")), "--sqn-stdev: expected sample or population, got 'n'");
        assertOneLine(CliRun.of(concat(base, "--margin", "lots/contract")), "--margin: expected a rate such as 0.1");
        assertOneLine(CliRun.of(concat(base, "--margin", "1000/contract")), "a margin per contract needs --kind future");
        assertOneLine(CliRun.of(concat(base, "--kind", "future", "--margin", "0.1", "--maintenance", "5/contract")),
                "a maintenance per contract needs --margin X/contract");
        assertOneLine(CliRun.of(concat(base, "--tick", "-1")), "--tick: expected a number >= 0");
    }

    private static void assertOneLine(CliRun r, String text) {
        assertThat(r.code()).as(r.out()).isEqualTo(2);
        assertThat(r.err()).contains(text).doesNotContain("Exception").hasLineCount(1);
    }

    private static JsonNode json(String[] args, String... more) throws Exception {
        CliRun r = CliRun.of(concat(concat(args, more), "--json"));
        assertThat(r.code()).as(r.err()).isZero();
        return Json.MAPPER.readTree(r.out());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
