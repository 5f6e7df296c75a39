package dev.tradewind.runner;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * An {@code --out} folder that always holds one whole run or says it does not. {@link #open} writes the marker file
 * {@value #MARKER} and removes {@code results.json}; every file is then written under a temporary name and moved into
 * place (a file is never half-written under its own name, and a failed write removes its temporary file);
 * {@link #commit} writes {@code results.json} last and removes the marker. A run killed or failed in between (kill -9,
 * a full disk) leaves the marker, so a folder with {@code results.json} and without {@value #MARKER} never mixes the
 * files of two runs.
 */
public final class RunFolder {
    /** Present while a run is being written, and after one that stopped before all its files were written. */
    public static final String MARKER = "INCOMPLETE";
    private final Path dir;

    private RunFolder(Path dir) { this.dir = dir; }

    /** Marks {@code dir} (created if needed) incomplete and removes its results.json. */
    public static RunFolder open(Path dir) throws IOException {
        Files.createDirectories(dir);
        RunFolder f = new RunFolder(dir);
        f.text(MARKER, "Tradewind is writing a run into this folder (started " + Instant.now() + ", process "
                + ProcessHandle.current().pid() + ").\nIf this file is still here, that run stopped before all its files "
                + "were written: the files here may mix it with an earlier run. Run it again.\n");
        Files.deleteIfExists(dir.resolve("results.json"));
        return f;
    }

    public Path dir() { return dir; }

    /** Writes a CSV file (LF line ends) through a temporary name. */
    public void csv(String name, Consumer<CsvWriter> body) throws IOException {
        Path tmp = dir.resolve(name + ".tmp");
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(tmp)) {
            body.accept(w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            if (e instanceof UncheckedIOException u) throw u.getCause();
            throw e;
        }
        move(tmp, dir.resolve(name));
    }

    /** Writes a UTF-8 text file through a temporary name. */
    public void text(String name, String content) throws IOException {
        Path tmp = dir.resolve(name + ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        move(tmp, dir.resolve(name));
    }

    /** Writes results.json, the last file, and removes the marker: the folder now holds one whole run. */
    public void commit(String resultsJson) throws IOException { commit("results.json", resultsJson); }

    /** Writes {@code name}, the folder's last file, and removes the marker (a folder whose last file is not results.json). */
    public void commit(String name, String content) throws IOException {
        text(name, content);
        Files.deleteIfExists(dir.resolve(MARKER));
    }

    /** Moves {@code from} over {@code to}, atomically where the file system can. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
