package dev.tradewind.store;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Sends Flyway's messages to java.util.logging at FINE, so a command's output stays the command's: failures reach
 * the user as one-line {@link StoreException}s instead. Public only because Flyway instantiates it by name.
 */
public final class QuietFlywayLog implements LogCreator {
    private static final Logger LOG = Logger.getLogger("dev.tradewind.store.flyway");

    /** Instantiated by Flyway by class name (see {@code Migrations}). */
    public QuietFlywayLog() {}

    @Override
    public Log createLogger(Class<?> type) {
        return new Log() {
            @Override public boolean isDebugEnabled() { return LOG.isLoggable(Level.FINEST); }
            @Override public void debug(String m) { LOG.finest(m); }
            @Override public void info(String m) { LOG.fine(m); }
            @Override public void warn(String m) { LOG.fine(m); }
            @Override public void error(String m) { LOG.fine(m); }
            @Override public void error(String m, Exception e) { LOG.log(Level.FINE, m, e); }
            @Override public void notice(String m) { LOG.fine(m); }
        };
    }
}
