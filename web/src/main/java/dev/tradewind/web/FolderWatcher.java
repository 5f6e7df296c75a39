package dev.tradewind.web;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches one folder for created, changed and deleted {@code .java} files and reports their names in batches: a
 * batch is delivered once no event arrived for the debounce delay, so an editor's save (often several events:
 * truncate, write, rename) triggers one recompilation. An overflow reports {@code *} (rescan everything).
 * Callbacks run on the watcher's own daemon thread.
 */
final class FolderWatcher implements AutoCloseable {
    /** The name reported when events were lost and the whole folder must be rescanned. */
    static final String EVERYTHING = "*";

    private final WatchService watcher;
    private final Thread thread;

    FolderWatcher(Path folder, long debounceMillis, Consumer<Set<String>> onChange) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(() -> loop(debounceMillis, onChange), "tradewind-strategy-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(long debounceMillis, Consumer<Set<String>> onChange) {
        Set<String> pending = new TreeSet<>();
        long deadline = 0;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = pending.isEmpty() ? watcher.take()
                        : watcher.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
                if (key != null) {
                    for (WatchEvent<?> e : key.pollEvents()) {
                        if (e.kind() == StandardWatchEventKinds.OVERFLOW) pending.add(EVERYTHING);
                        else if (e.context() instanceof Path p && p.toString().endsWith(".java")) pending.add(p.toString());
                    }
                    key.reset();
                    if (!pending.isEmpty()) deadline = System.nanoTime() + debounceMillis * 1_000_000;
                } else if (System.nanoTime() - deadline >= 0) {
                    Set<String> batch = Set.copyOf(pending);
                    pending.clear();
                    try {
                        onChange.accept(batch);
                    } catch (RuntimeException e) {
                        System.err.println("tradewind: strategy reload failed: " + e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
