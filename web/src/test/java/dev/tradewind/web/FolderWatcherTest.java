package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher batches an editor's burst of writes into one change and ignores files that are not .java. */
class FolderWatcherTest {

    @Test
    void aBurstOfWritesIsOneBatch(@TempDir Path dir) throws Exception {
        BlockingQueue<Set<String>> batches = new LinkedBlockingQueue<>();
        try (FolderWatcher ignored = new FolderWatcher(dir, 400, batches::add)) {
            for (int i = 0; i < 5; i++) Files.writeString(dir.resolve("A.java"), "class A {} // " + i);
            Files.writeString(dir.resolve("B.java"), "class B {}");
            Files.writeString(dir.resolve("notes.txt"), "not a strategy");
            assertThat(batches.poll(10, TimeUnit.SECONDS)).containsExactlyInAnyOrder("A.java", "B.java");
            assertThat(batches.poll(1, TimeUnit.SECONDS)).as("no second batch").isNull();

            Files.delete(dir.resolve("B.java"));
            assertThat(batches.poll(10, TimeUnit.SECONDS)).containsExactly("B.java");
        }
    }
}
