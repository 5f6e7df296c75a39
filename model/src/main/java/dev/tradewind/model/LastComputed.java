package dev.tradewind.model;

import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The last value computed from one or two arrays, kept for the next caller that asks about the same arrays: the
 * thousands of trials of a sweep share one bar series, so what depends only on its columns (the calendar of its times,
 * the check that they increase, the extremes of its highs and lows) is computed once. The arrays are compared by
 * identity and held weakly (a series no one uses any more is not kept alive); {@code key} holds whatever else the value
 * depends on (a length, a zone), compared with {@code equals}. Arrays must not be rewritten in place while remembered.
 * Thread-safe: two threads may both compute a value; either one is kept.
 *
 * @param <V> the value
 */
public final class LastComputed<V> {
    private record Slot<V>(WeakReference<Object> first, WeakReference<Object> second, Object key, V value) {}

    private final AtomicReference<Slot<V>> last = new AtomicReference<>();

    /**
     * The value for {@code first}, {@code second} (may be null) and {@code key}: the remembered one when it was computed
     * for the same arrays and an equal key, else {@code compute}'s, which is then remembered. A value {@code compute}
     * fails to give (it throws) is not remembered.
     */
    public V get(Object first, Object second, Object key, Supplier<V> compute) {
        Slot<V> s = last.get();
        if (s != null && s.first.get() == first && s.second.get() == second && Objects.equals(s.key, key)) return s.value;
        V value = compute.get();
        last.set(new Slot<>(new WeakReference<>(first), new WeakReference<>(second), key, value));
        return value;
    }
}
