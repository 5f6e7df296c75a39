package dev.tradewind.cli.store;

import dev.tradewind.model.UserError;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoreException;
import dev.tradewind.store.StoredRun;
import dev.tradewind.store.StoreTarget;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The {@code --store} option of the {@code runs} commands, and store failures as one-line user errors. */
final class Stores {
    @Option(names = "--store", paramLabel = "URL|PATH",
            description = "the run store: an SQLite file or a jdbc:postgresql:// URL (default: $TRADEWIND_STORE, else "
                    + "$TRADEWIND_HOME/runs.db, else ~/.tradewind/runs.db)")
    String location;

    /** Opens the store for reading: a missing SQLite file is an error, not a new store. */
    RunStore open() {
        return call(() -> RunStore.open(StoreTarget.resolve(location), false));
    }

    static StoredRun run(RunStore store, long id) {
        return call(() -> store.get(id));
    }

    static <T> T call(Supplier<T> s) {
        try {
            return s.get();
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
