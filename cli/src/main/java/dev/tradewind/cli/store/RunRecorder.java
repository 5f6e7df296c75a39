package dev.tradewind.cli.store;

import dev.tradewind.model.UserError;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.store.Completion;
import dev.tradewind.store.Recording;
import dev.tradewind.store.RunStart;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoreException;
import java.io.PrintWriter;

/**
 * Records a backtest in the run store for {@code tradewind backtest}: the run is stored as running before it starts,
 * then completed with its results in one transaction (written on a background thread while the command writes its
 * files and report), or marked failed with the error's line. A store that cannot be
 * opened or written is a one-line error (exit code 2) that names the store and {@code --no-store}.
 */
public final class RunRecorder implements AutoCloseable {
    private static final String HINT = " (--no-store runs without recording)";
    private final RunStore store;
    private final Recording recording;

    private RunRecorder(RunStore store, Recording recording) {
        this.store = store;
        this.recording = recording;
    }

    /** Opens the store ({@code location}, or the default) and records the start of a run; a no-op when disabled. */
    public static RunRecorder begin(boolean disabled, String location, RunConfig config) {
        if (disabled) return new RunRecorder(null, null);
        try {
            RunStore store = RunStore.open(location);
            Recording r = store.begin(new RunStart(config.strategy(), config.symbol(), config.data(), config.params(),
                    Json.compact(config), CodeVersion.current()));
            return new RunRecorder(store, r);
        } catch (StoreException e) {
            throw new UserError(e.getMessage() + HINT, e);
        }
    }

    /**
     * {@link #begin} on a thread of its own, so that the store opens (its native library, its migrations) while the
     * run's data loads; {@link Opening#recorder} waits for it and throws what {@code begin} threw.
     */
    public static Opening open(boolean disabled, String location, RunConfig config) {
        java.util.concurrent.CompletableFuture<RunRecorder> f = new java.util.concurrent.CompletableFuture<>();
        if (disabled) {
            f.complete(new RunRecorder(null, null));
        } else {
            Thread.ofPlatform().daemon().name("tradewind-store-open").start(() -> {
                try {
                    f.complete(begin(false, location, config));
                } catch (Throwable e) {
                    f.completeExceptionally(e);
                }
            });
        }
        return new Opening(f);
    }

    /** A recorder being opened. */
    public record Opening(java.util.concurrent.CompletableFuture<RunRecorder> future) {
        /** The recorder, once the store is open; what opening it threw otherwise. */
        public RunRecorder recorder() {
            try {
                return future.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error r) throw r;
                throw e;
            }
        }
    }

    /** Starts storing the results on the store's writer thread; {@link #finish} waits for them. */
    public void complete(Backtester.Outcome o) { complete(o, o.results()); }

    /** {@link #complete(Backtester.Outcome)} with the outcome's {@code results()} computed already. */
    public void complete(Backtester.Outcome o, java.util.Map<String, Object> results) {
        if (recording == null) return;
        RunConfig c = o.config();
        recording.completeInBackground(new Completion(c.symbol(), Json.compact(c), c.dataSha256(), c.strategySha256(),
                o.statistics(), results, o.result()));
    }

    /** Waits until the results are stored and says where on {@code err} (one line); a failure is a user error. */
    public void finish(PrintWriter err) {
        if (recording == null) return;
        try {
            recording.await();
        } catch (StoreException e) {
            throw new UserError(e.getMessage() + HINT, e);
        }
        err.println("Recorded as run " + recording.id() + " in " + store.target().display() + " (tradewind runs show "
                + recording.id() + ")");
        err.flush();
    }

    /** Marks the run failed with the error's message; a store failure here is not reported over the original error. */
    public void fail(Throwable error) {
        if (recording == null) return;
        String message = error instanceof UserError ? error.getMessage() : dev.tradewind.runner.Failures.describe(error);
        try {
            recording.fail(message);
        } catch (StoreException ignored) {
            // the run then reads as incomplete; the user sees the error that stopped it
        }
    }

    /** Waits for a pending write, marks an unfinished run failed, and closes the store. */
    @Override
    public void close() {
        if (recording == null) return;
        recording.close();
        store.close();
    }
}
