package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tradewind live status}: one line per run from the control folder's status files, read by LiveControl. */
class LiveStatusCommandTest {
    @TempDir Path dir;

    @Test
    void printsEveryRunsLastStatusInIdOrder() throws Exception {
        Files.writeString(dir.resolve("b.status"), "run=b\nstate=stopped\nsymbol=FILUSDT\nbars=6\nposition=0\nopen_orders=0\nfills=2\nhalted=\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.status"), "run=a\nstate=running\nsymbol=BTCUSDT\nbars=12\nposition=0.5\nopen_orders=1\nfills=1\nhalted=\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "not a status", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("live", "status", "--control-dir", dir.toString()).ok();
        assertThat(r.out()).isEqualTo(
                "a  running  BTCUSDT  bars 12  position 0.5  open orders 1  fills 1  halted \n"
                + "b  stopped  FILUSDT  bars 6  position 0  open orders 0  fills 2  halted \n");
    }

    @Test
    void anEmptyFolderSaysSo() throws Exception {
        CliRun r = CliRun.of("live", "status", "--control-dir", dir.toString()).ok();
        assertThat(r.out()).isEqualTo("no live runs in " + dir + "\n");
    }
}
