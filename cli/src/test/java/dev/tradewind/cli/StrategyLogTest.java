package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ctx.log() lines reach the console as the run goes (not with --quiet), log.txt with --out, and never stdout. */
class StrategyLogTest {
    @TempDir Path tmp;

    static final String LOGGING = """
            import dev.tradewind.strategy.*;

            public class Logging implements Strategy {
                @Override public void onBar(Context ctx) {
                    if (ctx.barIndex() % 100 == 0) ctx.log().info("bar %d close %.2f", ctx.barIndex(), ctx.close());
                    if (ctx.barIndex() == 250) ctx.log().warn("half way");
                }
            }
            """;

    @Test
    void logLinesGoToTheConsoleAndToLogTxt() throws Exception {
        Path file = tmp.resolve("Logging.java");
        Files.writeString(file, LOGGING);
        String[] common = {"backtest", "--data", "../sample-data/2006-day-001.txt", "--strategy", file.toString(), "--no-store"};
        CliRun loud = CliRun.of(concat(common, "--out", tmp.resolve("a").toString())).ok();
        List<String> expected = List.of("2006-01-02T00:00:00Z INFO bar 0 close 3604.33", "2006-05-25T00:00:00Z INFO bar 100 close 3635.00",
                "2006-10-12T00:00:00Z INFO bar 200 close 3999.93", "2006-12-21T00:00:00Z WARN half way");
        assertThat(loud.err().lines().toList()).containsSubsequence(expected);
        assertThat(loud.out()).doesNotContain("INFO bar");
        assertThat(Files.readAllLines(tmp.resolve("a/log.txt"))).containsExactlyElementsOf(expected);

        CliRun quiet = CliRun.of(concat(common, "--out", tmp.resolve("b").toString(), "-q")).ok();
        assertThat(quiet.err()).doesNotContain("INFO bar");
        assertThat(Files.readAllLines(tmp.resolve("b/log.txt"))).containsExactlyElementsOf(expected);

        CliRun json = CliRun.of(concat(common, "--json")).ok();
        assertThat(json.out().strip()).startsWith("{").endsWith("}");
        assertThat(json.err()).contains("INFO bar 0 close 3604.33");
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
