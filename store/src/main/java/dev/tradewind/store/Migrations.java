package dev.tradewind.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a store's schema to the version this build knows, with Flyway (migrations in {@code db/tradewind}, shared by
 * both dialects). An up-to-date store is recognised with one query, so opening a store costs milliseconds; Flyway runs
 * only on a new or older store. Concurrent first opens of one SQLite file are serialized by a lock on a side file;
 * PostgreSQL is serialized by Flyway's own advisory lock.
 */
final class Migrations {
    /** The latest schema version in {@code db/tradewind}: raise it with every new migration. */
    static final int LATEST = 7;
    static final String HISTORY = "flyway_schema_history";
    /** The page size of a new SQLite store ({@link #create}). */
    static final int PAGE_SIZE = 65536;

    private Migrations() {}

    static void apply(DataSource ds, StoreTarget t) {
        if (t.file() != null && isEmpty(t.file())) underLock(t, () -> create(t));
        if (current(ds, t)) return;
        if (t.file() == null) {
            migrate(ds, t);
            return;
        }
        underLock(t, () -> {
            if (!current(ds, t)) migrate(ds, t);
        });
    }

    /** Runs {@code step} holding the lock on the SQLite store's side file (other processes opening it wait). */
    private static void underLock(StoreTarget t, Runnable step) {
        Path lock = t.file().resolveSibling(t.file().getFileName() + ".migrate-lock");
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = ch.lock()) {
            step.run();
        } catch (IOException e) {
            throw new StoreException("store " + t.display() + ": cannot lock " + lock + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return false; // the open that follows reports what is wrong with it
        }
    }

    /**
     * Creates a new SQLite store with pages of {@link #PAGE_SIZE} bytes, the size fixed when its first page is written
     * (here, by the switch to WAL). A run's results are a dozen blobs of up to a few megabytes, each a chain of overflow
     * pages: in 64 KiB pages the 1M-bar backtest's 12 MB went into the log and back into the file in a sixteenth of the
     * page writes, and its completion took a fraction of the time (bench/E2E.md). A store made before keeps its pages.
     */
    private static void create(StoreTarget t) {
        if (!isEmpty(t.file())) return; // another process made it meanwhile
        org.sqlite.SQLiteDataSource plain = new org.sqlite.SQLiteDataSource(); // no pragma before the page size
        plain.setUrl(t.url());
        try (Connection c = plain.getConnection(); Statement s = c.createStatement()) {
            s.execute("PRAGMA page_size = " + PAGE_SIZE);
            s.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw new StoreException("store " + t.display() + ": cannot create it: " + e.getMessage(), e);
        }
    }

    private static void migrate(DataSource ds, StoreTarget t) {
        try {
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(ds)
                    .locations("classpath:db/tradewind")
                    .table(HISTORY)
                    .placeholders(Map.of("identity", t.dialect().identity(), "blob", t.dialect().blob()))
                    .cleanDisabled(true)
                    .loggers(QuietFlywayLog.class.getName())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw Errors.migration(t, e);
        }
    }

    /** Whether the schema history says the store is at {@link #LATEST} or newer. */
    private static boolean current(DataSource ds, StoreTarget t) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            if (!hasHistory(c)) return false;
            try (ResultSet r = s.executeQuery("SELECT version FROM " + HISTORY + " WHERE success = " + trueLiteral(t)
                    + " AND version IS NOT NULL")) {
                int max = 0;
                while (r.next()) {
                    try {
                        max = Math.max(max, Integer.parseInt(r.getString(1).split("\\.")[0]));
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
                return max >= LATEST;
            }
        } catch (SQLException e) {
            throw Errors.of(t, "cannot open", e);
        }
    }

    private static String trueLiteral(StoreTarget t) { return t.dialect() == Dialect.SQLITE ? "1" : "TRUE"; }

    private static boolean hasHistory(Connection c) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(null, null, HISTORY, new String[] {"TABLE"})) {
            while (r.next()) {
                String schema = r.getString("TABLE_SCHEM");
                if (schema == null || schema.equals(c.getSchema())) return true;
            }
            return false;
        }
    }
}
