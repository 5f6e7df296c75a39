package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.RunFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a separate process: killed, ending itself, out of memory, on a full disk. */
class ProcessFailuresTest {
    static final String DAILY = "../sample-data/2006-day-001.txt";
    static final String FIL = "../sample-data/FILUSDT-1m-2023-08.csv.gz";
    @TempDir Path tmp;

    private static ProcessBuilder cli(List<String> jvm, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    private record Ended(int code, String err) {}

    private Ended run(List<String> jvm, String... args) throws Exception {
        Path err = tmp.resolve("err-" + System.nanoTime() + ".txt");
        Process p = cli(jvm, args).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Ended(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aKilledWriteNeverLeavesAFolderThatMixesTwoRunsUnmarked() throws Exception {
        Path out = tmp.resolve("out");
        CliRun.of("backtest", "--data", DAILY, "--strategy", "sma-cross", "--out", out.toString(), "--no-store", "-q").ok();
        int marked = 0;
        for (long delayMicros : new long[] {0, 0, 2_000, 10_000, 40_000}) {
            Process p = cli(List.of(), "backtest", "--data", FIL, "--strategy", "sma-cross", "--out", out.toString(),
                    "--no-store", "-q").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Path marker = out.resolve(RunFolder.MARKER);
            while (p.isAlive() && !Files.exists(marker)) Thread.onSpinWait();
            if (delayMicros > 0) TimeUnit.MICROSECONDS.sleep(delayMicros);
            p.destroyForcibly(); // SIGKILL
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (Files.exists(marker)) {
                marked++; // the folder says it is incomplete (a results.json beside it is the earlier run's, killed before its removal)
            } else if (Files.exists(out.resolve("results.json"))) {
                assertWhole(out);
            }
        }
        assertThat(marked).as("kills that landed while the files were written").isPositive();
        CliRun.of("backtest", "--data", FIL, "--strategy", "sma-cross", "--out", out.toString(), "--no-store", "-q").ok();
        assertWhole(out);
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp") || n.equals(RunFolder.MARKER));
        }
    }

    /** results.json, trades.csv and config.json are of the same run. */
    private static void assertWhole(Path out) throws IOException {
        JsonNode results = Json.MAPPER.readTree(out.resolve("results.json").toFile());
        JsonNode config = Json.MAPPER.readTree(out.resolve("config.json").toFile());
        List<String> trades = Files.readAllLines(out.resolve("trades.csv"));
        assertThat(trades.size() - 1).isEqualTo(results.get("trades").asInt());
        if (results.get("trades").asInt() > 0) assertThat(trades.get(1)).contains("," + config.get("symbol").asText() + ",");
    }

    @Test
    void aFullDiskIsOneLineExitTwoAndTheFolderSaysIncomplete() throws Exception {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs /dev/full (Linux)");
        Path out = tmp.resolve("out");
        CliRun.of("backtest", "--data", DAILY, "--strategy", "sma-cross", "--out", out.toString(), "--no-store", "-q").ok();
        Files.createSymbolicLink(out.resolve("equity.csv.tmp"), Path.of("/dev/full"));
        CliRun r = CliRun.of("backtest", "--data", FIL, "--strategy", "sma-cross", "--out", out.toString(), "--no-store", "-q");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).contains("No space left on device").contains("marked " + RunFolder.MARKER);
        assertThat(out.resolve(RunFolder.MARKER)).exists();
        assertThat(out.resolve("results.json")).doesNotExist();
        assertThat(out.resolve("equity.csv.tmp")).doesNotExist();
    }

    @Test
    void aStrategyCallingSystemExitZeroFailsWithExitCodeTwo() throws Exception {
        Path src = tmp.resolve("Quit.java");
        Files.writeString(src, "import dev.tradewind.strategy.*;\npublic class Quit implements Strategy {\n"
                + "    public void onBar(Context ctx) { System.exit(0); }\n}\n");
        Ended e = run(List.of(), "backtest", "--data", DAILY, "--strategy", src.toString(), "--no-store", "-q");
        assertThat(e.code()).isEqualTo(2);
        assertThat(e.err()).contains("error: System.exit was called at Quit.java:3 (Quit) before the command finished");
    }

    @Test
    void outOfMemoryIsOneLineExitTwo() throws Exception {
        Path src = tmp.resolve("Hog.java");
        Files.writeString(src, "import dev.tradewind.strategy.*;\npublic class Hog implements Strategy {\n"
                + "    java.util.List<long[]> keep = new java.util.ArrayList<>();\n"
                + "    public void onBar(Context ctx) { while (true) keep.add(new long[1 << 20]); }\n}\n");
        Ended e = run(List.of("-Xmx128m"), "backtest", "--data", DAILY, "--strategy", src.toString(), "--no-store", "-q");
        assertThat(e.code()).isEqualTo(2);
        assertThat(e.err().lines().filter(l -> !l.startsWith("WARNING")).toList()).singleElement().asString()
                .startsWith("error: out of memory at bar 2006-01-02T00:00:00Z: OutOfMemoryError: Java heap space (Hog.java:4)");
    }
    @Test
    void aFileTooBigForTheHeapIsRefusedBeforeLoadingWithOneLineSayingWhatItNeeds() throws Exception {
        Path big = tmp.resolve("big.csv");
        StringBuilder csv = new StringBuilder(30 << 20).append("open_time,open,high,low,close,volume\n");
        for (int i = 0; i < 400_000; i++) {
            csv.append(1_704_067_200_000L + 60_000L * i).append(",100.5,101.25,99.75,100.125,1234.5\n");
        }
        Files.writeString(big, csv);
        long start = System.nanoTime();
        Ended e = run(List.of("-Xmx32m"), "backtest", "--data", big.toString(), "--strategy", "sma-cross", "--no-store", "-q");
        assertThat(e.code()).isEqualTo(2);
        assertThat(e.err().lines().filter(l -> !l.startsWith("WARNING")).toList()).singleElement().asString()
                .matches("error: \\Q" + big + "\\E: about (399|400),\\d{3} bars need at least \\d+ MB of heap to backtest, "
                        + "and this JVM may use \\d+ MB: run with JAVA_TOOL_OPTIONS=-Xmx2g \\(or fewer bars with --from/--to\\)");
        // the same file in a range is not refused up front (its bars are not known before loading)
        Ended ranged = run(List.of("-Xmx32m"), "backtest", "--data", big.toString(), "--strategy", "sma-cross",
                "--from", "2024-01-01", "--to", "2024-01-02", "--no-store", "-q");
        assertThat(ranged.code()).as(ranged.err()).isZero();
    }
}
