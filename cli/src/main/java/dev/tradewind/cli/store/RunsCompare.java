package dev.tradewind.cli.store;

import dev.tradewind.model.UserError;
import dev.tradewind.runner.Json;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoredRun;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewind runs compare ID ID...}: statistics side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "Compare recorded runs: their statistics side by side.")
final class RunsCompare implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Stores stores;

    @Parameters(paramLabel = "ID", arity = "2..*", description = "two or more run ids")
    List<Long> ids;
    @Option(names = "--json", description = "print one JSON object per run, in an array")
    boolean json;

    @Override
    public Integer call() {
        if (new LinkedHashSet<>(ids).size() != ids.size()) throw new UserError("compare: a run id is given twice: " + ids);
        RunStore store = stores.open();
        List<StoredRun> runs = new ArrayList<>();
        for (long id : ids) runs.add(Stores.run(store, id));
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (StoredRun r : runs) out.add(RunsShow.summary(r));
            RunsCommand.print(spec.commandLine(), Json.compact(out) + "\n");
            return 0;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (StoredRun r : runs) keys.addAll(r.statistics().keySet());
        keys.remove("strategy");
        keys.remove("params");
        keys.remove("returns"); // returns by period: a series per run, not a figure to put side by side
        Table t = new Table();
        t.row(row("run", runs, r -> Long.toString(r.id())));
        t.row(row("status", runs, r -> r.status().label()));
        t.row(row("strategy", runs, StoredRun::strategy));
        Set<String> params = new java.util.TreeSet<>();
        for (StoredRun r : runs) params.addAll(r.params().keySet());
        for (String p : params) t.row(row("  " + p, runs, r -> r.params().getOrDefault(p, "")));
        t.row(row("symbol", runs, r -> r.symbol() == null ? "" : r.symbol()));
        t.row(row("started", runs, r -> Format.time(r.startedNs())));
        for (String k : keys) t.row(row(k, runs, r -> short16(Format.stat(r.statistics().get(k)))));
        RunsCommand.print(spec.commandLine(), t.toString());
        return 0;
    }

    /** Long values (the orders hash) cut to 16 characters, as the backtest report shows them. */
    private static String short16(String s) { return s.length() > 16 && !s.contains(" ") ? s.substring(0, 16) : s; }

    private static String[] row(String label, List<StoredRun> runs, java.util.function.Function<StoredRun, String> cell) {
        String[] out = new String[runs.size() + 1];
        out[0] = label;
        for (int i = 0; i < runs.size(); i++) out[i + 1] = cell.apply(runs.get(i));
        return out;
    }

}
