package dev.tradewind.cli;

import dev.tradewind.engine.PortfolioResult;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.Num;
import dev.tradewind.runner.PortfolioConfig;
import dev.tradewind.runner.PortfolioOutputs;
import dev.tradewind.runner.PortfolioRunner;
import dev.tradewind.runner.BatchRecord;
import dev.tradewind.runner.BatchRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradewind batch}: each member of a portfolio config backtested on its own, in parallel. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Backtest each strategy of a portfolio config separately, in parallel, and export the trades.")
final class BatchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "portfolio JSON")
    Path config;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the trades go")
    Path out;
    @Option(names = "--from", paramLabel = "T", description = "first bar time, inclusive (2023-08-15 or 2023-08-15T12:00, in the config's zone)")
    String from;
    @Option(names = "--to", paramLabel = "T", description = "end time, exclusive")
    String to;
    @Option(names = "--trades", paramLabel = "LAYOUT", description = "one (a single trades.csv with a strategy column, default) or per-strategy")
    String layout = "one";
    @Option(names = "--threads", description = "parallel runs (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();
    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (!layout.equals("one") && !layout.equals("per-strategy")) {
            throw new UserError("--trades: expected one or per-strategy, got '" + layout + "'");
        }
        PortfolioConfig c = Json.read(config, PortfolioConfig.class);
        int n = PortfolioRunner.active(c).size();
        List<PortfolioResult> results;
        try (ProgressBar bar = quiet || System.console() == null ? null : new ProgressBarBuilder().setTaskName("batch")
                .setInitialMax(n).setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            results = BatchRunner.run(c, from, to, threads, done -> {
                if (bar != null) bar.stepTo(done);
            });
        }
        Files.createDirectories(out);
        var o = spec.commandLine().getOut();
        o.printf(java.util.Locale.ROOT, "  %-32s %8s %14s %12s %12s%n", "strategy", "trades", "closed pnl", "open pnl", "total pnl");
        for (PortfolioResult r : results) {
            String id = r.members().get(0);
            var m = r.results().get(0);
            double closed = 0;
            for (var t : m.trades()) closed += t.netPnl();
            o.printf(java.util.Locale.ROOT, "  %-32s %8d %14s %12s %12s%n", id, m.trades().size(), Num.fixed(closed, 2), Num.fixed(m.openTradePnl(), 2),
                    Num.fixed(r.memberPnl(0), 2));
            if (layout.equals("per-strategy")) {
                PortfolioOutputs.csv(out.resolve(id.replaceAll("[^A-Za-z0-9._-]", "_") + ".trades.csv"), w -> PortfolioOutputs.trades(w, r));
            }
        }
        if (layout.equals("one")) {
            PortfolioOutputs.csv(out.resolve("trades.csv"), w -> {
                PortfolioOutputs.trades(w, results.get(0));
                for (int i = 1; i < results.size(); i++) PortfolioOutputs.tradeRows(w, results.get(i));
            });
        }
        o.println("  closed pnl: the closed trades, after costs (what trades.csv holds and analyze reports as net profit); open pnl: "
                + "the trade still open at the end, marked at the last close, after its costs so far; total pnl = closed + open = "
                + "final equity - allocated cash");
        BatchRecord.of(config, c, from, to).write(out); // what ran, so a member can be run again alone (web UI)
        o.println("Trades written to " + out);
        o.flush();
        return 0;
    }
}
