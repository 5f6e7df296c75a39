package dev.tradewind.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a store lives: an SQLite file or a PostgreSQL JDBC URL.
 *
 * @param dialect the database kind
 * @param url     the JDBC URL
 * @param file    the SQLite file, or null for PostgreSQL
 * @param display how to name the store in messages: the file, or the URL without its password
 */
public record StoreTarget(Dialect dialect, String url, Path file, String display) {
    /** The environment variable naming the store when {@code --store} is not given. */
    public static final String ENV_STORE = "TRADEWIND_STORE";
    /** The environment variable naming Tradewind's home directory (default {@code ~/.tradewind}). */
    public static final String ENV_HOME = dev.tradewind.model.Home.ENV;

    /**
     * Parses a {@code --store} value: {@code jdbc:postgresql://...} selects PostgreSQL, {@code jdbc:sqlite:FILE} or a
     * plain path an SQLite file ({@code ~/} is the user's home).
     */
    public static StoreTarget parse(String location) {
        String s = location.strip();
        if (s.isEmpty()) throw new StoreException("--store: empty location; give a file path or a jdbc:postgresql:// URL");
        if (s.startsWith("jdbc:postgresql:")) return new StoreTarget(Dialect.POSTGRESQL, s, null, withoutPassword(s));
        if (s.startsWith("jdbc:sqlite:")) s = s.substring("jdbc:sqlite:".length());
        else if (s.startsWith("jdbc:")) {
            throw new StoreException("--store: unsupported database '" + s.substring(0, Math.min(s.length(), 24))
                    + "...'; give an SQLite file path or a jdbc:postgresql:// URL");
        }
        if (s.startsWith("~/")) s = System.getProperty("user.home") + s.substring(1);
        Path file = Path.of(s).toAbsolutePath().normalize();
        return new StoreTarget(Dialect.SQLITE, "jdbc:sqlite:" + file, file, file.toString());
    }

    /**
     * The store to use: {@code option} if given, else {@code $TRADEWIND_STORE}, else {@code $TRADEWIND_HOME/runs.db},
     * else {@code ~/.tradewind/runs.db}.
     */
    public static StoreTarget resolve(String option, Map<String, String> env, String userHome) {
        if (option != null) return parse(option);
        String fromEnv = env.get(ENV_STORE);
        if (fromEnv != null && !fromEnv.isBlank()) return parse(fromEnv);
        return parse(dev.tradewind.model.Home.dir(env, userHome).resolve("runs.db").toString());
    }

    /** {@link #resolve(String, Map, String)} with this process's environment and home. */
    public static StoreTarget resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("user.home"));
    }

    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
    }
}
