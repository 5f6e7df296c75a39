package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Json;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoredRun;
import dev.tradewind.store.testing.Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The option and futures built-ins from the command line, on the bundled S&P 500 closes: with the settings of their
 * golden tests (OptionsGoldenTest, FuturesGoldenTest: from 2016-01-04, symbol SPX, tick 0.01, lot 1, 100,000 cash) they
 * send exactly the orders the Java API sends, and every report says their prices are modelled.
 */
class OptionsCommandTest {
    static final String SPX = "../sample-data/sp500-2000.csv.gz";
    static final String SURFACE = "../sample-data/chains/full/spxw20190626.csv.gz";
    @TempDir Path tmp;

    static CliRun golden(String strategy, String... more) {
        List<String> args = new ArrayList<>(List.of("backtest", "--data", SPX, "--strategy", strategy, "--from", "2016-01-04",
                "--symbol", "SPX", "--tick", "0.01", "--lot", "1", "--no-store", "--json", "-q"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theBuiltInsSendTheOrdersOfTheirGoldenTests() throws Exception {
        // hashes and final equities of OptionsGoldenTest and FuturesGoldenTest
        String[][] cases = {
                {"short-straddle", "11ec2a23653aa0b382aafecb729ad0affd905c49eb332c075595c6b79ac4687d", "296930.31029999285",
                        "options: modelled, constant volatility 18%"},
                {"iron-condor", "d5313b52137b5ad1704f57acedcbe4f2005f6b8e7443e0c5dc0cab4f75fe01a8", "132484.09857192365",
                        "options: modelled, constant volatility 18%"},
                {"rolled-futures", "43a75f599beee060ba504250480e1e0773aa71512859bb2a26a9d800854e38f0", "139622.5",
                        "futures: modelled, cost of carry (rate 2%, dividend yield 1.5%)"}};
        for (String[] c : cases) {
            CliRun r = golden(c[0]);
            assertThat(r.code()).as(c[0] + ": " + r.err()).isZero();
            JsonNode j = Json.MAPPER.readTree(r.out());
            assertThat(j.get("orders_hash").asText()).as(c[0]).isEqualTo(c[1]);
            assertThat(j.get("final_equity").asDouble()).as(c[0]).isEqualTo(Double.parseDouble(c[2]));
            assertThat(j.get("pricing").asText()).as(c[0]).isEqualTo(c[3]);
            // the cash the golden tests start with is the default of a run with a desk
            assertThat(j.get("final_equity").asDouble() - j.get("net_profit").asDouble()).isEqualTo(100_000.0);
        }
        // the flags that restate the declared desk change nothing
        CliRun again = golden("short-straddle", "--options", "SPXW", "--option-vol", "0.18");
        assertThat(Json.MAPPER.readTree(again.ok().out()).get("orders_hash").asText()).isEqualTo(cases[0][1]);
        CliRun es = golden("rolled-futures", "--futures", "es");
        assertThat(Json.MAPPER.readTree(es.ok().out()).get("orders_hash").asText()).isEqualTo(cases[2][1]);
    }

    @Test
    void theFlagsChangeThePricingAndTheLabelSaysHow() throws Exception {
        JsonNode vol = Json.MAPPER.readTree(golden("short-straddle", "--option-vol", "0.25").ok().out());
        assertThat(vol.get("pricing").asText()).isEqualTo("options: modelled, constant volatility 25%");
        assertThat(vol.get("orders_hash").asText()).isNotEqualTo("11ec2a23653aa0b382aafecb729ad0affd905c49eb332c075595c6b79ac4687d");

        JsonNode surface = Json.MAPPER.readTree(golden("iron-condor", "--vol-surface", SURFACE).ok().out());
        assertThat(surface.get("pricing").asText()).isEqualTo("options: modelled, surface from spxw20190626.csv.gz");
        assertThat(surface.get("orders_hash").asText()).isNotEqualTo("d5313b52137b5ad1704f57acedcbe4f2005f6b8e7443e0c5dc0cab4f75fe01a8");

        // SPX monthlies: the straddle sells the third-Friday expiry, not a weekly
        Path out = tmp.resolve("spx");
        CliRun monthly = CliRun.of("backtest", "--data", SPX, "--strategy", "short-straddle", "--options", "spx", "--no-store", "-q",
                "--out", out.toString());
        assertThat(monthly.code()).as(monthly.err()).isZero();
        List<String> orders = Files.readAllLines(out.resolve("orders.csv"));
        assertThat(orders.get(1)).contains(",sp500 2015-01-16 ");
        // every contract expires on a third Friday (the Thursday before when that Friday is a holiday)
        assertThat(orders.stream().skip(1).map(l -> java.time.LocalDate.parse(l.split(",")[2].split(" ")[1])).distinct())
                .hasSizeGreaterThan(50)
                .allMatch(d -> d.getDayOfMonth() >= 14 && d.getDayOfMonth() <= 21 && d.getDayOfWeek().getValue() >= 4 && d.getDayOfWeek().getValue() <= 5);
        JsonNode config = Json.MAPPER.readTree(out.resolve("config.json").toFile());
        assertThat(config.get("desk").get("options").asText()).isEqualTo("spx");
        assertThat(config.get("from").asText()).isEqualTo("2015-01-01"); // the SPX calendar's first day
    }

    @Test
    void withoutFlagsTheConsoleAndFilesSayThePricesAreModelled() throws Exception {
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("backtest", "--data", SPX, "--strategy", "short-straddle", "--no-store", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("pricing\\s+options: modelled, constant volatility 18% \\(not recorded prices\\)")
                .containsPattern("starting cash\\s+100000.00").containsPattern("period\\s+2016-01-04");
        JsonNode results = Json.MAPPER.readTree(out.resolve("results.json").toFile());
        assertThat(results.get("pricing").asText()).isEqualTo("options: modelled, constant volatility 18%");
        assertThat(results.get("trades").asInt()).isGreaterThan(100);
        JsonNode config = Json.MAPPER.readTree(out.resolve("config.json").toFile());
        assertThat(config.get("desk").get("options").asText()).isEqualTo("spxw");
        assertThat(config.get("desk").get("option_vol").asDouble()).isEqualTo(0.18);
        assertThat(config.get("from").asText()).isEqualTo("2016-01-01");
        assertThat(Files.readString(out.resolve("log.txt"))).contains("options: prices modelled, constant volatility 18%");

        // the config reruns the same run, byte for byte
        Path again = tmp.resolve("again");
        CliRun.of("backtest", "--config", out.resolve("config.json").toString(), "--no-store", "-q", "--out", again.toString()).ok();
        for (String f : List.of("orders.csv", "results.json", "config.json")) {
            assertThat(Files.readAllBytes(again.resolve(f))).as(f).isEqualTo(Files.readAllBytes(out.resolve(f)));
        }
        // a spot strategy's results have no pricing and no desk, as before
        Path plain = tmp.resolve("plain");
        CliRun.of("backtest", "--data", SPX, "--strategy", "sma-cross", "--no-store", "-q", "--out", plain.toString()).ok();
        assertThat(Json.MAPPER.readTree(plain.resolve("results.json").toFile()).has("pricing")).isFalse();
        assertThat(Json.MAPPER.readTree(plain.resolve("config.json").toFile()).has("desk")).isFalse();
        assertThat(Json.MAPPER.readTree(plain.resolve("config.json").toFile()).get("cash").asDouble()).isEqualTo(10_000.0);
    }

    @Test
    void aChangedSurfaceFileIsRefusedOnARerun() throws Exception {
        Path surface = tmp.resolve("chain.csv.gz");
        Files.copy(Path.of(SURFACE), surface);
        Path out = tmp.resolve("out");
        CliRun.of("backtest", "--data", SPX, "--strategy", "short-straddle", "--vol-surface", surface.toString(), "--to", "2016-03-01",
                "--no-store", "-q", "--out", out.toString()).ok();
        Files.copy(Path.of("../sample-data/chains/full/spxw20250903.csv.gz"), surface, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliRun r = CliRun.of("backtest", "--config", out.resolve("config.json").toString(), "--no-store", "-q");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: --vol-surface " + surface + ": the file changed since the run was configured").hasLineCount(1);
    }

    @Test
    void badValuesAndAMissingDeskAreOneLineWithExitCode2() throws Exception {
        String[][] cases = {
                {"--strategy", "short-straddle", "--options", "weekly"},
                {"--strategy", "short-straddle", "--option-vol", "18"},
                {"--strategy", "short-straddle", "--option-vol", "0"},
                {"--strategy", "short-straddle", "--vol-surface", "no-such-chain.csv"},
                {"--strategy", "short-straddle", "--vol-surface", SPX},
                {"--strategy", "short-straddle", "--vol-surface", SURFACE, "--option-vol", "0.2"},
                {"--strategy", "sma-cross", "--option-vol", "0.2"},
                {"--strategy", "rolled-futures", "--futures", "nq"},
                {"--strategy", "iron-condor", "--from", "2010-01-01"}};
        String[] expected = {
                "error: --options: expected an expiry calendar, one of spxw, spx, nifty, banknifty, got 'weekly'",
                "error: --option-vol: expected an annual volatility above 0 and at most 5, such as 0.18 for 18%, got 18",
                "error: --option-vol: expected an annual volatility above 0 and at most 5, such as 0.18 for 18%, got 0",
                "error: --vol-surface no-such-chain.csv: no such file (a chain snapshot, e.g. sample-data/chains/spxw20190626.csv.gz)",
                "error: --vol-surface: " + SPX + ":1: unknown layout",
                "error: --option-vol and --vol-surface: give one of them, not both",
                "error: --option-vol prices options, but the run has none: add --options spxw|spx|nifty|banknifty",
                "error: --futures: expected a futures contract, one of es, got 'nq'",
                "error: --from 2010-01-01 is before the SPXW expiry calendar, which lists contracts from 2016-01-01: give --from 2016-01-01 or later"};
        for (int i = 0; i < cases.length; i++) {
            List<String> args = new ArrayList<>(List.of("backtest", "--data", SPX, "--no-store", "-q"));
            args.addAll(List.of(cases[i]));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", cases[i])).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", cases[i])).startsWith(expected[i]).hasLineCount(1).doesNotContain("Exception");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aStrategyThatUsesADeskItWasNotGivenNamesTheFlag() throws Exception {
        Path src = tmp.resolve("Straddle.java");
        Files.writeString(src, """
                import dev.tradewind.strategy.*;
                public class Straddle implements Strategy {
                    public void onBar(Context ctx) { ctx.options().today(); }
                }
                """);
        CliRun r = CliRun.of("backtest", "--data", SPX, "--strategy", src.toString(), "--no-store", "-q");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: the strategy calls ctx.options() but the run has no options: add --options "
                + "spxw|spx|nifty|banknifty (e.g. --options spxw --option-vol 0.18)");
        Path fut = tmp.resolve("Fut.java");
        Files.writeString(fut, """
                import dev.tradewind.strategy.*;
                public class Fut implements Strategy {
                    public void onBar(Context ctx) { ctx.futures().front(); }
                }
                """);
        CliRun f = CliRun.of("backtest", "--data", SPX, "--strategy", fut.toString(), "--no-store", "-q");
        assertThat(f.code()).isEqualTo(2);
        assertThat(f.err().strip()).isEqualTo("error: the strategy calls ctx.futures() but the run has no futures: add --futures es");
        // given the flag, the same file runs, from the calendar's first day
        // NIFTY's calendar starts in 2023, after the S&P 500 file ends: the message says why there is nothing to run
        CliRun nifty = CliRun.of("backtest", "--data", SPX, "--strategy", src.toString(), "--options", "nifty", "--no-store", "-q");
        assertThat(nifty.code()).isEqualTo(2);
        assertThat(nifty.err().strip()).isEqualTo("error: " + SPX + ": no bars in the selected range (from 2023-01-01, where the "
                + "expiry calendar of its options (nifty) begins)");
        CliRun ok = CliRun.of("backtest", "--data", SPX, "--strategy", src.toString(), "--options", "spxw", "--no-store", "--json", "-q");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(Json.MAPPER.readTree(ok.out()).get("pricing").asText()).isEqualTo("options: modelled, constant volatility 18%");
    }

    @Test
    void aPortfolioRefusesAStrategyThatDeclaresADesk() throws Exception {
        Path config = tmp.resolve("portfolio.json");
        String data = Path.of(SPX).toAbsolutePath().toString().replace("\\", "/");
        Files.writeString(config, "{\"cash\": 100000, \"strategies\": [{\"id\": \"straddle\", \"strategy\": \"short-straddle\", "
                + "\"symbol\": \"SPX\", \"data\": \"" + data + "\", \"weight\": 1.0, \"enabled\": true}]}\n");
        CliRun r = CliRun.of("portfolio", "--config", config.toString(), "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).endsWith("ShortStraddle trades options, which portfolios do not simulate: backtest it (tradewind backtest)")
                .doesNotContain("Exception").hasLineCount(1);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theStoreKeepsThePricingAndTheDesk(Backend b) throws Exception {
        String store = b.location(tmp);
        CliRun r = CliRun.of("backtest", "--data", SPX, "--strategy", "rolled-futures", "--store", store, "-q");
        assertThat(r.code()).as(r.err()).isZero();
        String line = r.err().lines().filter(l -> l.startsWith("Recorded as run ")).findFirst().orElseThrow();
        long id = Long.parseLong(line.split(" ")[3]);
        try (RunStore s = RunStore.open(store)) {
            StoredRun run = s.get(id);
            assertThat(run.statistics().get("pricing")).isEqualTo("futures: modelled, cost of carry (rate 2%, dividend yield 1.5%)");
            assertThat(Json.MAPPER.readTree(run.config()).get("desk").get("futures").asText()).isEqualTo("es");
        }
        CliRun show = CliRun.of("runs", "show", Long.toString(id), "--store", store).ok();
        assertThat(show.out()).contains("futures: modelled, cost of carry (rate 2%, dividend yield 1.5%)");
        // the stored config reruns it, desk and all
        Path exported = tmp.resolve("exported");
        CliRun.of("runs", "export", Long.toString(id), "--store", store, "--out", exported.toString()).ok();
        CliRun again = CliRun.of("backtest", "--config", exported.resolve("config.json").toString(), "--no-store", "--json", "-q").ok();
        assertThat(Json.MAPPER.readTree(again.out()).get("orders_hash").asText())
                .isEqualTo(Json.MAPPER.readTree(Files.readString(exported.resolve("results.json"))).get("orders_hash").asText());
    }

    @Test
    void strategiesListsTheDeskEachBuiltInDeclares() {
        CliRun r = CliRun.of("strategies").ok();
        assertThat(r.out()).contains("short-straddle  (ShortStraddle; options: spxw at 18% volatility)",
                "iron-condor  (IronCondor; options: spxw at 18% volatility)", "rolled-futures  (RolledFutures; futures: es)",
                "sma-cross  (SmaCross)\n");
    }
}
