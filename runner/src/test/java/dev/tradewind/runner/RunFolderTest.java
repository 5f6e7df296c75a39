package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {
    @TempDir Path dir;

    @Test
    void aWholeRunHasResultsAndNoMarker() throws IOException {
        RunFolder f = RunFolder.open(dir);
        assertThat(dir.resolve(RunFolder.MARKER)).exists();
        f.csv("trades.csv", w -> w.writeRecord("id"));
        f.commit("{}\n");
        assertThat(dir.resolve(RunFolder.MARKER)).doesNotExist();
        assertThat(dir.resolve("results.json")).hasContent("{}");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("trades.csv", "results.json");
        }
    }

    @Test
    void aFullDiskLeavesTheFolderMarkedAndNoTemporaryFile() throws IOException {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs /dev/full (Linux)");
        RunFolder earlier = RunFolder.open(dir);
        earlier.csv("trades.csv", w -> w.writeRecord("earlier"));
        earlier.csv("equity.csv", w -> w.writeRecord("earlier"));
        earlier.commit("{\"run\": \"earlier\"}\n");

        RunFolder f = RunFolder.open(dir);
        assertThat(dir.resolve("results.json")).doesNotExist();
        f.csv("trades.csv", w -> w.writeRecord("later"));
        Files.createSymbolicLink(dir.resolve("equity.csv.tmp"), Path.of("/dev/full")); // every write: ENOSPC
        assertThatThrownBy(() -> f.csv("equity.csv", w -> w.writeRecord("later"))).isInstanceOf(IOException.class)
                .hasMessageContaining("No space left on device");
        assertThat(dir.resolve("equity.csv.tmp")).doesNotExist();
        assertThat(dir.resolve(RunFolder.MARKER)).exists(); // trades.csv is the later run's, equity.csv the earlier one's
        assertThat(dir.resolve("results.json")).doesNotExist();
    }
}
