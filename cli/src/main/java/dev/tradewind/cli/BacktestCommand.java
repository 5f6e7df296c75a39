package dev.tradewind.cli;

import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.Json;
import dev.tradewind.model.BarSeries;
import dev.tradewind.runner.Outputs;
import dev.tradewind.runner.RunConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradewind backtest}: one strategy on one bar file. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Backtest a strategy on a bar file and print a report.")
final class BacktestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin RunOptions run = new RunOptions();
    @Option(names = "--timeframe", paramLabel = "TF", description = "run on bars of this size resampled from the data "
            + "(3m, 5m, 15m, 1h, 4h, 1d...: a multiple of the data's bars; days and sessions in --zone); default: the data's own")
    String timeframe;
    @Option(names = "--factors-out", paramLabel = "FILE", description = "write the factor values of every bar as CSV")
    Path factorsOut;
    @Option(names = "--out", paramLabel = "DIR", description = "write trades.csv, orders.csv, fills.csv, equity.csv, results.json, config.json, log.txt, report.html")
    Path out;
    @Option(names = "--json", description = "print the results as one JSON object on stdout instead of the report")
    boolean json;
    @Option(names = "--store", paramLabel = "URL|PATH", description = "record the run in this store: an SQLite file or a "
            + "jdbc:postgresql:// URL (default: $TRADEWIND_STORE, else $TRADEWIND_HOME/runs.db, else ~/.tradewind/runs.db)")
    String store;
    @Option(names = "--no-store", description = "do not record the run in the run store")
    boolean noStore;
    @Option(names = "--every-bar", description = "call the strategy's onBar on every bar even if it declared the signals it "
            + "acts on (ctx.onBarOnlyWhen): slower, and the results must be the same; a difference means the declaration is wrong")
    boolean everyBar;
    @Option(names = {"-q", "--quiet"}, description = "no progress bar, and the strategy's log lines only in log.txt (with --out)")
    boolean quiet;

    @Override
    public Integer call() {
        RunConfig c = run.config();
        if (timeframe != null) c = c.withTimeframe(timeframe.isBlank() ? null : timeframe.strip());
        // a rerun of a config refuses a changed data or strategy file before anything is recorded
        Backtester.Prepared prepared = c.dataSha256() != null || c.strategySha256() != null ? Backtester.verified(c) : null;
        var opening = dev.tradewind.cli.store.RunRecorder.open(noStore, store, c); // the store opens while the data loads
        if (prepared == null) {
            try {
                prepared = Backtester.prepare(c, !noStore || out != null); // the data's hash goes in the store and config.json
            } catch (RuntimeException | Error e) {
                try (var recorder = opening.recorder()) {
                    recorder.fail(e);
                }
                throw e;
            }
        }
        BarSeries bars = prepared.bars();
        try (var recorder = opening.recorder()) {
            Backtester.Outcome o;
            try (Progress p = Progress.start("backtest", quiet)) {
                o = Backtester.run(prepared, p, RunLogText.console(quiet, System.err, p.active()), everyBar);
            } catch (RuntimeException | Error e) {
                recorder.fail(e);
                throw e;
            }
            java.util.Map<String, Object> results = o.results(); // once: its orders hash formats every order
            recorder.complete(o, results); // stored on a background thread while the files and the report are written
            if (out != null) Outputs.write(out, o, d -> { // results.json last
                RunLogText.write(d, o.result().log());
                dev.tradewind.web.StaticReport.write(d, o, bars); // the bars the run saw, not read again
            });
            if (factorsOut != null) Outputs.writeFactors(factorsOut, o);
            if (json) {
                spec.commandLine().getOut().println(Json.compact(results));
            } else {
                spec.commandLine().getOut().print(Report.render(o));
                if (out != null) spec.commandLine().getOut().println("Files written to " + out);
            }
            spec.commandLine().getOut().flush();
            recorder.finish(spec.commandLine().getErr());
        }
        return 0;
    }
}
