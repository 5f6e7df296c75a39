package dev.tradewind.cli.store;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tradewind runs}: the runs recorded in the run store. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "List, show, compare, export and delete recorded runs (every backtest is recorded; see store/README.md).",
        subcommands = {RunsList.class, RunsShow.class, RunsCompare.class, RunsExport.class, RunsDelete.class})
public final class RunsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    static void print(CommandLine cli, String text) {
        cli.getOut().print(text);
        cli.getOut().flush();
    }
}
