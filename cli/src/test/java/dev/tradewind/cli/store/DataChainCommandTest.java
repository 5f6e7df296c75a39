package dev.tradewind.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.catalog.Catalog;
import dev.tradewind.cli.CliRun;
import dev.tradewind.runner.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data import-chain} and {@code data chain} on the two whole SPXW snapshots, as a user runs them. */
class DataChainCommandTest {
    static final String LONG = "../sample-data/chains/full/spxw20190626.csv.gz";
    static final String WIDE = "../sample-data/chains/full/spxw20250903.csv.gz";
    @TempDir Path tmp;
    Path catalog;

    @BeforeEach
    void catalog() {
        catalog = tmp.resolve("catalog");
        System.setProperty(Catalog.PROPERTY, catalog.toString());
    }

    @AfterEach
    void reset() { System.clearProperty(Catalog.PROPERTY); }

    @Test
    void importAndPrintAChain() throws Exception {
        CliRun imported = CliRun.of("data", "import-chain", LONG).ok();
        assertThat(imported.out()).isEqualTo(LONG + ": SPX 10,384 contracts at 1 time(s): 10,384 new, 0 replaced -> "
                + catalog.resolve("options/SPX/2019-06-26.parquet") + "\n");
        CliRun dup = CliRun.of("data", "import-chain", WIDE);
        assertThat(dup.code()).isEqualTo(2);
        assertThat(dup.err()).isEqualTo("error: " + WIDE + ":656: duplicate strike row 2025-09-10 strike 2600.0 "
                + "(--keep-first-duplicate skips repeats)\n");
        CliRun.of("data", "import-chain", "--keep-first-duplicate", WIDE).ok();

        List<String> lines = CliRun.of("data", "chain", "--underlying", "SPX", "--at", "2019-06-26T16:00", "--expiry", "2019-07-19",
                "--strikes", "2800:3000").ok().out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("SPX options at 2019-06-26T16:00 (snapshot 2019-06-26T15:45 America/New_York), "
                + "82 contracts, underlying 2918.11");
        assertThat(lines.get(1)).startsWith("rate 2.473% (put-call parity)");
        assertThat(lines.get(2)).matches("EXPIRY\\s+STRIKE\\s+C BID\\s+C ASK\\s+C LAST\\s+C VOL\\s+C OI\\s+C IV\\s+P BID.*P IV");
        // file: 2019-06-26,2019-07-19,2800,C,...,132,...,133.7,...,2,1157 and the put 12.8/13, volume 30, open interest 1767
        assertThat(lines.get(3)).matches("2019-07-19\\s+2800\\s+132\\s+133.7\\s+2\\s+1157\\s+18.33%\\s+12.8\\s+13\\s+30\\s+1767\\s+18.34%");
        assertThat(lines).hasSize(3 + 41 + 1);
        assertThat(lines.getLast()).startsWith("forward 2019-07-19: 29");

        // before the first snapshot: nothing; a year later: the 2019 snapshot is still the latest
        CliRun early = CliRun.of("data", "chain", "--at", "2019-06-26T15:44");
        assertThat(early.code()).isEqualTo(2);
        assertThat(early.err()).isEqualTo("error: catalog: no SPX option quotes at or before 2019-06-26T15:44; import some "
                + "with: tradewind data import-chain FILE\n");
        assertThat(CliRun.of("data", "chain", "--at", "2020-06-26", "--expiry", "2019-07-19", "--strikes", "2900", "--type", "call")
                .ok().out()).contains("(snapshot 2019-06-26T15:45 America/New_York), 1 contracts");

        JsonNode json = Json.MAPPER.readTree(CliRun.of("data", "chain", "--at", "2025-09-03T19:45:00Z", "--expiry", "2025-09-04",
                "--strikes", "2600:2600", "--json").ok().out());
        // file line 2: 2025-09-03,2025-09-04,2600,3838.6,3855.6,3829.35,3,0,0,0.05,0.1,0,21
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("type").asText()).isEqualTo("call");
        assertThat(json.get(0).get("bid").asDouble()).isEqualTo(3838.6);
        assertThat(json.get(0).get("last").asDouble()).isEqualTo(3829.35);
        assertThat(json.get(0).get("volume").asDouble()).isEqualTo(3);
        assertThat(json.get(1).get("bid").asDouble()).isZero();
        assertThat(json.get(1).get("open_interest").asDouble()).isEqualTo(21);
        assertThat(json.get(1).get("iv").isNull()).isTrue(); // no bid: no mid, no volatility
        assertThat(json.get(0).get("underlying_price").isNull()).isTrue(); // the wide layout has no spot
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "quote_date,expiration,strike,option_type,bid_size_1545,bid_1545,ask_size_1545,ask_1545,"
                + "underlying_bid_1545,underlying_ask_1545,trade_volume,open_interest\n"
                + "2019-06-26,2019-06-28,2900,C,1,1,1,1.2,2917.8,2918.42,0,0\n"
                + "2019-06-26,2019-06-28,2905,C,1,x,1,1,2917.8,2918.42,0,0\n");
        CliRun r = CliRun.of("data", "import-chain", LONG, bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + bad + ":3: field 'bid_1545': expected a number >= 0, got 'x'\n");
        assertThat(catalog.resolve("options")).doesNotExist(); // the good file first: still nothing stored

        CliRun.of("data", "import-chain", LONG).ok();
        for (String[] args : List.of(new String[] {"--at", "2019-06-26", "--strikes", "3000:2800"},
                new String[] {"--at", "2019-06-26", "--strikes", "abc"}, new String[] {"--at", "2019-13-01"},
                new String[] {"--at", "2019-06-26", "--expiry", "2019-07-19:2019-07-01"},
                new String[] {"--at", "2019-06-26", "--type", "straddle"})) {
            CliRun e = CliRun.of(concat("data", "chain", args));
            assertThat(e.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(e.err()).as(String.join(" ", args)).startsWith("error: --").hasLineCount(1);
        }
    }

    private static String[] concat(String a, String b, String[] rest) {
        String[] out = new String[rest.length + 2];
        out[0] = a;
        out[1] = b;
        System.arraycopy(rest, 0, out, 2, rest.length);
        return out;
    }
}
