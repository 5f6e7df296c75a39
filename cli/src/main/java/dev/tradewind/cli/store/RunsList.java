package dev.tradewind.cli.store;

import dev.tradewind.model.UserError;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.TimeArg;
import dev.tradewind.store.RunFilter;
import dev.tradewind.store.RunStatus;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoredRun;
import java.time.ZoneOffset;
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

/** {@code tradewind runs list}: recorded runs, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List recorded runs, newest first. A run whose process died while running is shown as incomplete.")
final class RunsList implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Stores stores;

    @Option(names = "--strategy", paramLabel = "NAME", description = "only runs of this strategy (as given to backtest)")
    String strategy;
    @Option(names = "--symbol", description = "only runs on this symbol")
    String symbol;
    @Option(names = "--status", paramLabel = "S", description = "only runs that are running, completed, failed, incomplete or stopped")
    String status;
    @Option(names = "--from", paramLabel = "T", description = "only runs started at or after this time (UTC date or date-time)")
    String from;
    @Option(names = "--to", paramLabel = "T", description = "only runs started before this time (UTC date or date-time)")
    String to;
    @Option(names = "--limit", paramLabel = "N", description = "at most N runs (default 50)")
    int limit = 50;
    @Option(names = "--json", description = "print the runs as a JSON array")
    boolean json;

    @Override
    public Integer call() {
        RunStatus s = null;
        if (status != null) {
            s = RunStatus.parse(status);
            if (s == null) throw new UserError("--status: expected running, completed, failed, incomplete or stopped, got '" + status + "'");
        }
        if (limit <= 0) throw new UserError("--limit: expected a number > 0, got " + limit);
        Long fromNs = from == null ? null : TimeArg.parse(from, ZoneOffset.UTC, "--from");
        Long toNs = to == null ? null : TimeArg.parse(to, ZoneOffset.UTC, "--to");
        RunStore store = stores.open();
        RunFilter filter = new RunFilter(strategy, symbol, s, fromNs, toNs, limit);
        List<StoredRun> runs = Stores.call(() -> store.list(filter));
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (StoredRun r : runs) out.add(RunsShow.summary(r));
            RunsCommand.print(spec.commandLine(), Json.compact(out) + "\n");
            return 0;
        }
        if (runs.isEmpty()) {
            RunsCommand.print(spec.commandLine(), "No runs in " + store.target().display() + (filtered() ? " match." : " yet.") + "\n");
            return 0;
        }
        Table t = new Table().row("ID", "STARTED (UTC)", "STATUS", "STRATEGY", "SYMBOL", "RETURN", "SHARPE", "MAX DD", "TRADES",
                "PARAMS");
        for (StoredRun r : runs) {
            Map<String, Object> st = new LinkedHashMap<>(r.statistics());
            t.row(Long.toString(r.id()), Format.time(r.startedNs()), r.status().label(), r.strategy(),
                    r.symbol() == null ? "" : r.symbol(), Format.percent(r.stat("total_return")), Format.fixed(r.stat("sharpe")),
                    Format.percent(r.stat("max_drawdown")), Format.stat(st.get("trades")), Format.params(r.params()));
        }
        RunsCommand.print(spec.commandLine(), t.toString());
        return 0;
    }

    private boolean filtered() { return strategy != null || symbol != null || status != null || from != null || to != null; }
}
