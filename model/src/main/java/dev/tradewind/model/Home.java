package dev.tradewind.model;

import java.nio.file.Path;
import java.util.Map;

/** Tradewind's own folder for a user: {@code $TRADEWIND_HOME}, else {@code ~/.tradewind}. */
public final class Home {
    /** The environment variable that moves the folder. */
    public static final String ENV = "TRADEWIND_HOME";

    private Home() {}

    /** The folder for {@code env} and {@code userHome}. */
    public static Path dir(Map<String, String> env, String userHome) {
        String home = env.get(ENV);
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(userHome, ".tradewind");
    }

    /** The folder for this process. */
    public static Path dir() { return dir(System.getenv(), System.getProperty("user.home")); }
}
