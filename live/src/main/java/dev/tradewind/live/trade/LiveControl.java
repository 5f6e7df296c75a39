package dev.tradewind.live.trade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The control folder through which other processes (the CLI's {@code live status|stop|kill-switch}, the web UI) talk
 * to running live runs: each run rewrites {@code RUN.status} while it runs, names its run-store id in
 * {@code RUN.store}, and acts on {@code RUN.stop} and {@code RUN.kill} (kill switch: cancel all, flatten, halt) within
 * half a second. Nothing here holds or prints a key.
 */
public final class LiveControl {
    private LiveControl() {}

    /** The default folder: {@code $TRADEWIND_HOME/live}, else {@code ~/.tradewind/live}. */
    public static Path defaultDir(Map<String, String> env) {
        return dev.tradewind.model.Home.dir(env, System.getProperty("user.home")).resolve("live");
    }

    /** Every run's last status ({@code key=value} lines), by run id, in id order. */
    public static Map<String, Map<String, String>> statuses(Path dir) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".status")).sorted().toList()) {
                Map<String, String> kv = new LinkedHashMap<>();
                for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    int eq = l.indexOf('=');
                    if (eq > 0) kv.put(l.substring(0, eq), l.substring(eq + 1));
                }
                out.put(f.getFileName().toString().replace(".status", ""), kv);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the control folder " + dir, e);
        }
        return out;
    }

    /**
     * Sends the kill switch to run {@code runId} (or, when null, to every run) if it is running; returns the runs told.
     */
    public static List<String> killSwitch(Path dir, String runId) {
        List<String> told = new ArrayList<>();
        for (var e : statuses(dir).entrySet()) {
            if (runId != null && !e.getKey().equals(runId)) continue;
            if (!"running".equals(e.getValue().get("state"))) continue;
            try {
                Files.writeString(dir.resolve(e.getKey() + ".kill"), "", StandardCharsets.UTF_8);
            } catch (IOException x) {
                throw new UncheckedIOException("cannot write " + dir.resolve(e.getKey() + ".kill"), x);
            }
            told.add(e.getKey());
        }
        return told;
    }

    /** The live run recorded in the run store as {@code storeId}, or null if the folder has none. */
    public static String runOfStore(Path dir, long storeId) {
        if (!Files.isDirectory(dir)) return null;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".store")).sorted().toList()) {
                if (Files.readString(f, StandardCharsets.UTF_8).strip().equals(Long.toString(storeId))) {
                    return f.getFileName().toString().replace(".store", "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the control folder " + dir, e);
        }
        return null;
    }
}
