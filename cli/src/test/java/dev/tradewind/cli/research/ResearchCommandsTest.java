package dev.tradewind.cli.research;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearchCommandsTest {
    private static final String SPX = "../sample-data/sp500-2000.csv.gz";

    record Run(int code, String out, String err) {}

    static Run cli(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void sweepWritesTablesHeatmapAndOverfittingStatistics(@TempDir Path dir) throws Exception {
        Run r = cli("sweep", "--data", SPX, "--strategy", "sma-cross", "--range", "fast=5:25:10", "--range", "slow=50:200:50",
                "--where", "fast < slow", "--min-trades", "3", "--heatmap", "fast,slow", "--out", dir.toString(), "--top", "3",
                "--store", dir.resolve("runs.db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("12 trials run", "deflated Sharpe ratio", "probability of backtest overfitting");
        assertThat(Files.readAllLines(dir.resolve("trials.csv"))).hasSize(13);
        assertThat(dir.resolve("heatmap.png")).exists();
        assertThat(dir.resolve("summary.json")).content().contains("\"pbo\"");
        assertThat(r.err()).contains("Recorded as sweep 1 with its 12 trials", "tradewind sweeps show 1");

        String store = dir.resolve("runs.db").toString();
        Run list = cli("sweeps", "list", "--store", store);
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("sma-cross", "grid", "12");
        assertThat(list.out().lines().skip(1).findFirst().orElseThrow()).matches("\\s*1\\s+\\S+ \\S+\\s+sma-cross\\s+sp500\\s+grid\\s+12\\s.*");
        Run show = cli("sweeps", "show", "1", "--store", store, "--top", "2");
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("Sweep 1 of sma-cross", "12 run", "deflated Sharpe", "fast=", "slow=");
        Run json = cli("sweeps", "show", "1", "--store", store, "--json");
        assertThat(json.out().split("\"trial\":", -1)).hasSize(12 + 3 + 1); // 12 trials, and the 3 best in the summary
        Run del = cli("sweeps", "delete", "1", "--store", store);
        assertThat(del.code()).isZero();
        Run gone = cli("sweeps", "show", "1", "--store", store);
        assertThat(gone.code()).isEqualTo(2);
        assertThat(gone.err()).contains("no sweep 1");
    }

    @Test
    void aGeneticSweepRunsTheTrialsAskedForOrSaysHowManyAndWhy() {
        Run exact = cli("sweep", "--data", SPX, "--strategy", "sma-cross", "--range", "fast=2:50", "--range", "slow=10:200:5",
                "--method", "ga", "--trials", "60", "--no-store", "-q");
        assertThat(exact.code()).as(exact.err()).isZero();
        assertThat(exact.out()).startsWith("Sweep of sma-cross (ga): 60 trials run").doesNotContain("Note:");
        Run few = cli("sweep", "--data", SPX, "--strategy", "sma-cross", "--range", "fast=5:10", "--range", "slow=20:60:10",
                "--method", "ga", "--trials", "60", "--no-store", "-q");
        assertThat(few.code()).as(few.err()).isZero();
        assertThat(few.out().lines().skip(1).findFirst().orElseThrow()).matches("Note: ran \\d+ of the 60 trials asked for.*\\.");
    }

    @Test
    void badInputIsOneLineWithExitCode2() {
        Run r = cli("sweep", "--data", SPX, "--strategy", "sma-cross", "--range", "fast=abc");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("error: --range fast").doesNotContain("Exception");
        Run o = cli("sweep", "--data", SPX, "--strategy", "sma-cross", "--range", "fast=5:10", "--objective", "sharpee");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("unknown name sharpee");
    }

    @Test
    void walkForwardAndMonteCarlo(@TempDir Path dir) {
        Run w = cli("walk-forward", "--data", SPX, "--strategy", "sma-cross", "--range", "fast=5:25:10", "--range", "slow=50:150:50",
                "--train", "2000", "--test", "1000", "--out", dir.toString());
        assertThat(w.code()).as(w.err()).isZero();
        assertThat(w.out()).contains("4 windows", "Walk-forward efficiency");
        assertThat(dir.resolve("windows.csv")).exists();
        assertThat(dir.resolve("oos-equity.csv")).exists();
        Run m = cli("monte-carlo", "--data", SPX, "--strategy", "sma-cross", "--param", "fast=10", "--param", "slow=50",
                "--paths", "500", "--ruin", "0.3", "--json");
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(m.out()).contains("\"probability_of_ruin\"", "\"percentiles\"");
        assertThat(cli("monte-carlo", "--data", SPX, "--strategy", "sma-cross", "--paths", "500", "--json").out())
                .isEqualTo(cli("monte-carlo", "--data", SPX, "--strategy", "sma-cross", "--paths", "500", "--json").out());
    }

    @Test
    void checkLookaheadPassesABuiltInAndCatchesAStaticCache(@TempDir Path dir) throws Exception {
        Run ok = cli("check-lookahead", "--data", SPX, "--strategy", "donchian-breakout", "--cuts", "5");
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("PASS");
        Path file = dir.resolve("PeekingMean.java");
        Files.writeString(file, """
                import dev.tradewind.strategy.*;
                public class PeekingMean implements Strategy {
                    static double mean = Double.NaN; // "cached" from the previous run: its full-data mean
                    private double sum; private int n;
                    @Override public void onBar(Context ctx) {
                        sum += ctx.close(); n++;
                        double m = Double.isNaN(mean) ? sum / n : mean;
                        if (ctx.position().isFlat() && ctx.close() < m) ctx.buy(ctx.unitsForPercentOfEquity(50));
                        else if (ctx.position().isLong() && ctx.close() > m * 1.05) ctx.flatten();
                    }
                    @Override public void onStop(Context ctx) { mean = sum / n; }
                }
                """);
        Run bad = cli("check-lookahead", "--data", SPX, "--strategy", file.toString(), "--cuts", "5");
        assertThat(bad.code()).as(bad.err()).isEqualTo(1);
        assertThat(bad.out()).contains("FAIL", "NOT REPEATABLE");
    }
}
