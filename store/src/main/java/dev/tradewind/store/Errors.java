package dev.tradewind.store;

import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.api.FlywayException;

/** Turns database failures into one line a person can act on, naming the store. */
final class Errors {
    private Errors() {}

    static StoreException of(StoreTarget t, String doing, Throwable e) {
        return new StoreException("store " + t.display() + ": " + doing + ": " + describe(t, e), e);
    }

    static String describe(StoreTarget t, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof SQLException)) root = root.getCause();
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String low = m.toLowerCase(Locale.ROOT);
        String state = root instanceof SQLException s && s.getSQLState() != null ? s.getSQLState() : "";
        if (low.contains("sqlite_notadb") || low.contains("file is not a database")) {
            return "not an SQLite database (the file is corrupt or another kind of file); move it away or use --store "
                    + "for another store";
        }
        if (low.contains("sqlite_corrupt") || low.contains("malformed")) {
            return "the database file is corrupt (" + first(m) + "); move it away or use --store for another store";
        }
        if (low.contains("sqlite_full") || state.equals("53100") || low.contains("no space left") || low.contains("disk is full")) {
            return "disk full (" + first(m) + "); nothing of this write was kept";
        }
        if (low.contains("sqlite_readonly") || low.contains("readonly database") || low.contains("read-only")) {
            return "the store is read-only (" + first(m) + ")";
        }
        if (state.startsWith("08") || low.contains("connection refused") || low.contains("connection attempt failed")) {
            return "cannot connect to PostgreSQL: " + first(m);
        }
        return first(m);
    }

    /** A Flyway failure: a foreign database, a newer schema or a failed migration. */
    static StoreException migration(StoreTarget t, FlywayException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("without schema history table") || m.contains("but no schema history table")) {
            return new StoreException("store " + t.display() + ": not a Tradewind run store (it holds other tables and "
                    + "no Tradewind schema history); use --store for another store", e);
        }
        if (e.getCause() instanceof SQLException) return of(t, "cannot prepare the schema", e.getCause());
        return new StoreException("store " + t.display() + ": cannot prepare the schema: " + first(m), e);
    }

    private static String first(String m) {
        String line = m.strip().lines().filter(s -> !s.isBlank()).findFirst().orElse(m).strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
