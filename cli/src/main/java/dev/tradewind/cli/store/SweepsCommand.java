package dev.tradewind.cli.store;

import dev.tradewind.model.UserError;
import dev.tradewind.runner.Json;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoredSweep;
import dev.tradewind.store.StoredTrial;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewind sweeps}: the parameter sweeps recorded in the run store. */
@Command(name = "sweeps", mixinStandardHelpOptions = true,
        description = "List, show and delete recorded sweeps (every tradewind sweep is recorded with all its trials).",
        subcommands = {SweepsCommand.ListSweeps.class, SweepsCommand.ShowSweep.class, SweepsCommand.DeleteSweep.class})
public final class SweepsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** {@code tradewind sweeps list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List recorded sweeps, newest first.")
    static final class ListSweeps implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Stores stores;
        @Option(names = "--json", description = "print the sweeps as a JSON array")
        boolean json;

        @Override
        public Integer call() {
            RunStore store = stores.open();
            List<StoredSweep> sweeps = Stores.call(() -> store.sweeps().list());
            if (json) {
                List<Map<String, Object>> out = new ArrayList<>();
                for (StoredSweep s : sweeps) out.add(row(s));
                RunsCommand.print(spec.commandLine(), Json.compact(out) + "\n");
                return 0;
            }
            if (sweeps.isEmpty()) {
                RunsCommand.print(spec.commandLine(), "No sweeps in " + store.target().display() + " yet.\n");
                return 0;
            }
            Table t = new Table().row("ID", "STARTED (UTC)", "STRATEGY", "SYMBOL", "METHOD", "TRIALS", "FEASIBLE", "BEST", "DSR", "PBO",
                    "OBJECTIVE");
            for (StoredSweep s : sweeps) {
                t.row(Long.toString(s.id()), Format.time(s.startedNs()), s.strategy(), s.symbol() == null ? "" : s.symbol(), s.method(),
                        Integer.toString(s.trials()), Integer.toString(s.feasible()), f4(s.bestObjective()),
                        f4(s.deflatedSharpe()), f4(s.pbo()), s.objective());
            }
            RunsCommand.print(spec.commandLine(), t.toString());
            return 0;
        }
    }

    /** {@code tradewind sweeps show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one recorded sweep: what was searched, the overfitting statistics and the best trials.")
    static final class ShowSweep implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Stores stores;
        @Parameters(paramLabel = "ID", description = "the sweep id (see: tradewind sweeps list)")
        long id;
        @Option(names = "--top", defaultValue = "10", description = "best feasible trials to show (default 10)")
        int top;
        @Option(names = "--json", description = "print the sweep's summary and every trial as JSON")
        boolean json;

        @Override
        public Integer call() {
            if (top < 0) throw new UserError("--top: expected a number >= 0, got " + top);
            RunStore store = stores.open();
            StoredSweep s = Stores.call(() -> store.sweeps().get(id));
            List<StoredTrial> trials = Stores.call(() -> store.sweeps().trials(id));
            if (json) {
                Map<String, Object> out = row(s);
                out.put("summary", s.summary());
                List<Map<String, Object>> all = new ArrayList<>();
                for (StoredTrial t : trials) all.add(trial(t));
                out.put("trials", all);
                RunsCommand.print(spec.commandLine(), Json.compact(out) + "\n");
                return 0;
            }
            StringBuilder out = new StringBuilder();
            String title = "Sweep " + s.id() + " of " + s.strategy();
            out.append(title).append('\n').append("-".repeat(title.length())).append('\n');
            Table t = new Table(false);
            t.row("method", s.method());
            t.row("objective", s.objective());
            for (Map.Entry<String, String> r : s.space().entrySet()) t.row("  " + r.getKey(), r.getValue());
            t.row("data", s.data() == null ? "" : s.data());
            if (s.symbol() != null) t.row("symbol", s.symbol());
            t.row("started", Format.time(s.startedNs()) + " UTC (" + String.format(java.util.Locale.ROOT, "%.1f", (s.endedNs() - s.startedNs()) / 1e9) + " s)");
            t.row("code", s.codeVersion());
            t.row("trials", s.trials() + " run, " + s.feasible() + " feasible");
            t.row("deflated Sharpe", f4(s.deflatedSharpe()));
            t.row("PBO (CSCV)", f4(s.pbo()));
            out.append(t).append('\n');
            List<StoredTrial> best = trials.stream().filter(StoredTrial::feasible).filter(x -> !Double.isNaN(x.objective()))
                    .toList();
            Table b = new Table().row("TRIAL", "OBJECTIVE", "SHARPE", "MAX DD", "TRADES", "PARAMS");
            for (StoredTrial x : rank(best, s).subList(0, Math.min(top, best.size()))) {
                b.row(Integer.toString(x.trial()), f4(x.objective()), Format.fixed(number(x.statistics().get("sharpe"))),
                        Format.percent(number(x.statistics().get("max_drawdown"))), Format.stat(x.statistics().get("trades")),
                        Format.params(x.params()));
            }
            out.append(b);
            RunsCommand.print(spec.commandLine(), out.toString());
            return 0;
        }

        /** Best first: the direction is the one that made the recorded best trial best. */
        private static List<StoredTrial> rank(List<StoredTrial> feasible, StoredSweep s) {
            boolean minimize = s.objective().startsWith("minimize");
            Comparator<StoredTrial> by = Comparator.comparingDouble(StoredTrial::objective);
            List<StoredTrial> out = new ArrayList<>(feasible);
            out.sort((minimize ? by : by.reversed()).thenComparingInt(StoredTrial::trial));
            return out;
        }
    }

    /** {@code tradewind sweeps delete ID}. */
    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a recorded sweep and its trials.")
    static final class DeleteSweep implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Stores stores;
        @Parameters(paramLabel = "ID", description = "the sweep id")
        long id;

        @Override
        public Integer call() {
            RunStore store = stores.open();
            if (!Stores.call(() -> store.sweeps().delete(id))) throw new UserError("store " + store.target().display() + ": no sweep " + id);
            RunsCommand.print(spec.commandLine(), "Deleted sweep " + id + "\n");
            return 0;
        }
    }

    private static Map<String, Object> row(StoredSweep s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("strategy", s.strategy());
        m.put("symbol", s.symbol());
        m.put("data", s.data());
        m.put("method", s.method());
        m.put("objective", s.objective());
        m.put("ranges", s.space());
        m.put("started", Format.time(s.startedNs()));
        m.put("trials", s.trials());
        m.put("feasible", s.feasible());
        m.put("best_trial", s.bestTrial());
        m.put("best_objective", finite(s.bestObjective()));
        m.put("deflated_sharpe", finite(s.deflatedSharpe()));
        m.put("pbo", finite(s.pbo()));
        return m;
    }

    private static Map<String, Object> trial(StoredTrial t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trial", t.trial());
        m.put("params", t.params());
        m.put("objective", finite(t.objective()));
        m.put("feasible", t.feasible());
        m.put("statistics", t.statistics());
        return m;
    }

    private static String f4(double x) { return Double.isNaN(x) ? "" : dev.tradewind.runner.Num.fixed(x, 4); }

    private static Object finite(double x) { return Double.isFinite(x) ? x : null; }

    private static double number(Object o) { return o instanceof Number n ? n.doubleValue() : Double.NaN; }
}
