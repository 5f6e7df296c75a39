package dev.tradewind.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Gives sqlite-jdbc its native library from one fixed place per driver version,
 * {@code $TRADEWIND_HOME/native/sqlite-jdbc-VERSION/OS/ARCH/} (else {@code ~/.tradewind/native/...}), extracted once
 * and shared by every process. Left alone, the driver extracts about 1 MB into the temporary folder at every start
 * and deletes it only at a normal exit, so each killed process leaves a library and its lock file behind for good.
 * If the folder cannot be written, the driver's own extraction is used. Sets {@code org.sqlite.lib.path} and
 * {@code org.sqlite.lib.name} unless they are set already.
 */
final class SqliteNative {
    private static volatile boolean done;

    private SqliteNative() {}

    static void prepare() {
        if (done) return;
        synchronized (SqliteNative.class) {
            if (done) return;
            done = true;
            if (System.getProperty("org.sqlite.lib.path") != null) return;
            Path file = place(System.getenv(), System.getProperty("user.home"));
            if (file != null) {
                System.setProperty("org.sqlite.lib.path", file.getParent().toString());
                System.setProperty("org.sqlite.lib.name", file.getFileName().toString());
            }
        }
    }

    /** The extracted library, extracted now if missing; null if it cannot be. */
    static Path place(Map<String, String> env, String userHome) {
        String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + folder + "/" + name;
        Path dir = dev.tradewind.model.Home.dir(env, userHome).resolve("native").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(folder);
        Path file = dir.resolve(name);
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) return null; // not packaged for this platform: the driver decides
            if (Files.isRegularFile(file)) return file;
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE); // another process may have won: same bytes
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            return Files.isRegularFile(file) ? file : null;
        }
    }
}
