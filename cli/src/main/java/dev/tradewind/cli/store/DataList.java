package dev.tradewind.cli.store;

import dev.tradewind.catalog.CatalogEntry;
import dev.tradewind.runner.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradewind data list}: what the catalog holds. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the catalog: symbol, timeframe, first and last bar time (UTC), rows, gaps (runs of missing bars).")
final class DataList implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataCommand.Location catalog;

    @Option(names = "--json", description = "print the entries as a JSON array")
    boolean json;

    @Override
    public Integer call() {
        List<CatalogEntry> entries = catalog.with(c -> c.list());
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (CatalogEntry e : entries) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("symbol", e.symbol());
                m.put("timeframe", e.timeframe().toString());
                m.put("first", Format.time(e.first()));
                m.put("last", Format.time(e.last()));
                m.put("rows", e.rows());
                m.put("gaps", e.gaps());
                m.put("missing_bars", e.missingBars());
                m.put("file", e.file().toString());
                m.put("bytes", e.bytes());
                out.add(m);
            }
            RunsCommand.print(spec.commandLine(), Json.compact(out) + "\n");
            return 0;
        }
        if (entries.isEmpty()) {
            String where = catalog.with(c -> c.root().toString());
            RunsCommand.print(spec.commandLine(), "The catalog in " + where + " is empty (add data with: tradewind data import "
                    + "FILE --symbol S --timeframe T)\n");
            return 0;
        }
        Table t = new Table().row("SYMBOL", "TIMEFRAME", "FIRST (UTC)", "LAST (UTC)", "ROWS", "GAPS", "MISSING", "SIZE");
        for (CatalogEntry e : entries) {
            t.row(e.symbol(), e.timeframe().toString(), Format.time(e.first()), Format.time(e.last()), Long.toString(e.rows()),
                    Integer.toString(e.gaps()), Long.toString(e.missingBars()), size(e.bytes()));
        }
        RunsCommand.print(spec.commandLine(), t.toString());
        return 0;
    }

    private static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
