package dev.tradewind.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/** JDBC helpers shared by the writer and the reader: NaN as NULL, and one transaction style per dialect. */
final class Sql {
    private Sql() {}

    /** Binds a double; NaN (no price) becomes NULL, as SQLite would store it anyway. */
    static void setDouble(PreparedStatement s, int i, double x) throws SQLException {
        if (Double.isNaN(x)) s.setNull(i, Types.DOUBLE);
        else s.setDouble(i, x);
    }

    /** Reads a double; NULL becomes NaN. */
    static double getDouble(ResultSet r, String column) throws SQLException {
        double x = r.getDouble(column);
        return r.wasNull() ? Double.NaN : x;
    }

    /** Binds a string or NULL. */
    static void setText(PreparedStatement s, int i, String x) throws SQLException {
        if (x == null) s.setNull(i, Types.VARCHAR);
        else s.setString(i, x);
    }

    /**
     * Starts a write transaction. SQLite takes the write lock at once ({@code BEGIN IMMEDIATE}, so a second writer
     * waits for the busy timeout instead of failing on lock upgrade); the connection stays in auto-commit mode
     * outside it, so it never holds a lock between transactions.
     */
    static void begin(Connection c, Dialect d) throws SQLException {
        if (d == Dialect.SQLITE) {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
        } else {
            c.setAutoCommit(false);
        }
    }

    static void commit(Connection c, Dialect d) throws SQLException {
        if (d == Dialect.SQLITE) {
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
        } else {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    /** Rolls back if a transaction is open; never throws (the first failure is the one to report). */
    static void rollbackQuietly(Connection c, Dialect d) {
        try {
            if (d == Dialect.SQLITE) {
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK");
                }
            } else {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            // no transaction was open, or the connection is gone (then the server or SQLite rolls back itself)
        }
    }
}
