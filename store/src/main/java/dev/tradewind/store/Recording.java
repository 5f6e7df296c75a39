package dev.tradewind.store;

import dev.tradewind.model.BacktestResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One run being recorded: created by {@link RunStore#begin} with status running, then either {@link #complete} (all
 * rows in one transaction) or {@link #fail}. Closing it without either marks the run failed. A process killed before
 * that leaves the run stored as running; readers then show it as {@link RunStatus#INCOMPLETE} (on SQLite the
 * recorded pid and process start time are gone; on PostgreSQL the session advisory lock this recording holds on
 * its connection is released by the server). Not thread-safe: one thread records one run.
 *
 * <p>{@link #completeInBackground} hands the write to the store's writer thread, so the caller can go on (write its
 * files, print its report, start the next run) while the rows are stored; {@link #await} or {@link #close} waits for
 * it. A process that exits before the write commits leaves the run incomplete, never half-written.
 */
public final class Recording implements AutoCloseable {
    private final RunStore store;
    private Connection connection; // null while a reserved run waits to start
    private final long id;
    private boolean finished;
    private Future<?> pending;

    Recording(RunStore store, Connection connection, long id) {
        this.store = store;
        this.connection = connection;
        this.id = id;
    }

    /** The run's id in the store. */
    public long id() { return id; }

    /**
     * Takes the connection of a run recorded with {@link RunStore#reserve} (on PostgreSQL with the lock that shows it
     * live); does nothing if it has one.
     */
    public void attach() {
        if (connection != null) return;
        Connection c = store.connect();
        try {
            Liveness.hold(c, store.target().dialect(), id);
        } catch (java.sql.SQLException | RuntimeException e) {
            RunStore.close(c);
            throw Errors.of(store.target(), "cannot take up run " + id, e);
        }
        connection = c;
    }

    /**
     * Records the results and marks the run completed, in one transaction: on any failure (disk full, a lost
     * connection) nothing of it is kept, the run is marked failed if the store can still be written, and a
     * {@link StoreException} says why.
     */
    public void complete(Completion done) { complete(done, null); }

    /**
     * Records the results of a run that never ends by itself (paper, live) and was stopped, as {@link #complete} does,
     * with {@code message} (e.g. {@code stopped: Ctrl-C}) on the run: it is stored as completed with that message, and
     * {@link RunStore#resume} can take it up again.
     */
    public void stop(Completion done, String message) { complete(done, message); }

    private void complete(Completion done, String message) {
        if (finished) throw new IllegalStateException("run " + id + " was already finished");
        finished = true;
        attach();
        Dialect d = store.target().dialect();
        store.lockWrites();
        try {
            Sql.begin(connection, d);
            if (!RunWriter.finish(connection, id, done, store.now(), message)) {
                Sql.rollbackQuietly(connection, d);
                throw new StoreException("store " + store.target().display() + ": run " + id
                        + " is no longer recorded as running (deleted meanwhile?); its results were not stored");
            }
            Sql.commit(connection, d);
        } catch (SQLException | RuntimeException e) {
            Sql.rollbackQuietly(connection, d);
            if (e instanceof StoreException s) throw s;
            StoreException error = Errors.of(store.target(), "cannot record run " + id, e);
            markFailed("not recorded: " + error.getMessage());
            throw error;
        } finally {
            store.unlockWrites();
            release();
        }
    }

    /**
     * Stores what a run still going has produced so far (a paper run), in one transaction that replaces the previous
     * checkpoint's rows: a process killed later keeps everything up to here, and readers see it now. The run stays
     * running; {@link #complete} replaces the rows once more with the final ones.
     */
    public void checkpoint(BacktestResult partial) {
        if (finished) throw new IllegalStateException("run " + id + " was already finished");
        attach();
        Dialect d = store.target().dialect();
        store.lockWrites();
        try {
            Sql.begin(connection, d);
            RunWriter.rows(connection, id, partial);
            Sql.commit(connection, d);
        } catch (SQLException | RuntimeException e) {
            Sql.rollbackQuietly(connection, d);
            throw Errors.of(store.target(), "cannot store a checkpoint of run " + id, e);
        } finally {
            store.unlockWrites();
        }
    }

    /**
     * Starts {@link #complete} on the store's writer thread and returns at once; {@link #await} reports its outcome.
     * The completion's arrays must not change until then.
     */
    public void completeInBackground(Completion done) {
        if (finished || pending != null) throw new IllegalStateException("run " + id + " was already finished");
        pending = store.writer().submit(() -> complete(done));
    }

    /** Waits for a background completion; rethrows its {@link StoreException}. Returns at once if there is none. */
    public void await() {
        if (pending == null) return;
        try {
            pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("store " + store.target().display() + ": interrupted while run " + id + " was recorded");
        }
    }

    /** Marks the run failed with a one-line reason. A failure to do so is reported as a {@link StoreException}. */
    public void fail(String message) {
        if (finished) throw new IllegalStateException("run " + id + " was already finished");
        finished = true;
        try {
            if (!markFailed(message)) {
                throw new StoreException("store " + store.target().display() + ": cannot mark run " + id + " failed");
            }
        } finally {
            release();
        }
    }

    /**
     * Waits for a background completion (its failure, already recorded as the run's status, is not rethrown: call
     * {@link #await} for it); otherwise marks the run failed ("abandoned") unless it was completed or failed, and
     * releases the connection.
     */
    @Override
    public void close() {
        if (pending != null) {
            try {
                await();
            } catch (RuntimeException e) {
                // the run is marked failed, or reads as incomplete
            }
            return;
        }
        if (finished) return;
        finished = true;
        markFailed("abandoned: the recording was closed without a result");
        release();
    }

    private boolean markFailed(String message) {
        try {
            attach();
        } catch (StoreException e) {
            return false;
        }
        store.lockWrites();
        try (PreparedStatement p = connection.prepareStatement(
                "UPDATE runs SET status = 'failed', ended_ns = ?, message = ? WHERE id = ? AND status = 'running'")) {
            p.setLong(1, store.now());
            p.setString(2, message == null || message.isBlank() ? "failed" : message.strip());
            p.setLong(3, id);
            p.executeUpdate();
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        } finally {
            store.unlockWrites();
        }
    }

    /** Gives the connection back; on PostgreSQL it is closed, which also drops the run's advisory lock. */
    private void release() {
        if (connection != null) store.release(connection);
        connection = null;
    }
}
