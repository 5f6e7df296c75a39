package dev.tradewind.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Tells a live running run from one whose process is gone. PostgreSQL: the recording holds a session advisory lock
 * keyed by the run id, which the server drops with the session, so this works across hosts. SQLite: the recorded
 * host, pid and process start time; a run recorded by another host is taken as live.
 *
 * <p>The lock's first key is derived from the schema, so several stores in one PostgreSQL database (one schema
 * each, chosen with {@code currentSchema=} in the URL) do not see each other's runs as live.
 */
final class Liveness {

    private Liveness() {}

    /** Takes the run's lock on the recording's connection (PostgreSQL only). */
    static void hold(Connection c, Dialect d, long id) throws SQLException {
        if (d != Dialect.POSTGRESQL) return;
        try (PreparedStatement p = c.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
            p.setInt(1, space(c));
            p.setInt(2, (int) id);
            p.executeQuery().close();
        }
    }

    static boolean alive(Connection c, Dialect d, long id, String host, long pid, long startNs) throws SQLException {
        if (d == Dialect.SQLITE) return Processes.alive(host, pid, startNs);
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                + "AND classid = ?::oid AND objid = ?::oid AND objsubid = 2 AND granted")) {
            p.setLong(1, Integer.toUnsignedLong(space(c)));
            p.setLong(2, Integer.toUnsignedLong((int) id));
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }

    private static int space(Connection c) throws SQLException { return ("tradewind:" + c.getSchema()).hashCode(); }
}
