package dev.tradewind.research;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;

/** Writes research outputs: CSV tables (FastCSV, LF) and JSON, each through a temporary file and an atomic move. */
public final class ResearchFiles {
    private ResearchFiles() {}

    /** Writes a CSV file with a header and rows. */
    public static void csv(Path file, List<String> header, Consumer<CsvWriter> rows) {
        write(file, tmp -> {
            try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(tmp)) {
                w.writeRecord(header);
                rows.accept(w);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    /** Writes an object as pretty JSON. */
    public static void json(Path file, Object value) {
        write(file, tmp -> Files.writeString(tmp, Json.pretty(value)));
    }

    private interface Body {
        void write(Path tmp) throws IOException;
    }

    private static void write(Path file, Body body) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve(file.getFileName() + ".tmp");
            body.write(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
