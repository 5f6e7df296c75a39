package dev.tradewind.cli.store;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.runner.Json;
import dev.tradewind.store.RunStore;
import dev.tradewind.web.replay.ReplayFiles;
import dev.tradewind.web.replay.ReplayReport;
import dev.tradewind.web.replay.ReplayRows;
import dev.tradewind.web.replay.Replayer;
import dev.tradewind.web.replay.Summary;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewind replay ID}: a paper or live run replayed as a backtest on the bars it saw, and the differences. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay a recorded paper or live run as a backtest on the bars it saw and compare them fill by fill.")
public final class ReplayCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Stores stores;

    @Parameters(paramLabel = "RUN_ID", description = "the run id (see: tradewind runs list)")
    long id;
    @Option(names = "--out", paramLabel = "DIR", description = "write summary.json, fills.csv, orders.csv and equity.csv here")
    Path out;
    @Option(names = "--json", description = "print the summary as one JSON object")
    boolean json;
    @Option(names = "--catalog", paramLabel = "DIR", description = "the market data catalog the run appended its bars to "
            + "(default: $TRADEWIND_CATALOG, else $TRADEWIND_HOME/catalog, else ~/.tradewind/catalog)")
    String catalog;

    @Override
    public Integer call() {
        ReplayReport report;
        String before = System.getProperty(Catalog.PROPERTY);
        try (RunStore store = stores.open()) {
            if (catalog != null) System.setProperty(Catalog.PROPERTY, catalog);
            report = Stores.call(() -> Replayer.replay(store, id, null));
        } finally {
            if (before == null) System.clearProperty(Catalog.PROPERTY);
            else System.setProperty(Catalog.PROPERTY, before);
        }
        if (out != null) ReplayFiles.write(out, report);
        RunsCommand.print(spec.commandLine(), json ? Json.compact(ReplayRows.summary(report)) + "\n" : text(report));
        return 0;
    }

    private String text(ReplayReport r) {
        Summary s = r.summary();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Run %d (%s, %s) replayed as a backtest over %d bars%n", r.run(), r.strategy(), r.data(),
                s.equity().bars()));
        b.append("  orders    ").append(counts(s.orders())).append('\n');
        b.append("  fills     ").append(counts(s.fills())).append('\n');
        b.append(String.format(Locale.ROOT, "  slippage  %.4f paid vs the model (%.4f per fill, %.2f bps per fill)%n",
                s.slippage().total(), s.slippage().perFill(), s.slippage().bpsPerFill()));
        b.append(String.format(Locale.ROOT, "  latency   mean %.1f ms, max %.1f ms%n", s.latency().meanMs(), s.latency().maxMs()));
        b.append(String.format(Locale.ROOT, "  fees      %.4f live, %.4f backtest, difference %.4f%n", s.fees().live(),
                s.fees().backtest(), s.fees().difference()));
        b.append(String.format(Locale.ROOT, "  equity    final %.2f live, %.2f backtest, gap %.2f (largest %.2f)%n",
                s.equity().finalLive(), s.equity().finalBacktest(), s.equity().finalGap(), s.equity().maxGap()));
        if (out != null) b.append("Files in ").append(out).append(": summary.json, fills.csv, orders.csv, equity.csv\n");
        return b.toString();
    }

    private static String counts(Summary.Counts c) {
        return c.live() + " live, " + c.backtest() + " backtest: " + c.matched() + " matched, " + c.onlyLive() + " only live, "
                + c.onlyBacktest() + " only backtest";
    }
}
