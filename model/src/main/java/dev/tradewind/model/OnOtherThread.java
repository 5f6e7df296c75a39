package dev.tradewind.model;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value computed on a thread of its own while the caller does other work (the second core of a run's end: the
 * orders hash beside the statistics, the bars' fingerprint beside the column file's write, the equity curve's packing
 * beside the other tables'). A daemon thread, so a value nobody waits for never holds the process up.
 *
 * @param <T> the value
 */
public final class OnOtherThread<T> {
    private final FutureTask<T> task;

    private OnOtherThread(String name, Supplier<T> work) {
        task = new FutureTask<>(work::get);
        Thread.ofPlatform().daemon().name(name).start(task);
    }

    /** Starts computing {@code work} on a new thread named {@code name}. */
    public static <T> OnOtherThread<T> start(String name, Supplier<T> work) { return new OnOtherThread<>(name, work); }

    /**
     * Waits for the value. What the work threw is thrown here (an error or unchecked exception as it was); an
     * interrupt while waiting keeps the thread's interrupt flag and throws {@link IllegalStateException}.
     */
    public T get() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another thread's result", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
