package dev.tradewind.catalog;

import dev.tradewind.model.BarSeries;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The catalog's Parquet files, read and written through an in-memory DuckDB. A file holds one symbol and timeframe:
 * columns {@code time} (TIMESTAMP_NS, UTC), {@code open, high, low, close, volume} (DOUBLE), sorted by time, unique
 * times, zstd-compressed. Not thread-safe; {@link Catalog} serializes access.
 */
final class Parquet implements AutoCloseable {
    private Connection duck;
    private boolean registered;
    /** What {@code incoming} reads; null when nothing is staged. */
    private volatile StagedBars.Source staged;

    private final int threads;

    /** A DuckDB with its default threads (one per core). */
    Parquet() { this(0); }

    /** A DuckDB running queries on {@code threads} threads (0: its default, one per core). */
    Parquet(int threads) { this.threads = threads; }

    private Connection duck() throws SQLException {
        if (duck == null) {
            duck = DriverManager.getConnection("jdbc:duckdb:");
            if (threads > 0) {
                try (Statement s = duck.createStatement()) {
                    s.execute("SET threads = " + threads);
                }
            }
        }
        return duck;
    }

    /** What merging the staged bars would do to {@code existing}: {added, replaced, unchanged}. */
    long[] compare(Path existing) throws SQLException {
        try (PreparedStatement p = duck().prepareStatement("SELECT count(*) FILTER (WHERE s.time_ns IS NULL), "
                + "count(*) FILTER (WHERE s.time_ns IS NOT NULL AND (i.open, i.high, i.low, i.close, i.volume) IS DISTINCT FROM "
                + "(s.open, s.high, s.low, s.close, s.volume)), count(*) FILTER (WHERE s.time_ns IS NOT NULL AND "
                + "(i.open, i.high, i.low, i.close, i.volume) IS NOT DISTINCT FROM (s.open, s.high, s.low, s.close, s.volume)) "
                + "FROM incoming i LEFT JOIN (SELECT epoch_ns(time) AS time_ns, open, high, low, close, volume "
                + "FROM read_parquet(?)) s ON i.time_ns = s.time_ns")) {
            p.setString(1, existing.toString());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
            }
        }
    }

    /**
     * Writes the staged bars merged with {@code existing} (or null) to {@code out}: the staged bars win at equal times.
     * Returns the number of bars written.
     */
    long writeMerged(Path existing, Path out, String symbol, String timeframe) throws SQLException {
        String rows = "SELECT make_timestamp_ns(time_ns) AS time, open, high, low, close, volume FROM incoming";
        if (existing != null) {
            rows += " UNION ALL SELECT o.time, o.open, o.high, o.low, o.close, o.volume FROM read_parquet(" + literal(existing)
                    + ") o ANTI JOIN incoming i ON epoch_ns(o.time) = i.time_ns";
        }
        try (Statement s = duck().createStatement()) {
            // the staged bars are in time order (the loader checks it) and DuckDB keeps the order it was given, so only a
            // merge needs sorting
            s.execute("COPY (" + rows + (existing == null ? "" : " ORDER BY time") + ") TO " + literal(out) + " (FORMAT parquet, COMPRESSION zstd, "
                    + "KV_METADATA {symbol: " + literal(symbol) + ", timeframe: " + literal(timeframe) + "})");
            staged = null;
        }
        return count(out);
    }

    /** Rows, first and last time (epoch ns) of a file. */
    long[] stats(Path file) throws SQLException {
        try (PreparedStatement p = duck().prepareStatement(
                "SELECT count(*), min(epoch_ns(time)), max(epoch_ns(time)) FROM read_parquet(?)")) {
            p.setString(1, file.toString());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
            }
        }
    }

    /** The bar times of a file with {@code from <= time < to}. */
    long[] times(Path file, long from, long to) throws SQLException {
        String where = range(from, to);
        int n = (int) count(file, where);
        long[] t = new long[n];
        try (PreparedStatement p = duck().prepareStatement("SELECT epoch_ns(time) FROM read_parquet(?)" + where)) {
            p.setString(1, file.toString());
            try (ResultSet r = p.executeQuery()) {
                for (int i = 0; i < n && r.next(); i++) t[i] = r.getLong(1);
            }
        }
        return t;
    }

    /** The bars of a file with {@code from <= time < to}, in time order. */
    BarSeries read(Path file, String symbol, long from, long to) throws SQLException {
        String where = range(from, to);
        long count = count(file, where);
        if (count > Integer.MAX_VALUE - 8) throw new CatalogException(file + ": " + count + " bars are too many to load at once");
        int n = (int) count;
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        int i = 0;
        try (PreparedStatement p = duck().prepareStatement(
                "SELECT epoch_ns(time), open, high, low, close, volume FROM read_parquet(?)" + where)) {
            p.setString(1, file.toString());
            try (ResultSet r = p.executeQuery()) {
                while (i < n && r.next()) {
                    t[i] = r.getLong(1);
                    o[i] = r.getDouble(2);
                    h[i] = r.getDouble(3);
                    l[i] = r.getDouble(4);
                    c[i] = r.getDouble(5);
                    v[i] = r.getDouble(6);
                    i++;
                }
            }
        }
        if (i != n) throw new SQLException(file + " changed while it was read");
        BarSeries bars = new BarSeries(symbol, t, o, h, l, c, v);
        for (int k = 1; k < n; k++) {
            if (t[k] <= t[k - 1]) throw new CatalogException(file + ": bars out of order at " + k + "; re-import the data");
        }
        return bars;
    }

    private long count(Path file) throws SQLException { return count(file, ""); }

    /** The number of bars of a file with {@code from <= time < to}. */
    long count(Path file, long from, long to) throws SQLException { return count(file, range(from, to)); }

    private long count(Path file, String where) throws SQLException {
        try (PreparedStatement p = duck().prepareStatement("SELECT count(*) FROM read_parquet(?)" + where)) {
            p.setString(1, file.toString());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String range(long from, long to) {
        String where = "";
        if (from != Long.MIN_VALUE) where += " WHERE time >= make_timestamp_ns(" + from + ")";
        if (to != Long.MAX_VALUE) where += (where.isEmpty() ? " WHERE" : " AND") + " time < make_timestamp_ns(" + to + ")";
        return where;
    }

    /**
     * Makes {@code bars} the staged bars that {@link #compare} and {@link #writeMerged} read, as the view
     * {@code incoming}. Nothing is copied: DuckDB reads the arrays through a table function while a query runs (an
     * appender into a table cost most of an import: it commits every 2,048 rows).
     */
    void stage(BarSeries bars) throws SQLException {
        stage(StagedBars.of(bars));
    }

    /** Makes {@code source} what {@code incoming} reads (see {@link #stage(BarSeries)}). */
    void stage(StagedBars.Source source) throws SQLException {
        staged = source;
        if (!registered) {
            StagedBars.register(duck(), () -> staged);
            try (Statement s = duck().createStatement()) {
                s.execute("CREATE OR REPLACE TEMP VIEW incoming AS SELECT * FROM " + StagedBars.NAME + "()");
            }
            registered = true;
        }
    }

    private static String literal(Object text) { return "'" + text.toString().replace("'", "''") + "'"; }

    @Override
    public void close() {
        if (duck == null) return;
        try {
            duck.close();
        } catch (SQLException e) {
            // an in-memory database has nothing to lose
        }
        duck = null;
        registered = false;
        staged = null;
    }
}
