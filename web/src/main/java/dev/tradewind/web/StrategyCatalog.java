package dev.tradewind.web;

import dev.tradewind.examples.Builtins;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.StrategyCompiler;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.ParamSpec;
import dev.tradewind.strategy.Strategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The strategies the UI offers: the built-ins by name, then each {@code .java} file directly in the user's strategy
 * folder by file name. A file is compiled when the catalog starts and again by {@link #reload}; a file that no
 * longer compiles keeps its last good class (runs still work) and carries the compile error ({@code File.java:line:
 * message}) until it compiles again. Thread-safe: reads see immutable snapshots, reloads are serialized.
 */
public final class StrategyCatalog {

    /**
     * A strategy as the API shows it.
     *
     * @param id       built-in name, or the file name in the strategy folder
     * @param name     the class's simple name
     * @param kind     {@code builtin} or {@code file}
     * @param params   the parameter schema of the last good class (empty if it never compiled)
     * @param error    the current compile error, or null
     * @param runnable whether a class is available to run
     * @param version  increases with every successful compilation of the file
     * @param updated  when the last compilation (good or bad) finished, ISO UTC
     */
    public record View(String id, String name, String kind, List<ParamSpec> params, String error, boolean runnable,
            long version, String updated) {}

    /**
     * What a reload changed.
     *
     * @param id     the strategy id
     * @param change {@code compiled}, {@code error} or {@code removed}
     */
    public record Change(String id, String change, String error, long version) {}

    /** A strategy's current state: the class to run (null until one compiled) and its view. */
    record Entry(Class<? extends Strategy> type, Path file, View view) {}

    private final Path folder;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    /** Loads the built-ins and compiles every file of {@code folder} (null for built-ins only). */
    public StrategyCatalog(Path folder) {
        this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
        for (Map.Entry<String, Class<? extends Strategy>> b : Builtins.all().entrySet()) {
            entries.put(b.getKey(), new Entry(b.getValue(), null, new View(b.getKey(), b.getValue().getSimpleName(),
                    "builtin", ParamSchema.of(b.getValue()).specs(), null, true, 1, Instant.now().toString())));
        }
        if (this.folder != null) reload(Set.of(FolderWatcher.EVERYTHING));
    }

    /** The watched folder, or null. */
    public Path folder() { return folder; }

    /** Called after every change, on the thread that reloaded. */
    public void addListener(Consumer<Change> listener) { listeners.add(listener); }

    /** Built-ins in their documented order, then files by name. */
    public List<View> list() {
        List<View> out = new ArrayList<>();
        for (String name : Builtins.all().keySet()) out.add(entries.get(name).view());
        entries.values().stream().filter(e -> e.file() != null).map(Entry::view)
                .sorted(java.util.Comparator.comparing(View::id)).forEach(out::add);
        return out;
    }

    /** The entry for an id; a 404 for an unknown one. */
    Entry get(String id) {
        Entry e = id == null ? null : entries.get(id);
        if (e == null) {
            throw ApiError.notFound("unknown strategy '" + id + "'; known: "
                    + String.join(", ", list().stream().map(View::id).toList()));
        }
        return e;
    }

    /**
     * The id of the strategy a run configuration names: a built-in name, or a path to a file of the folder; null
     * for anything else (a file elsewhere).
     */
    public String idOf(String ref) {
        if (ref == null) return null;
        if (Builtins.find(ref) != null) return ref;
        if (folder == null || !ref.endsWith(".java")) return null;
        Path p = Path.of(ref).toAbsolutePath().normalize();
        String name = p.getFileName().toString();
        return folder.equals(p.getParent()) && entries.containsKey(name) ? name : null;
    }

    /** The source text of a file strategy; a 404 for built-ins and unknown ids. */
    String source(String id) {
        Entry e = get(id);
        if (e.file() == null) throw ApiError.notFound("strategy '" + id + "' is built in; its source is in the examples module");
        try {
            return Files.readString(e.file());
        } catch (IOException ex) {
            throw ApiError.notFound(id + ": cannot read: " + ex.getMessage());
        }
    }

    /**
     * Recompiles the named files of the folder ({@link FolderWatcher#EVERYTHING} for all), adds new ones and drops
     * deleted ones; tells the listeners what changed.
     */
    public synchronized List<Change> reload(Collection<String> names) {
        if (folder == null) return List.of();
        Set<String> todo = new TreeSet<>();
        if (names.contains(FolderWatcher.EVERYTHING)) {
            todo.addAll(filesInFolder());
            entries.values().stream().filter(e -> e.file() != null).forEach(e -> todo.add(e.view().id()));
        } else {
            for (String n : names) if (n.endsWith(".java") && !n.contains("/") && !n.contains("\\")) todo.add(n);
        }
        List<Change> changes = new ArrayList<>();
        for (String name : todo) {
            Change c = compile(name);
            if (c != null) changes.add(c);
        }
        for (Change c : changes) for (Consumer<Change> l : listeners) l.accept(c);
        return changes;
    }

    private Change compile(String name) {
        Path file = folder.resolve(name);
        Entry old = entries.get(name);
        if (!Files.isRegularFile(file)) {
            if (old == null) return null;
            entries.remove(name);
            return new Change(name, "removed", null, old.view().version());
        }
        String now = Instant.now().toString();
        try {
            Class<? extends Strategy> type = StrategyCompiler.compile(file);
            List<ParamSpec> specs = ParamSchema.of(type).specs();
            long version = old == null ? 1 : old.view().version() + 1;
            entries.put(name, new Entry(type, file, new View(name, type.getSimpleName(), "file", specs, null, true, version, now)));
            return new Change(name, "compiled", null, version);
        } catch (UserError | IllegalArgumentException e) {
            String error = e.getMessage().replace(file.toString(), name);
            View v = old == null
                    ? new View(name, name.substring(0, name.length() - 5), "file", List.of(), error, false, 0, now)
                    : new View(name, old.view().name(), "file", old.view().params(), error, old.type() != null,
                            old.view().version(), now);
            entries.put(name, new Entry(old == null ? null : old.type(), file, v));
            return new Change(name, "error", error, v.version());
        }
    }

    private List<String> filesInFolder() {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .filter(n -> Files.isRegularFile(folder.resolve(n))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
