package dev.tradewind.cli.store;

import dev.tradewind.model.UserError;
import dev.tradewind.store.RunStatus;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoredRun;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tradewind runs delete ID}: removes a run and everything recorded with it. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Delete a recorded run with its orders, events, fills, trades, equity and log (one transaction).")
final class RunsDelete implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Stores stores;

    @Parameters(paramLabel = "ID", description = "the run id")
    long id;
    @Option(names = "--force", description = "delete even a run that is still running")
    boolean force;

    @Override
    public Integer call() {
        RunStore store = stores.open();
        StoredRun r = Stores.run(store, id);
        if (r.status() == RunStatus.RUNNING && !force) {
            throw new UserError("run " + id + " is still running (pid " + r.pid() + " on " + r.host()
                    + "); wait for it, or use --force");
        }
        if (!Stores.call(() -> store.delete(id))) throw new UserError("store " + store.target().display() + ": no run " + id);
        RunsCommand.print(spec.commandLine(), "Deleted run " + id + " (" + r.strategy() + ", " + r.status().label() + ")\n");
        return 0;
    }
}
