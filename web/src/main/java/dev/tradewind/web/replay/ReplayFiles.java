package dev.tradewind.web.replay;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.Num;
import dev.tradewind.runner.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a replay into a folder: fills.csv, orders.csv, equity.csv ({@link ReplayRows}' columns; an empty cell where a
 * side has no value), then summary.json last; the folder is marked {@value RunFolder#MARKER} until it is whole.
 */
public final class ReplayFiles {
    private ReplayFiles() {}

    public static void write(Path dir, ReplayReport r) {
        try {
            RunFolder f = RunFolder.open(dir);
            f.csv("fills.csv", w -> table(w, ReplayRows.fills(r), ReplayRows.FILL_COLUMNS));
            f.csv("orders.csv", w -> table(w, ReplayRows.orders(r), ReplayRows.ORDER_COLUMNS));
            f.csv("equity.csv", w -> table(w, ReplayRows.equity(r), ReplayRows.EQUITY_COLUMNS));
            f.commit("summary.json", Json.pretty(ReplayRows.summary(r)));
        } catch (IOException | UncheckedIOException e) {
            throw new UserError("cannot write to " + dir + ": " + e.getMessage() + "; the folder is marked " + RunFolder.MARKER, e);
        }
    }

    private static void table(CsvWriter w, List<Map<String, Object>> rows, List<String> columns) {
        w.writeRecord(columns);
        for (Map<String, Object> row : rows) w.writeRecord(columns.stream().map(c -> text(row.get(c))).toList());
    }

    private static String text(Object v) {
        return v == null ? "" : v instanceof Double d ? Num.plain(d) : v.toString();
    }
}
