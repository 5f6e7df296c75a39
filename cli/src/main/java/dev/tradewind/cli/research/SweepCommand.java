package dev.tradewind.cli.research;

import dev.tradewind.cli.RunOptions;
import dev.tradewind.cli.store.SweepRecorder;
import dev.tradewind.model.UserError;
import dev.tradewind.research.Cscv;
import dev.tradewind.research.DeflatedSharpe;
import dev.tradewind.research.Heatmap;
import dev.tradewind.research.Overfitting;
import dev.tradewind.research.ParamSpace;
import dev.tradewind.research.PeriodReturns;
import dev.tradewind.research.StrategyRunner;
import dev.tradewind.research.Sweep;
import dev.tradewind.research.SweepOutputs;
import dev.tradewind.research.SweepResult;
import dev.tradewind.research.Trial;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.Num;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradewind sweep}: a parameter search with every trial counted, the best sets and overfitting statistics. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Search a strategy's parameters (grid, random or genetic), in parallel on all cores.",
                "Reports the best sets, the deflated Sharpe ratio (every trial counted) and the probability of backtest overfitting (CSCV)."})
public final class SweepCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RunOptions run;
    @Mixin SearchOptions search;

    @Option(names = "--top", defaultValue = "10", description = "best sets to show and write (default 10)")
    int top;
    @Option(names = "--period", defaultValue = "1d", description = "return period for DSR and PBO: 1d (default) or e.g. 4h, 1h")
    String period;
    @Option(names = "--blocks", defaultValue = "16", description = "CSCV blocks S, even (default 16)")
    int blocks;
    @Option(names = "--heatmap", paramLabel = "X,Y", split = ",", description = "draw heatmap.png of the objective over two swept parameters")
    List<String> heatmap;
    @Option(names = "--out", paramLabel = "DIR", description = "write trials.csv, best.csv, summary.json (and heatmap.png)")
    Path out;
    @Option(names = "--json", description = "print summary.json on stdout instead of the report")
    boolean json;
    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;
    @Option(names = "--store", paramLabel = "URL|PATH", description = "record the sweep and every trial in this store: an SQLite "
            + "file or a jdbc:postgresql:// URL (default: $TRADEWIND_STORE, else $TRADEWIND_HOME/runs.db, else ~/.tradewind/runs.db)")
    String store;
    @Option(names = "--no-store", description = "do not record the sweep in the run store")
    boolean noStore;

    @Override
    public Integer call() {
        if (blocks < 2 || blocks % 2 != 0) throw new UserError("--blocks: expected an even number >= 2, got " + blocks);
        if (heatmap != null && heatmap.size() != 2) throw new UserError("--heatmap: expected two parameters X,Y");
        if (heatmap != null && out == null) throw new UserError("--heatmap needs --out DIR");
        StrategyRunner runner = StrategyRunner.load(run.config(), PeriodReturns.parse(period));
        ParamSpace space = ParamSpace.of(runner.schema(), search.ranges, run.params());
        SweepResult r;
        long started = System.currentTimeMillis() * 1_000_000L;
        try (TrialProgress p = TrialProgress.start("sweep", "runs", search.expected(space), quiet)) {
            r = Sweep.run(run.strategy(), runner, space, search.objective(), search.search(space), search.threads(), p);
        }
        if (r.trials().isEmpty()) throw new UserError("no point of the space passes --where");
        Overfitting o = r.overfitting(blocks);
        long recorded = noStore ? 0 : SweepRecorder.record(store, run.config(), runner.data().bars().symbol(), search.ranges, r, o, SweepOutputs.summary(r, o, top),
                started, System.currentTimeMillis() * 1_000_000L);
        if (out != null) {
            SweepOutputs.write(out, r, o, top);
            if (heatmap != null) Heatmap.write(out.resolve("heatmap.png"), r, heatmap.get(0).strip(), heatmap.get(1).strip());
        }
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.print(Json.pretty(SweepOutputs.summary(r, o, top)));
        } else {
            report(w, r, o);
            if (out != null) w.println("Files written to " + out);
        }
        w.flush();
        if (recorded != 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Recorded as sweep " + recorded + " with its " + r.trials().size() + " trials in " + SweepRecorder.display(store)
                    + " (tradewind sweeps show " + recorded + ")");
            err.flush();
        }
        return 0;
    }

    private void report(PrintWriter w, SweepResult r, Overfitting o) {
        w.println("Sweep of " + r.strategy() + " (" + r.method() + "): " + r.trials().size() + " trials run, " + r.feasible()
                + " feasible; " + r.objective().describe());
        if (!r.note().isEmpty()) w.println("Note: " + r.note() + ".");
        List<Trial> best = r.best(top);
        if (best.isEmpty()) {
            w.println("No trial met the constraints.");
            return;
        }
        w.println();
        w.printf(java.util.Locale.ROOT, "%-6s %-40s %12s %9s %9s %7s %10s%n", "trial", "params", "objective", "sharpe", "max_dd", "trades", "net_profit");
        for (Trial t : best) {
            StringBuilder p = new StringBuilder();
            for (var d : r.space().dimensions()) p.append(p.isEmpty() ? "" : " ").append(d.name()).append('=').append(t.params().get(d.name()));
            w.printf(java.util.Locale.ROOT, "%-6d %-40s %12s %9s %9s %7d %10s%n", t.id(), p, Num.fixed(t.objective(), 4), Num.fixed(t.statistics().sharpe(), 3),
                    Num.percent(t.statistics().maxDrawdown()), t.statistics().trades(), Num.fixed(t.statistics().netProfit(), 2));
        }
        w.println();
        DeflatedSharpe.Result d = o.deflated();
        w.println("Overfitting (best trial, " + d.periods() + " returns of " + period + ", " + d.trials() + " trials counted):");
        w.println("  Sharpe per period " + Num.fixed(d.sharpe(), 4) + "; expected max of " + d.trials() + " skill-less trials "
                + Num.fixed(d.threshold(), 4));
        w.println("  deflated Sharpe ratio " + Num.fixed(d.dsr(), 4) + " (probability the true Sharpe beats that; PSR vs 0: "
                + Num.fixed(d.psr(), 4) + ")");
        Cscv.Result c = o.pbo();
        if (c != null) {
            w.println("  probability of backtest overfitting " + Num.fixed(c.pbo(), 4) + " (CSCV, S=" + c.blocks() + ", " + c.splits()
                    + " splits); out-of-sample loss probability " + Num.fixed(c.probabilityOfLoss(), 4));
        }
        if (!o.note().isEmpty()) w.println("  note: " + o.note());
    }
}
