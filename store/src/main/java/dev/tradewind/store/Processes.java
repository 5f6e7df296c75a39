package dev.tradewind.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** This process and host, recorded with a run so that a reader can tell a live run from a dead one. */
final class Processes {
    private static final String HOST = hostName();
    private static final long START_NS = startNs(ProcessHandle.current());

    private Processes() {}

    static String host() { return HOST; }

    static long pid() { return ProcessHandle.current().pid(); }

    /** When this process started (epoch ns), or 0 if the platform does not say. */
    static long startNs() { return START_NS; }

    /**
     * Whether the process {@code pid} that started at {@code startNs} is still alive on this host (a pid reused by a
     * later process does not count). On another host this cannot be known: then it answers true.
     */
    static boolean alive(String host, long pid, long startNs) {
        if (!HOST.equals(host)) return true;
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive() || zombie(pid)) return false;
        long now = startNs(p.get());
        return startNs == 0 || now == 0 || now == startNs;
    }

    /**
     * Whether {@code pid} has exited but was not reaped by its parent yet (Linux: state Z or X in /proc/PID/stat);
     * {@link ProcessHandle#isAlive} says true for such a process.
     */
    static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int end = stat.lastIndexOf(')'); // the command name may hold spaces and parentheses
            if (end < 0 || end + 2 >= stat.length()) return false;
            char state = stat.charAt(end + 2);
            return state == 'Z' || state == 'X';
        } catch (IOException | RuntimeException e) {
            return false; // not Linux, or gone: isAlive answered already
        }
    }

    private static long startNs(ProcessHandle p) {
        return p.info().startInstant().map(Processes::nanos).orElse(0L);
    }

    private static long nanos(Instant t) { return t.getEpochSecond() * 1_000_000_000L + t.getNano(); }

    private static String hostName() {
        try {
            Path linux = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(linux)) return Files.readString(linux).strip();
        } catch (IOException e) {
            // fall through
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
