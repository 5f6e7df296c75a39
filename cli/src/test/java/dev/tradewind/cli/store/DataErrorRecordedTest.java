package dev.tradewind.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store opens while the data loads (on a thread of its own): a bad data file still ends one run, failed, with its line. */
class DataErrorRecordedTest {
    @TempDir Path tmp;

    @Test
    void aBadDataFileIsOneLineAndARunFailedWithIt() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "date,open,high,low,close,volume\n2024-01-02,1,2,0.5,1.5,10\n2024-01-03,1,abc,0.5,1.5,10\n");
        String store = tmp.resolve("runs.db").toString();
        CliRun run = CliRun.of("backtest", "--data", bad.toString(), "--strategy", "sma-cross", "--store", store, "-q");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + bad + ":3: field 'high': expected a number, got 'abc'\n");
        String failed = CliRun.of("runs", "list", "--store", store, "--status", "failed").ok().out();
        assertThat(failed).contains(" failed ");
        assertThat(CliRun.of("runs", "list", "--store", store).ok().out().lines().filter(l -> l.contains("sma-cross"))).hasSize(1);

        CliRun noStore = CliRun.of("backtest", "--data", bad.toString(), "--strategy", "sma-cross", "--store",
                tmp.resolve("missing-dir/x/runs.db").toString(), "-q");
        assertThat(noStore.code()).isEqualTo(2);
        assertThat(noStore.err().lines().count()).isEqualTo(1);
    }
}
