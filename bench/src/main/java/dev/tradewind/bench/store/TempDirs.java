package dev.tradewind.bench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The store benchmarks' scratch directories. */
final class TempDirs {
    private TempDirs() {}

    /** Deletes {@code dir} and everything in it (a benchmark's tear-down). */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
