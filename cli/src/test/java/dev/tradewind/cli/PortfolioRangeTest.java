package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} and {@code portfolio} over a date range: the split the research loop's out-of-sample run needs. */
class PortfolioRangeTest {
    @TempDir Path tmp;

    private Path config() throws Exception {
        Path c = tmp.resolve("one.json");
        Files.writeString(c, """
                {"cash":10000,"commission":{"percent":0.04,"per_order":0,"per_unit":0},"slippage_bps":1,"fill":"next-open",
                 "strategies":[{"id":"vb","strategy":"volatility-breakout","symbol":"FILUSDT",
                   "data":"../sample-data/FILUSDT-1m-2023-08.csv.gz","timeframe":"1m","params":{},"weight":1,"enabled":true,
                   "instrument":{"kind":"future","tick":0.001,"lot":0.1,"multiplier":1,"margin":0.1}}]}
                """);
        return c;
    }

    @Test
    void aRangedPortfolioMemberTradesExactlyAsTheRangedBacktest() throws Exception {
        JsonNode p = Json.MAPPER.readTree(CliRun.of("portfolio", "--config", config().toString(), "--from", "2023-08-10",
                "--to", "2023-08-21", "--json").ok().out()).get("strategies").get("vb");
        JsonNode b = Json.MAPPER.readTree(CliRun.of("backtest", "--data", "../sample-data/FILUSDT-1m-2023-08.csv.gz", "--strategy",
                "volatility-breakout", "--from", "2023-08-10", "--to", "2023-08-21", "--kind", "future", "--tick", "0.001", "--lot",
                "0.1", "--margin", "0.1", "--commission", "0.04%", "--slippage-bps", "1", "--json", "-q", "--no-store").ok().out());
        JsonNode whole = Json.MAPPER.readTree(CliRun.of("portfolio", "--config", config().toString(), "--json").ok().out())
                .get("strategies").get("vb");
        assertThat(p.get("trades").asInt()).isPositive().isLessThan(whole.get("trades").asInt());
        assertThat(p.get("orders_hash").asText()).isEqualTo(b.get("orders_hash").asText());
        assertThat(p.get("final_equity").asDouble()).isEqualTo(b.get("final_equity").asDouble());
    }

    @Test
    void aBatchBeforeTheSplitAndAPortfolioFromItNeverShareABar() throws Exception {
        Path before = tmp.resolve("before");
        Path after = tmp.resolve("after");
        CliRun.of("batch", "--config", config().toString(), "--to", "2023-08-21", "--out", before.toString(), "-q").ok();
        CliRun.of("portfolio", "--config", config().toString(), "--from", "2023-08-21", "--out", after.toString()).ok();
        List<String> in = rows(before.resolve("trades.csv"));
        List<String> out = rows(after.resolve("trades.csv"));
        assertThat(in).isNotEmpty().allSatisfy(r -> assertThat(column(r, "exit_time", before)).isLessThan("2023-08-21"));
        assertThat(out).isNotEmpty().allSatisfy(r -> assertThat(column(r, "entry_time", after)).isGreaterThanOrEqualTo("2023-08-21"));
    }

    @Test
    void aBadOrEmptyRangeOrAnUnknownZoneIsOneLineExitTwo() throws Exception {
        CliRun bad = CliRun.of("batch", "--config", config().toString(), "--to", "2023-08-40", "--out", tmp.resolve("b").toString(), "-q");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("error: --to: expected a date like 2023-08-15 or a date-time like 2023-08-15T12:00, "
                + "got '2023-08-40'");
        CliRun reversed = CliRun.of("portfolio", "--config", config().toString(), "--from", "2023-08-21", "--to", "2023-08-10");
        assertThat(reversed.code()).isEqualTo(2);
        assertThat(reversed.err().strip()).isEqualTo("error: --from 2023-08-21 is after --to 2023-08-10");
        Path mars = tmp.resolve("mars.json");
        Files.writeString(mars, Files.readString(config()).replace("\"fill\":\"next-open\",", "\"fill\":\"next-open\",\"zone\":\"Mars/Olympus\","));
        for (String command : List.of("batch", "portfolio")) {
            CliRun zone = CliRun.of(command, "--config", mars.toString(), "--out", tmp.resolve("m").toString(), "--to", "2023-08-21");
            assertThat(zone.code()).as(command).isEqualTo(2);
            assertThat(zone.err().strip()).isEqualTo("error: portfolio zone: expected a time zone like UTC or America/New_York, got 'Mars/Olympus'");
        }
        CliRun empty = CliRun.of("portfolio", "--config", config().toString(), "--from", "2023-09-10");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err().strip()).isEqualTo("error: vb: ../sample-data/FILUSDT-1m-2023-08.csv.gz: no bars in the selected range");
    }

    private static List<String> rows(Path csv) throws Exception {
        return Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size());
    }

    private static String column(String row, String name, Path dir) {
        try {
            List<String> header = List.of(Files.readAllLines(dir.resolve("trades.csv")).get(0).split(","));
            return row.split(",")[header.indexOf(name)];
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
