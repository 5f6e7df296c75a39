package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.catalog.Catalog;
import dev.tradewind.runner.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backtest --option-quotes}: the option built-ins trading at the recorded SPXW quotes of 2019-06-26 imported into
 * the catalog, as a user runs it. Over the golden's four years only that one day has quotes, so every order before it
 * is the modelled golden's; the straddle open on that day is marked at the recorded mids, and every report says so.
 */
class OptionQuotesCommandTest {
    static final String SNAPSHOT = "../sample-data/chains/full/spxw20190626.csv.gz";
    @TempDir Path tmp;

    @BeforeEach
    void catalog() { System.setProperty(Catalog.PROPERTY, tmp.resolve("catalog").toString()); }

    @AfterEach
    void reset() { System.clearProperty(Catalog.PROPERTY); }

    @Test
    void theStraddleOnRecordedQuotesIsLabelledAndCounted() throws Exception {
        CliRun.of("data", "import-chain", SNAPSHOT).ok();
        Path out = tmp.resolve("run");
        CliRun r = OptionsCommandTest.golden("short-straddle", "--option-quotes", "spx", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.MAPPER.readTree(r.out());
        String pricing = j.get("pricing").asText();
        assertThat(pricing).startsWith("options: recorded quotes from catalog " + tmp.resolve("catalog").resolve("options").resolve("SPX"))
                .contains("(at most 1d old)").endsWith("else modelled, constant volatility 18%");
        // no straddle is sold on the snapshot's day, so the orders are the modelled golden's (the hash leaves tags out;
        // RecordedOptionPricesTest compares them one by one); the straddle open that day is marked at the recorded mids
        assertThat(j.get("orders_hash").asText()).isEqualTo("11ec2a23653aa0b382aafecb729ad0affd905c49eb332c075595c6b79ac4687d");
        List<String> orders = Files.readAllLines(out.resolve("orders.csv"));
        assertThat(orders.stream().filter(l -> l.contains("option (modelled)")).count()).isGreaterThan(400);
        assertThat(orders).noneMatch(l -> l.contains("option (recorded)"));
        assertThat(Files.readString(out.resolve("log.txt")))
                .contains("(at most 1d old; 0 fills recorded, 512 modelled; 2 marks recorded, 2112 modelled)");
        // the resolved desk is in config.json, so --config reruns it on the same quotes
        JsonNode desk = Json.MAPPER.readTree(out.resolve("config.json").toFile()).get("desk");
        assertThat(desk.get("option_quotes").asText()).isEqualTo("SPX");
        assertThat(desk.get("quote_max_age").asText()).isEqualTo("1d");
        CliRun again = CliRun.of("backtest", "--config", out.resolve("config.json").toString(), "--no-store", "--json", "-q");
        assertThat(Json.MAPPER.readTree(again.ok().out()).get("orders_hash").asText()).isEqualTo(j.get("orders_hash").asText());
    }

    @Test
    void aStraddleSoldOnTheSnapshotsDayFillsAtTheRecordedBids() throws Exception {
        CliRun.of("data", "import-chain", SNAPSHOT).ok();
        Path out = tmp.resolve("wednesday");
        CliRun r = CliRun.of("backtest", "--data", OptionsCommandTest.SPX, "--strategy", "short-straddle", "--from", "2019-06-26",
                "--to", "2019-07-03", "--symbol", "SPX", "--tick", "0.01", "--lot", "1", "--option-quotes", "SPX", "--no-store", "-q",
                "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // the expiry 5 days out is Monday 2019-07-01, at the money 2920; the snapshot's rows of those contracts read
        // 2019-06-26,2019-07-01,2920,C,37,21.7,16,22,...  and  2019-06-26,2019-07-01,2920,P,14,23,14,23.3,...
        List<String> fills = Files.readAllLines(out.resolve("fills.csv"));
        assertThat(fills.get(0)).contains("price");
        assertThat(fills.get(1)).contains("SPX 2019-07-01 2920 C").contains(",sell,1,21.7,");
        assertThat(fills.get(2)).contains("SPX 2019-07-01 2920 P").contains(",sell,1,23,");
        assertThat(Files.readString(out.resolve("orders.csv"))).contains("option (recorded)");
        assertThat(Files.readString(out.resolve("log.txt"))).contains("2 fills recorded");
        // the console's pricing row says where the prices came from, not "(not recorded prices)"
        CliRun console = CliRun.of("backtest", "--data", OptionsCommandTest.SPX, "--strategy", "short-straddle", "--from", "2019-06-26",
                "--to", "2019-07-03", "--symbol", "SPX", "--tick", "0.01", "--lot", "1", "--option-quotes", "SPX", "--no-store", "-q");
        assertThat(console.ok().out()).containsPattern("pricing\\s+options: recorded quotes from catalog .*, else modelled, constant volatility 18%\n")
                .doesNotContain("not recorded prices");
    }

    @Test
    void badQuoteFlagsAreOneLine() {
        CliRun none = OptionsCommandTest.golden("short-straddle", "--option-quotes", "SPX");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("error: --option-quotes SPX: the catalog at " + tmp.resolve("catalog").resolve("options")
                + " holds no option quotes of SPX (import chains first: tradewind data import-chain FILE...)\n");
        CliRun age = OptionsCommandTest.golden("short-straddle", "--option-quotes", "SPX", "--quote-max-age", "soon");
        assertThat(age.err()).isEqualTo("error: --quote-max-age: expected how old a recorded quote may be, such as 1d, 4h or 15m, got 'soon'\n");
        CliRun noOptions = OptionsCommandTest.golden("sma-cross", "--option-quotes", "SPX");
        assertThat(noOptions.err()).isEqualTo("error: --option-quotes trades options at recorded prices, but the run has none: add --options spxw|spx|nifty|banknifty\n");
        CliRun ageAlone = OptionsCommandTest.golden("short-straddle", "--quote-max-age", "4h");
        assertThat(ageAlone.err()).isEqualTo("error: --quote-max-age: give --option-quotes UNDERLYING too\n");
    }
}
