package dev.tradewind.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One run being recorded: created by {@link RunStore#begin} with status running, then either {@link #complete} (all
 * rows in one transaction) or {@link #fail}. Closing it without either marks the run failed. A process killed before
 * that leaves the run stored as running; readers then show it as {@link RunStatus#INCOMPLETE} (on SQLite the
 * recorded pid and process start time are gone; on PostgreSQL the session advisory lock this recording holds on
 * its connection is released by the server). Not thread-safe: one thread records one run.
 */
public final class Recording implements AutoCloseable {
    private final RunStore store;
    private final Connection connection;
    private final long id;
    private boolean finished;

    Recording(RunStore store, Connection connection, long id) {
        this.store = store;
        this.connection = connection;
        this.id = id;
    }

    /** The run's id in the store. */
    public long id() { return id; }

    /**
     * Records the results and marks the run completed, in one transaction: on any failure (disk full, a lost
     * connection) nothing of it is kept, the run is marked failed if the store can still be written, and a
     * {@link StoreException} says why.
     */
    public void complete(Completion done) {
        if (finished) throw new IllegalStateException("run " + id + " was already finished");
        finished = true;
        Dialect d = store.target().dialect();
        try {
            Sql.begin(connection, d);
            if (!RunWriter.finish(connection, id, done, store.now())) {
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
            release();
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

    /** Marks the run failed ("abandoned") unless it was completed or failed; releases the connection. */
    @Override
    public void close() {
        if (finished) return;
        finished = true;
        markFailed("abandoned: the recording was closed without a result");
        release();
    }

    private boolean markFailed(String message) {
        try (PreparedStatement p = connection.prepareStatement(
                "UPDATE runs SET status = 'failed', ended_ns = ?, message = ? WHERE id = ? AND status = 'running'")) {
            p.setLong(1, store.now());
            p.setString(2, message == null || message.isBlank() ? "failed" : message.strip());
            p.setLong(3, id);
            p.executeUpdate();
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private void release() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing releases the advisory lock; a broken connection is gone anyway
        }
    }
}
