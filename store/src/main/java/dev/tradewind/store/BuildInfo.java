package dev.tradewind.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Tradewind version this build was made from (recorded with every run as part of its code version). */
public final class BuildInfo {
    private static final String VERSION = load();

    private BuildInfo() {}

    /** E.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() { return VERSION; }

    private static String load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
