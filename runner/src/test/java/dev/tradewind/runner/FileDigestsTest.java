package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file's remembered digest is used only while the file is the one that was hashed: rewritten with the same size
 * and its modification time put back, replaced, grown or freshly written, it is hashed again. A damaged entry is none.
 */
class FileDigestsTest {
    @TempDir Path dir;

    private Path settled(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.US_ASCII);
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        return f;
    }

    private static String sha(Path f) { return Fingerprint.sha256(f); }

    @Test
    void anUnchangedFileIsKnownAndAChangedOneIsNot() throws Exception {
        FileDigests d = new FileDigests(dir.resolve("digests"));
        Path f = settled("a.csv", "time,close\n1,2\n");
        assertThat(d.known(f)).isNull();
        d.remember(f, FileDigests.status(f), sha(f));
        assertThat(d.known(f)).isEqualTo(sha(f));

        // the same size, the modification time put back: the status-change time gives it away
        FileTime was = Files.getLastModifiedTime(f);
        Thread.sleep(20);
        Files.writeString(f, "time,close\n1,3\n", StandardCharsets.US_ASCII);
        Files.setLastModifiedTime(f, was);
        assertThat(Files.size(f)).isEqualTo(15);
        assertThat(d.known(f)).isNull();

        // replaced by another file (a new inode), with the same bytes and time as the remembered one had
        d.remember(f, FileDigests.status(f), sha(f));
        assertThat(d.known(f)).isEqualTo(sha(f));
        Path other = settled("b.csv", "time,close\n1,3\n");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(f));
        Files.move(other, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertThat(d.known(f)).isNull();

        // grown
        d.remember(f, FileDigests.status(f), sha(f));
        Files.writeString(f, "2,4\n", StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.APPEND);
        assertThat(d.known(f)).isNull();
    }

    @Test
    void aFileWrittenJustNowOrChangedWhileHashedIsNotRemembered() throws Exception {
        FileDigests d = new FileDigests(dir.resolve("digests"));
        Path fresh = dir.resolve("fresh.csv");
        Files.writeString(fresh, "time,close\n1,2\n", StandardCharsets.US_ASCII);
        d.remember(fresh, FileDigests.status(fresh), sha(fresh));
        assertThat(d.known(fresh)).isNull();

        Path f = settled("a.csv", "time,close\n1,2\n");
        FileDigests.Status before = FileDigests.status(f);
        Files.writeString(f, "time,close\n1,2\n2,3\n", StandardCharsets.US_ASCII); // while it was being read
        d.remember(f, before, "0".repeat(64));
        assertThat(d.known(f)).isNull();
    }

    @Test
    void aDamagedEntryIsNone() throws Exception {
        Path folder = dir.resolve("digests");
        FileDigests d = new FileDigests(folder);
        Path f = settled("a.csv", "time,close\n1,2\n");
        d.remember(f, FileDigests.status(f), sha(f));
        List<Path> entries;
        try (Stream<Path> s = Files.list(folder)) {
            entries = s.toList();
        }
        assertThat(entries).hasSize(1); // no temporary file left
        for (String damaged : List.of("", "v1 1 2", "v2 " + Files.readString(entries.get(0)).substring(3),
                Files.readString(entries.get(0)).replaceAll("[0-9a-f]{64}", "not-a-digest"))) {
            Files.writeString(entries.get(0), damaged);
            assertThat(d.known(f)).isNull();
        }
    }

    @Test
    void aRunOfAnUnchangedFileRecordsTheSameHashAsReadingIt() throws Exception {
        Path f = dir.resolve("bars.csv.gz");
        Files.copy(Path.of("../sample-data/FILUSDT-1m-2023-08.csv.gz"), f);
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        RunConfig d = RunConfig.defaults();
        RunConfig c = new RunConfig(f.toString(), null, "FILUSDT", d.zone(), d.priceColumn(), d.badRows(), null, "2023-08-03",
                "sma-cross", null, new java.util.LinkedHashMap<>(), d.cash(), d.commission(), d.slippageBps(), d.fill(),
                d.instrument(), d.gaps(), d.factors());
        String first = Backtester.prepare(c).config().dataSha256(); // hashed while loading, and remembered
        assertThat(first).isEqualTo(sha(f));
        // remembered unless this machine's Tradewind folder cannot be written (then every run hashes, as checked below)
        String known = FileDigests.of().known(f);
        if (known != null || Files.isWritable(dev.tradewind.model.Home.dir())) assertThat(known).isEqualTo(first);
        assertThat(Backtester.prepare(c).config().dataSha256()).isEqualTo(first); // remembered, not hashed
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        assertThat(FileDigests.of().known(f)).isNull();
        assertThat(Backtester.prepare(c).config().dataSha256()).isEqualTo(first);
    }
}
