package dev.tradewind.analysis;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.Num;
import dev.tradewind.runner.PortfolioConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes an analysis into a directory: results.json, equity.csv and returns.csv (one row per day of the grid, one
 * column per series, then the combined series), correlation.csv and, when weighted, portfolio.json (the production
 * config). Each file is written under a temporary name and moved into place.
 */
public final class AnalysisFiles {
    /** The production config's file name in the output directory. */
    public static final String PRODUCTION_CONFIG = "portfolio.json";

    private AnalysisFiles() {}

    public static void write(Path dir, Analysis a, Map<String, Object> results, Portfolio combined, PortfolioConfig production) {
        try {
            Files.createDirectories(dir);
            text(dir, "results.json", Json.pretty(results));
            csv(dir, "equity.csv", w -> days(w, a, a.equity(), combined.equity()));
            csv(dir, "returns.csv", w -> days(w, a, a.returns(), combined.returns()));
            csv(dir, "correlation.csv", w -> correlation(w, a));
            if (production != null) text(dir, PRODUCTION_CONFIG, Json.pretty(production));
        } catch (IOException | UncheckedIOException e) {
            throw new UserError("cannot write to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void days(CsvWriter w, Analysis a, double[][] series, double[] combined) {
        List<String> head = new ArrayList<>();
        head.add("date");
        head.addAll(a.names());
        head.add("combined");
        w.writeRecord(head);
        String[] row = new String[head.size()];
        for (int d = 0; d < a.grid().size(); d++) {
            row[0] = a.grid().date(d).toString();
            for (int i = 0; i < series.length; i++) row[i + 1] = Num.plain(series[i][d]);
            row[row.length - 1] = Num.plain(combined[d]);
            w.writeRecord(row);
        }
    }

    private static void correlation(CsvWriter w, Analysis a) {
        List<String> head = new ArrayList<>();
        head.add("strategy");
        head.addAll(a.names());
        w.writeRecord(head);
        for (int i = 0; i < a.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(a.names().get(i));
            for (double v : a.correlation()[i]) row.add(Num.plain(v)); // empty when undefined
            w.writeRecord(row);
        }
    }

    private static void csv(Path dir, String name, Consumer<CsvWriter> body) throws IOException {
        Path tmp = dir.resolve(name + ".tmp");
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(tmp)) {
            body.accept(w);
        }
        move(tmp, dir.resolve(name));
    }

    private static void text(Path dir, String name, String content) throws IOException {
        Path tmp = dir.resolve(name + ".tmp");
        Files.writeString(tmp, content);
        move(tmp, dir.resolve(name));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
