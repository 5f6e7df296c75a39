package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indicators command reproduces TA-Lib's values on the S&P 500 reference input, row by row. */
class IndicatorsCommandTest {
    static final Path REF = Path.of("../indicators/src/test/resources/reference");
    @TempDir Path tmp;

    @Test
    void theListShowsTheOneLineCrossBesideCrossoverAndCrossunder() {
        CliRun r = CliRun.of("indicators", "--list");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("cross(a,b)", "crossover(a,b)", "crossunder(a,b)", "-1 where it crosses below");
    }

    @Test
    void matchesTaLibOnEveryRowAfterWarmUp() throws Exception {
        Path out = tmp.resolve("ind.csv");
        CliRun r = CliRun.of("indicators", "--data", REF.resolve("sp500_2000_2020.csv.gz").toString(),
                "--indicator", "ema(close,20)", "--indicator", "rsi(close,14)", "--indicator", "atr(14)",
                "--indicator", "macd(close,12,26,9)", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String[]> ours = rows(Files.readAllLines(out));
        List<String[]> talib = rows(gunzip(REF.resolve("talib_sp500.csv.gz")));
        assertThat(ours).hasSize(talib.size());
        String[] head = talib.get(0);
        int[][] pairs = {{1, col(head, "ema20")}, {2, col(head, "rsi14")}, {3, col(head, "atr14")}, {4, col(head, "macd")},
            {5, col(head, "macd_signal")}, {6, col(head, "macd_hist")}};
        int compared = 0;
        for (int i = 1; i < ours.size(); i++) {
            for (int[] p : pairs) {
                String a = cell(ours.get(i), p[0]);
                String b = cell(talib.get(i), p[1]);
                // MACD's main line is shown from row 25, where both EMAs exist; TA-Lib waits for the signal (row 33)
                if (p[0] != 4 || !b.isEmpty()) assertThat(a.isEmpty()).as("row %d col %d warm-up", i, p[0]).isEqualTo(b.isEmpty());
                if (a.isEmpty() || b.isEmpty()) continue;
                double x = Double.parseDouble(a);
                double y = Double.parseDouble(b);
                assertThat(Math.abs(x - y)).as("row %d col %d", i, p[0]).isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(y)));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(30_000);
    }

    @Test
    void unknownIndicatorIsAOneLineError() {
        CliRun r = CliRun.of("indicators", "--data", "../sample-data/2006-day-001.txt", "--indicator", "emma(close,20)");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown indicator 'emma'").hasLineCount(1);
    }

    private static int col(String[] head, String name) {
        for (int i = 0; i < head.length; i++) if (head[i].equals(name)) return i;
        throw new AssertionError("no column " + name);
    }

    private static String cell(String[] row, int i) { return i < row.length ? row[i].replace("\"", "") : ""; }

    private static List<String[]> rows(List<String> lines) {
        List<String[]> out = new ArrayList<>();
        for (String l : lines) out.add(l.split(",", -1));
        return out;
    }

    private static List<String> gunzip(Path p) throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)),
                StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
