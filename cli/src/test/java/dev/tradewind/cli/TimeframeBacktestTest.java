package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backtest --timeframe}: the strategy runs on bars resampled from the 1-minute file, checked against bars
 * aggregated here from the raw rows; the setting lands in config.json and a rerun reproduces the run; a timeframe
 * the data cannot give is one line and exit 2. The first run is in a fresh JVM from the repository root, as a user
 * types it; the others in process (the same command line, without the JVM's start).
 */
class TimeframeBacktestTest {
    private static final String FIL = "sample-data/FILUSDT-1m-2023-08.csv.gz";
    @TempDir Path tmp;

    @Test
    void fifteenMinuteBarsAreTheFileAggregatedAndTheRunReproduces() throws Exception {
        Path a = tmp.resolve("a");
        Subprocess.run(Subprocess.ROOT, "backtest", "--data", FIL, "--strategy", "sma-cross", "--param", "fast=5",
                "--param", "slow=20", "--timeframe", "15m", "--commission", "0.04%", "--out", a.toString(), "-q", "--no-store").ok();
        Map<Long, double[]> expected = aggregate(15 * 60_000L, ZoneId.of("UTC"));
        List<String> equity = Files.readAllLines(a.resolve("equity.csv"));
        JsonNode results = Json.MAPPER.readTree(a.resolve("results.json").toFile());
        assertThat(results.get("bars").asInt()).isEqualTo(expected.size());
        assertThat(equity).hasSize(expected.size() + 1);
        Long[] starts = expected.keySet().toArray(Long[]::new);
        for (int i = 1; i < equity.size(); i++) {
            String t = equity.get(i).split(",")[0];
            assertThat(Instant.parse(t).toEpochMilli()).as("row %d", i).isEqualTo(starts[i - 1]);
        }
        assertThat(results.get("trades").asInt()).isPositive();
        // every fill of a next-open run is at the open of a 15m bar (or that open slipped 0 bps: equal)
        List<String> fills = Files.readAllLines(a.resolve("fills.csv"));
        int time = List.of(fills.get(0).split(",")).indexOf("time");
        int price = List.of(fills.get(0).split(",")).indexOf("price");
        for (String row : fills.subList(1, fills.size())) {
            String[] f = row.split(",");
            double[] bar = expected.get(Instant.parse(f[time]).toEpochMilli());
            assertThat(bar).as("a fill at %s, the start of a 15m bar", f[time]).isNotNull();
            assertThat(Double.parseDouble(f[price])).isEqualTo(bar[0]);
        }
        JsonNode config = Json.MAPPER.readTree(a.resolve("config.json").toFile());
        assertThat(config.get("timeframe").asText()).isEqualTo("15m");

        Path b = tmp.resolve("b");
        Subprocess.run(Subprocess.ROOT, "backtest", "--config", a.resolve("config.json").toString(), "--out", b.toString(), "-q",
                "--no-store").ok();
        for (String f : List.of("trades.csv", "fills.csv", "equity.csv", "results.json", "config.json")) {
            assertThat(Files.readString(b.resolve(f)).equals(Files.readString(a.resolve(f)))).as(f).isTrue();
        }
    }

    @Test
    void dailyBarsFollowTheZonesDaysAndHourlyBarsMatchTheFile() throws Exception {
        String fil = Subprocess.ROOT.resolve(FIL).toString();
        for (String[] c : List.of(new String[] {"1d", "America/New_York"}, new String[] {"1h", "UTC"}, new String[] {"3m", "UTC"})) {
            CliRun r = CliRun.of("backtest", "--data", fil, "--strategy", "sma-cross", "--param", "fast=2",
                    "--param", "slow=5", "--timeframe", c[0], "--zone", c[1], "--json", "-q", "--no-store").ok();
            long size = switch (c[0]) { case "1h" -> 3_600_000L; case "3m" -> 180_000L; default -> 0; };
            int want = size == 0 ? aggregateDays(ZoneId.of(c[1])) : aggregate(size, ZoneId.of(c[1])).size();
            assertThat(Json.MAPPER.readTree(r.out()).get("bars").asInt()).as(c[0]).isEqualTo(want);
        }
        // without --timeframe the data's own bars: every minute of August
        CliRun own = CliRun.of("backtest", "--data", fil, "--strategy", "sma-cross", "--json", "-q", "--no-store").ok();
        assertThat(Json.MAPPER.readTree(own.out()).get("bars").asInt()).isEqualTo(rows().size());
    }

    @Test
    void aTimeframeTheDataCannotGiveIsOneLineAndExitTwo() throws Exception {
        String fil = Subprocess.ROOT.resolve(FIL).toString();
        CliRun finer = CliRun.of("backtest", "--data", fil, "--strategy", "sma-cross", "--timeframe", "30s",
                "-q", "--no-store");
        assertThat(finer.code()).isEqualTo(2);
        assertThat(finer.err().strip()).startsWith("error: --timeframe 30s: ").contains("1m").doesNotContain("Exception").hasLineCount(1);
        CliRun odd = CliRun.of("backtest", "--data", fil, "--strategy", "sma-cross", "--timeframe", "90s",
                "-q", "--no-store");
        assertThat(odd.code()).isEqualTo(2);
        assertThat(odd.err().strip()).startsWith("error: --timeframe 90s: ").contains("not a multiple").hasLineCount(1);
        CliRun bad = CliRun.of("backtest", "--data", fil, "--strategy", "sma-cross", "--timeframe", "5x",
                "-q", "--no-store");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("error: --timeframe 5x: ").contains("1m, 5m").hasLineCount(1);
    }

    /** The raw 1-minute rows: open time (ms) -> open. */
    private static Map<Long, Double> rows() throws Exception {
        Map<Long, Double> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(Subprocess.ROOT.resolve(FIL))), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",");
                out.put(Long.parseLong(f[0]), Double.parseDouble(f[1]));
            }
        }
        return out;
    }

    /** Buckets of {@code size} ms aligned to local midnight in {@code zone}: start (UTC ms) -> {first open}. */
    private static Map<Long, double[]> aggregate(long size, ZoneId zone) throws Exception {
        Map<Long, double[]> out = new TreeMap<>();
        for (Map.Entry<Long, Double> e : rows().entrySet()) {
            long t = e.getKey();
            long offset = zone.getRules().getOffset(Instant.ofEpochMilli(t)).getTotalSeconds() * 1000L;
            long start = Math.floorDiv(t + offset, size) * size - offset;
            out.putIfAbsent(start, new double[] {e.getValue()});
        }
        return out;
    }

    private static int aggregateDays(ZoneId zone) throws Exception {
        return (int) rows().keySet().stream().map(t -> Instant.ofEpochMilli(t).atZone(zone).toLocalDate()).distinct().count();
    }
}
