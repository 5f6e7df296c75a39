package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactorsAndGapsTest {
    @TempDir Path tmp;

    @Test
    void tradesCarryTheFactorsOfTheBarBeforeEntryAndFactorsOutHasEveryBar() throws Exception {
        Path out = tmp.resolve("run");
        Path factors = tmp.resolve("factors.csv");
        CliRun r = CliRun.of("backtest", "--data", "../sample-data/2006-day-001.txt", "--strategy", "sma-cross",
                "--param", "fast=1", "--param", "slow=15", "--param", "units=1", "--factors", "10,20",
                "--out", out.toString(), "--factors-out", factors.toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> f = Files.readAllLines(factors);
        assertThat(f.get(0)).isEqualTo("time,range_10,er_10,r2_10,slope_10,range_20,er_20,r2_20,slope_20");
        assertThat(f).hasSize(1 + 255);
        List<String> trades = Files.readAllLines(out.resolve("trades.csv"));
        assertThat(trades.get(0)).endsWith("bars_held,range_10,er_10,r2_10,slope_10,range_20,er_20,r2_20,slope_20");
        // first trade enters on 2006-01-27: it carries the factors of 2006-01-26, the bar its signal came from
        String entry = trades.get(1).split(",")[4];
        assertThat(entry).startsWith("2006-01-27");
        String before = f.stream().filter(l -> l.startsWith("2006-01-26")).findFirst().orElseThrow();
        String[] t = trades.get(1).split(",");
        String[] b = before.split(",");
        for (int k = 1; k < b.length; k++) assertThat(t[13 + k]).isEqualTo(b[k]);
    }

    @Test
    void gapPolicyFillsMissingBarsAndSaysSo() throws Exception {
        Path csv = tmp.resolve("gappy.csv");
        StringBuilder s = new StringBuilder("time,open,high,low,close,volume\n");
        for (int m = 0; m < 120; m++) {
            if (m >= 50 && m < 53) continue;
            s.append(String.format(java.util.Locale.ROOT, "2024-01-02T10:%02d:00Z,%d,%d,%d,%d,1%n", m % 60 + 0, 100, 101, 99, 100)
                    .replace("T10:", m < 60 ? "T10:" : "T11:"));
        }
        Files.writeString(csv, s.toString());
        CliRun leave = CliRun.of("backtest", "--data", csv.toString(), "--strategy", "sma-cross", "-q");
        assertThat(leave.code()).as(leave.err()).isZero();
        assertThat(leave.out()).contains("1 gap, 3 missing 1m bars").contains("117 bars");
        CliRun fill = CliRun.of("backtest", "--data", csv.toString(), "--strategy", "sma-cross", "--gaps", "fill", "-q");
        assertThat(fill.out()).contains("120 bars").contains("added 3");
    }
}
