package dev.tradewind.store;

import dev.tradewind.model.LogLine;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.model.Fill;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.Trade;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The run store: every backtest with its orders, order events, fills, trades, equity curve and log, in SQLite (one
 * file, WAL mode: readers never wait for a writer, writers queue on a busy timeout) or PostgreSQL (the same schema).
 * The schema is migrated on open. Each operation takes its own connection, so one instance may be shared by
 * threads; a {@link Recording} is used by one thread. SQLite connections are kept open for reuse (at most
 * {@link #MAX_IDLE} idle): closing the last connection to a WAL database checkpoints it and deletes the WAL, which
 * would cost every recorded run an fsync. {@link #close} closes them; a process that exits without it loses nothing.
 *
 * <p>Every failure is a {@link StoreException} with one line naming the store.
 */
public final class RunStore implements AutoCloseable {
    /** How long an SQLite writer waits for another writer before giving up. */
    public static final int BUSY_TIMEOUT_MS = 60_000;
    /** Idle SQLite connections kept for reuse. */
    static final int MAX_IDLE = 4;

    private final StoreTarget target;
    private final DataSource dataSource;
    private final InstantSource clock;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;
    private ExecutorService writer;
    /**
     * Serializes this store's SQLite write transactions inside the JVM. Without it a writer that finds the write lock
     * taken by another thread of this process sleeps in SQLite's busy handler (1, 2, 5, 10 ms ... between retries), so a
     * run begun while the previous one is stored on the writer thread lost up to 8 ms more than the write took. Other
     * processes still queue on the busy timeout.
     */
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private RunStore(StoreTarget target, DataSource dataSource, InstantSource clock) {
        this.target = target;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Opens the store at a {@code --store} location (null: the default), creating an SQLite file on first use. */
    public static RunStore open(String location) { return open(StoreTarget.resolve(location), true); }

    /**
     * Opens a store. With {@code create} false a missing SQLite file is an error instead of a new store (for
     * commands that only read).
     */
    public static RunStore open(StoreTarget target, boolean create) {
        if (target.file() != null) {
            if (!create && !Files.exists(target.file())) {
                throw new StoreException("store " + target.display() + ": no run store there (a backtest creates it; "
                        + "choose another with --store or " + StoreTarget.ENV_STORE + ")");
            }
            try {
                Files.createDirectories(target.file().toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new StoreException("store " + target.display() + ": cannot create its directory: " + e, e);
            }
        }
        return open(target, dataSource(target), InstantSource.system());
    }

    /** Opens a store on a given data source (tests use one that fails on purpose). */
    public static RunStore open(StoreTarget target, DataSource dataSource, InstantSource clock) {
        Migrations.apply(dataSource, target);
        return new RunStore(target, dataSource, clock);
    }

    /** The data source a target uses: SQLite in WAL mode with a busy timeout, or PostgreSQL with batched inserts. */
    public static DataSource dataSource(StoreTarget target) {
        if (target.dialect() == Dialect.SQLITE) {
            SqliteNative.prepare();
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.enforceForeignKeys(true);
            SQLiteDataSource ds = new SQLiteDataSource(config);
            ds.setUrl(target.url());
            return ds;
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(target.url());
        ds.setReWriteBatchedInserts(true);
        if (!target.url().contains("connectTimeout")) ds.setConnectTimeout(10);
        ds.setApplicationName("tradewind");
        return ds;
    }

    public StoreTarget target() { return target; }

    long now() {
        Instant t = clock.instant();
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    Connection connect() {
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            try {
                if (!c.isClosed()) return c; // only SQLite connections are kept: local, they do not go stale
            } catch (SQLException e) {
                // closed below
            }
            close(c);
        }
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw Errors.of(target, "cannot open", e);
        }
    }

    /** Gives back a connection in auto-commit mode with no transaction open: kept for reuse (SQLite) or closed. */
    void release(Connection c) {
        if (target.dialect() == Dialect.SQLITE && !closed && idle.size() < MAX_IDLE) {
            idle.offerFirst(c);
            if (!closed) return;
            idle.remove(c);
        }
        close(c);
    }

    /** Takes the in-process write lock (SQLite only); pair with {@link #unlockWrites} in a finally block. */
    void lockWrites() {
        if (target.dialect() == Dialect.SQLITE) writeLock.lock();
    }

    void unlockWrites() {
        if (target.dialect() == Dialect.SQLITE) writeLock.unlock();
    }

    /** The thread that background completions run on: one, a daemon, so a forgotten write never keeps a JVM alive. */
    synchronized ExecutorService writer() {
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "tradewind-store-writer");
                t.setDaemon(true);
                return t;
            });
        }
        return writer;
    }

    /** Waits for background writes, then closes the idle connections; the store must not be used afterwards. */
    @Override
    public void close() {
        synchronized (this) {
            if (writer != null) {
                writer.shutdown();
                try {
                    writer.awaitTermination(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        closed = true;
        Connection c;
        while ((c = idle.pollFirst()) != null) close(c);
    }

    /**
     * Records the start of a run (status running) and returns its recording. The caller completes or fails it; see
     * {@link Recording}.
     */
    public Recording begin(RunStart start) { return begin(start, true); }

    /**
     * Records a run that will start later (queued): the row is written with status running and its id is known, but
     * no connection is held until {@link Recording#attach} (when the run starts), so a long queue does not exhaust the
     * database's connections or the process's files. On PostgreSQL another process sees such a run as incomplete
     * until it is attached.
     */
    public Recording reserve(RunStart start) { return begin(start, false); }

    private Recording begin(RunStart start, boolean hold) {
        Connection c = connect();
        Dialect d = target.dialect();
        lockWrites();
        try {
            Sql.begin(c, d);
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO runs (strategy, symbol, data, parameters, config, "
                    + "code_version, started_ns, status, host, pid, process_start_ns) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?) RETURNING id")) {
                p.setString(1, start.strategy());
                Sql.setText(p, 2, start.symbol());
                Sql.setText(p, 3, start.data());
                p.setString(4, JsonText.write(start.params()));
                Sql.setText(p, 5, start.config());
                p.setString(6, start.codeVersion());
                p.setLong(7, now());
                p.setString(8, Processes.host());
                p.setLong(9, Processes.pid());
                p.setLong(10, Processes.startNs());
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            if (hold) Liveness.hold(c, d, id);
            Sql.commit(c, d);
            if (hold) return new Recording(this, c, id);
            release(c);
            return new Recording(this, null, id);
        } catch (SQLException | RuntimeException e) {
            Sql.rollbackQuietly(c, d);
            close(c);
            throw e instanceof StoreException s ? s : Errors.of(target, "cannot record a new run", e);
        } finally {
            unlockWrites();
        }
    }

    /**
     * Takes up a stopped run again (a paper run continued with {@code --resume}): a completed run, or one stored as
     * running whose process is gone (incomplete), is marked running under this process, its end and message cleared;
     * its rows stay until the recording's next checkpoint replaces them.
     *
     * @throws StoreException if there is no such run, or it is running in another process, or it failed
     */
    public Recording resume(long id) {
        StoredRun r = get(id);
        if (r.status() == RunStatus.RUNNING) {
            throw new StoreException("store " + target.display() + ": run " + id + " is running in process " + r.pid() + " on "
                    + r.host() + "; stop it first");
        }
        if (r.status() == RunStatus.FAILED) {
            throw new StoreException("store " + target.display() + ": run " + id + " failed (" + r.message() + "); it cannot be resumed");
        }
        Connection c = connect();
        Dialect d = target.dialect();
        lockWrites();
        try {
            Sql.begin(c, d);
            try (PreparedStatement p = c.prepareStatement("UPDATE runs SET status = 'running', ended_ns = NULL, message = NULL, "
                    + "host = ?, pid = ?, process_start_ns = ? WHERE id = ? AND status IN ('completed', 'running')")) {
                p.setString(1, Processes.host());
                p.setLong(2, Processes.pid());
                p.setLong(3, Processes.startNs());
                p.setLong(4, id);
                if (p.executeUpdate() != 1) throw new StoreException("store " + target.display() + ": run " + id + " changed meanwhile");
            }
            Liveness.hold(c, d, id);
            Sql.commit(c, d);
            return new Recording(this, c, id);
        } catch (SQLException | RuntimeException e) {
            Sql.rollbackQuietly(c, d);
            close(c);
            throw e instanceof StoreException s ? s : Errors.of(target, "cannot resume run " + id, e);
        } finally {
            unlockWrites();
        }
    }

    /** Runs matching a filter, newest first. */
    public List<StoredRun> list(RunFilter filter) { return read("cannot list runs", c -> RunReader.list(c, target.dialect(), filter)); }

    /** A run, if stored. */
    public Optional<StoredRun> find(long id) {
        return Optional.ofNullable(read("cannot read run " + id, c -> RunReader.find(c, target.dialect(), id)));
    }

    /** A run, or a {@link StoreException} naming the store if there is none with this id. */
    public StoredRun get(long id) {
        return find(id).orElseThrow(() -> new StoreException("store " + target.display() + ": no run " + id));
    }

    /** A run's orders with their final state, in id order. */
    public List<OrderRecord> orders(long id) { return read("cannot read orders", c -> RunReader.orders(c, id)); }

    /** A run's order events, in the order they happened. */
    public List<OrderEvent> events(long id) { return read("cannot read order events", c -> RunReader.events(c, id)); }

    /** A run's fills, in execution order. */
    public List<Fill> fills(long id) { return read("cannot read fills", c -> RunReader.fills(c, id)); }

    /** A run's closed trades, in closing order. */
    public List<Trade> trades(long id) { return read("cannot read trades", c -> RunReader.trades(c, id)); }

    /** A run's equity curve. */
    public StoredEquity equity(long id) { return read("cannot read the equity curve", c -> RunReader.equity(c, id)); }

    /** Every entry the run's strategy asked for, sent or refused, in order. */
    public List<dev.tradewind.model.Signal> signals(long id) { return read("cannot read signals", c -> RunReader.signals(c, id)); }

    /** The run's cash movements that are not fills (funding, borrow, liquidation fees), in order. */
    public List<dev.tradewind.model.LedgerEntry> ledger(long id) { return read("cannot read the ledger", c -> RunReader.ledger(c, id)); }

    /** A run's log lines. */
    public List<LogLine> logs(long id) { return read("cannot read the log", c -> RunReader.logs(c, id)); }

    /**
     * How many rows a run has in each table: orders, order_events, fills, trades, logs, and bars (the equity curve),
     * in that order.
     */
    public LinkedHashMap<String, Long> counts(long id) {
        return read("cannot count the rows of run " + id, c -> {
            LinkedHashMap<String, Long> out = new LinkedHashMap<>();
            for (String table : List.of("orders", "order_events", "fills", "trades", "logs")) {
                out.put(table, count(c, "SELECT count(*) FROM " + table + " WHERE run_id = ?", id));
            }
            out.merge("order_events", count(c, "SELECT coalesce(sum(events), 0) FROM order_event_columns WHERE run_id = ?", id),
                    Long::sum);
            for (String table : List.of("orders", "fills", "trades")) {
                out.merge(table, count(c, "SELECT coalesce(sum(row_count), 0) FROM packed_rows WHERE run_id = ? AND table_name = '"
                        + table + "'", id), Long::sum);
            }
            out.put("bars", count(c, "SELECT coalesce(sum(bars), 0) FROM equity WHERE run_id = ?", id));
            return out;
        });
    }

    private static long count(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    /** Deletes a run and all its rows in one transaction; false if there was no such run. */
    public boolean delete(long id) {
        return write("cannot delete run " + id, c -> {
            for (String table : List.of("order_events", "order_event_columns", "fills", "orders", "trades", "equity",
                    "logs", "signals", "ledger", "packed_rows")) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
                    p.setLong(1, id);
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM runs WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() == 1;
            }
        });
    }

    /** Runs {@code q} in one write transaction (queued behind this process's other writers); rolled back if it fails. */
    <T> T write(String doing, Query<T> q) {
        Connection c = connect();
        Dialect d = target.dialect();
        lockWrites();
        try {
            Sql.begin(c, d);
            T t = q.run(c);
            Sql.commit(c, d);
            return t;
        } catch (SQLException | RuntimeException e) {
            Sql.rollbackQuietly(c, d);
            throw e instanceof StoreException s ? s : Errors.of(target, doing, e);
        } finally {
            unlockWrites();
            release(c);
        }
    }

    /** The strategy and symbol registry in this store. */
    public Registry registry() { return new Registry(this); }

    /** The parameter sweeps recorded in this store. */
    public Sweeps sweeps() { return new Sweeps(this); }

    interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T read(String doing, Query<T> q) {
        Connection c = connect();
        try {
            return q.run(c);
        } catch (SQLException e) {
            throw Errors.of(target, doing, e);
        } finally {
            release(c);
        }
    }

    static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // nothing to keep
        }
    }
}
