package dev.tradewind.store.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: the one named by {@code TRADEWIND_TEST_PG_URL} (an admin JDBC URL that may
 * create databases), else a throwaway cluster started here from the machine's PostgreSQL binaries ({@code pg_ctl} on
 * the PATH or under {@code /usr/lib/postgresql/}), on a free loopback port, as an unprivileged user when running as
 * root, and stopped when the JVM exits. Each test gets a fresh database.
 *
 * <p>When no server can be had, tests skip with the reason, unless {@code CI} or {@code TRADEWIND_REQUIRE_PG=1} is
 * set: then they fail, so CI always exercises PostgreSQL.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String adminUrl;
    private static String database;
    private static String unavailable;
    private static boolean tried;

    private TestPostgres() {}

    /** Whether a missing server must fail the tests instead of skipping them. */
    public static boolean required() {
        String ci = System.getenv("CI");
        return (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) || "1".equals(System.getenv("TRADEWIND_REQUIRE_PG"));
    }

    /**
     * A JDBC URL of a new, empty schema (in one database shared by the tests of this JVM: creating a schema takes
     * milliseconds, a database hundreds), or null with {@link #unavailableReason()} set.
     */
    public static String newDatabase() {
        String admin = admin();
        if (admin == null) return null;
        String schema = "t" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(database); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema " + schema + ": " + e.getMessage(), e);
        }
        return database + (database.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Why there is no server, or null. */
    public static String unavailableReason() {
        admin();
        return unavailable;
    }

    static String replaceDatabase(String url, String name) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : url.substring(q);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + name + query;
    }

    private static synchronized String admin() {
        if (tried) return adminUrl;
        tried = true;
        String given = System.getenv("TRADEWIND_TEST_PG_URL");
        try {
            if (given != null && !given.isBlank()) {
                try (Connection c = DriverManager.getConnection(given)) {
                    adminUrl = given;
                }
            } else {
                adminUrl = start();
            }
            String name = "tradewind_test_" + ProcessHandle.current().pid();
            try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            database = replaceDatabase(adminUrl, name);
        } catch (Exception e) {
            unavailable = "PostgreSQL unavailable: " + e.getMessage();
            System.err.println("[tradewind tests] " + unavailable);
        }
        return adminUrl;
    }

    private static String start() throws IOException, InterruptedException, SQLException {
        Path bin = binaries();
        Path base = Files.createTempDirectory("tradewind-pg-");
        Path data = base.resolve("data");
        List<String> asUser = new ArrayList<>();
        if (isRoot()) {
            String user = userExists("postgres") ? "postgres" : "nobody";
            run(List.of("chown", "-R", user, base.toString()), base.resolve("chown.log"));
            asUser.addAll(List.of("runuser", "-u", user, "--"));
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> initdb = new ArrayList<>(asUser);
        initdb.addAll(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync"));
        run(initdb, base.resolve("initdb.log"));
        List<String> start = new ArrayList<>(asUser);
        start.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", base.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + base + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=100",
                "start"));
        run(start, base.resolve("pg_ctl.log"));
        List<String> stop = new ArrayList<>(asUser);
        stop.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(stop, base.resolve("stop.log"));
            } catch (Exception e) {
                // the JVM is exiting
            }
            deleteTree(base);
        }));
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
        try (Connection c = DriverManager.getConnection(url)) {
            return url;
        }
    }

    private static Path binaries() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "pg_ctl");
            if (Files.isExecutable(p) && Files.isExecutable(p.resolveSibling("initdb"))) return p.toRealPath().getParent();
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var best = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("pg_ctl")) && Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(TestPostgres::version));
                if (best.isPresent()) return best.get();
            }
        }
        throw new IOException("no PostgreSQL binaries (pg_ctl, initdb) on the PATH or under /usr/lib/postgresql;"
                + " install the postgresql package or set TRADEWIND_TEST_PG_URL");
    }

    private static int version(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString().split("\\.")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean userExists(String user) {
        try {
            return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith(user + ":"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + ": timed out");
        }
        if (p.exitValue() != 0) {
            String out = Files.exists(log) ? Files.readString(log).strip() : "";
            throw new IOException(command.get(command.size() > 4 && command.get(0).equals("runuser") ? 4 : 0) + " failed ("
                    + p.exitValue() + "): " + out.lines().reduce((a, b) -> b).orElse(""));
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
