package dev.tradewind.cli.store;

import dev.tradewind.cli.CliRun;
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

class DataCommandTest {
    static final String FIL = "../sample-data/FILUSDT-1m-2023-08.csv.gz";
    @TempDir Path tmp;
    Path catalog;

    @BeforeEach
    void catalog() {
        catalog = tmp.resolve("catalog");
        System.setProperty(Catalog.PROPERTY, catalog.toString()); // where backtest --data catalog:... looks
    }

    @AfterEach
    void reset() { System.clearProperty(Catalog.PROPERTY); }

    @Test
    void importListAndBacktestFromTheCatalog() throws Exception {
        CliRun imported = CliRun.of("data", "import", FIL, "--symbol", "FILUSDT", "--timeframe", "1m").ok();
        assertThat(imported.out()).isEqualTo("FILUSDT 1m: 44640 bars from " + FIL + " (BINANCE): 44640 new, 0 replaced, "
                + "0 unchanged; 44640 stored\nStored in " + catalog.resolve("FILUSDT/1m.parquet")
                + " (backtest with --data catalog:FILUSDT:1m)\n");
        CliRun twice = CliRun.of("data", "import", FIL, "--symbol", "FILUSDT", "--timeframe", "1m").ok();
        assertThat(twice.out()).contains(": 0 new, 0 replaced, 44640 unchanged; 44640 stored");
        CliRun hourly = CliRun.of("data", "import", FIL, "--symbol", "FILUSDT", "--timeframe", "1h").ok();
        assertThat(hourly.out()).startsWith("FILUSDT 1h: 744 bars from " + FIL + " (BINANCE, resampled from 1m): 744 new");

        List<String> list = CliRun.of("data", "list").ok().out().lines().toList();
        assertThat(list.get(0)).matches("SYMBOL\\s+TIMEFRAME\\s+FIRST \\(UTC\\)\\s+LAST \\(UTC\\)\\s+ROWS\\s+GAPS\\s+MISSING\\s+SIZE");
        assertThat(list.get(1)).matches("FILUSDT\\s+1m\\s+2023-08-01 00:00:00\\s+2023-08-31 23:59:00\\s+44640\\s+0\\s+0\\s+.*B");
        assertThat(list.get(2)).matches("FILUSDT\\s+1h\\s+2023-08-01 00:00:00\\s+2023-08-31 23:00:00\\s+744\\s+0\\s+0\\s+.*B");
        JsonNode json = Json.MAPPER.readTree(CliRun.of("data", "list", "--json").ok().out());
        assertThat(json.get(0).get("rows").asLong()).isEqualTo(44640);

        String store = tmp.resolve("runs.db").toString();
        CliRun bt = CliRun.of("backtest", "--data", "catalog:FILUSDT:1h", "--from", "2023-08-10", "--to", "2023-08-20", "--strategy",
                "sma-cross", "--param", "fast=5", "--param", "slow=20", "--store", store, "-q").ok();
        assertThat(bt.out()).contains("catalog:FILUSDT:1h (FILUSDT, 240 bars, parquet catalog)");
        Path out = tmp.resolve("out");
        CliRun.of("runs", "export", "1", "--store", store, "--out", out.toString()).ok();
        JsonNode results = Json.MAPPER.readTree(out.resolve("results.json").toFile());
        assertThat(results.get("bars").asInt()).isEqualTo(240);
        JsonNode config = Json.MAPPER.readTree(out.resolve("config.json").toFile());
        assertThat(config.get("data").asText()).isEqualTo("catalog:FILUSDT:1h");
        assertThat(config.get("data_sha256").asText()).hasSize(64);

        // the same bars from the catalog reproduce the run; a later import that leaves them as they are changes nothing
        CliRun.of("data", "import", FIL, "--symbol", "FILUSDT", "--timeframe", "1h").ok();
        CliRun again = CliRun.of("backtest", "--config", out.resolve("config.json").toString(), "--store", store, "--json", "-q").ok();
        assertThat(Json.MAPPER.readTree(again.out()).get("orders_hash")).isEqualTo(results.get("orders_hash"));
        assertThat(Json.MAPPER.readTree(again.out()).get("final_equity")).isEqualTo(results.get("final_equity"));
    }

    @Test
    void severalFilesWithSymbolAndTimeframeFromTheFilesThemselves() {
        String near = "../sample-data/NEARUSDT-1m-2023-08.csv.gz";
        CliRun both = CliRun.of("data", "import", FIL, near).ok();
        assertThat(both.out()).contains("FILUSDT 1m: 44640 bars from " + FIL, "NEARUSDT 1m: 44640 bars from " + near,
                "--data catalog:FILUSDT:1m", "--data catalog:NEARUSDT:1m");
        assertThat(CliRun.of("data", "import", "../sample-data/sp500-2000.csv.gz").ok().out()).startsWith("sp500 1d: 5105 bars");

        CliRun noSymbol = CliRun.of("data", "import", "../sample-data/2006-day-001.txt");
        assertThat(noSymbol.code()).isEqualTo(2);
        assertThat(noSymbol.err()).isEqualTo("error: ../sample-data/2006-day-001.txt: cannot tell the symbol from the file name; "
                + "give it with --symbol (e.g. --symbol ESTX50)\n");
        assertThat(CliRun.of("data", "import", "../sample-data/2006-day-001.txt", "--symbol", "ESTX50").ok().out())
                .startsWith("ESTX50 1d: 255 bars");
    }

    @Test
    void theCatalogGivesTheSameBacktestAsTheFile() throws Exception {
        CliRun.of("data", "import", FIL, "--symbol", "FILUSDT", "--timeframe", "1m").ok();
        String[] common = {"--strategy", "sma-cross", "--param", "fast=60", "--param", "slow=240", "--from", "2023-08-05",
            "--to", "2023-08-25", "--no-store", "--json", "-q"};
        JsonNode file = Json.MAPPER.readTree(CliRun.of(concat(new String[] {"backtest", "--data", FIL}, common)).ok().out());
        JsonNode cat = Json.MAPPER.readTree(CliRun.of(concat(new String[] {"backtest", "--data", "catalog:FILUSDT:1m"}, common)).ok().out());
        assertThat(cat.get("orders_hash")).isEqualTo(file.get("orders_hash"));
        assertThat(cat.get("final_equity")).isEqualTo(file.get("final_equity"));
        assertThat(cat.get("bars")).isEqualTo(file.get("bars"));
    }

    @Test
    void badInputIsOneLineWithExitCode2() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "date,open,high,low,close,volume\n2024-01-02,1,2,0.5,1.5,10\n2024-01-03,1,abc,0.5,1.5,10\n");
        CliRun r = CliRun.of("data", "import", bad.toString(), "--symbol", "BAD", "--timeframe", "1d");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + bad + ":3: ").contains("high", "abc").hasLineCount(1);
        assertThat(catalog.resolve("BAD")).doesNotExist();

        CliRun tf = CliRun.of("data", "import", FIL, "--symbol", "FILUSDT", "--timeframe", "1M");
        assertThat(tf.code()).isEqualTo(2);
        assertThat(tf.err()).startsWith("error: --timeframe: timeframe '1M'").contains("months are not supported").hasLineCount(1);

        CliRun coarse = CliRun.of("data", "import", "../sample-data/2006-day-001.txt", "--symbol", "SPY", "--timeframe", "1h");
        assertThat(coarse.code()).isEqualTo(2);
        assertThat(coarse.err()).contains("its bars are 1d apart, which cannot make 1h bars").hasLineCount(1);

        CliRun unknown = CliRun.of("backtest", "--data", "catalog:NOPE:1h", "--strategy", "sma-cross", "--no-store", "-q");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: catalog " + catalog + ": no NOPE 1h bars (it holds nothing); import some with: "
                + "tradewind data import FILE --symbol NOPE --timeframe 1h\n");

        CliRun ref = CliRun.of("backtest", "--data", "catalog:NOPE", "--strategy", "sma-cross", "--no-store", "-q");
        assertThat(ref.code()).isEqualTo(2);
        assertThat(ref.err()).isEqualTo("error: 'catalog:NOPE': expected catalog:SYMBOL:TIMEFRAME, e.g. catalog:FILUSDT:1m\n");

        CliRun missing = CliRun.of("data", "import", tmp.resolve("missing.csv").toString(), "--symbol", "X", "--timeframe", "1d");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("error: " + tmp.resolve("missing.csv") + ": file not found\n");

        assertThat(CliRun.of("data", "list", "--catalog", tmp.resolve("empty").toString()).ok().out()).startsWith("The catalog in ")
                .contains("is empty");
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
