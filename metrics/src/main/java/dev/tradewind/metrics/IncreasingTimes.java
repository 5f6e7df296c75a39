package dev.tradewind.metrics;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The check that a run's bar times strictly increase, done once per time column: runs over the same bars (the
 * thousands of trials of a sweep) share the column, so the last one checked is remembered by the identity of the
 * array (held weakly), its length and its first and last time, as {@link CalendarKeys} remembers its calendar. A time
 * column is not rewritten in place. Thread-safe.
 */
final class IncreasingTimes {
    private record Slot(WeakReference<long[]> time, int n, long first, long last) {}

    private static final AtomicReference<Slot> LAST = new AtomicReference<>();

    private IncreasingTimes() {}

    /** @throws IllegalArgumentException naming the first time not after the one before it, in the first {@code n} */
    static void check(long[] time, int n) {
        if (n == 0) return;
        Slot s = LAST.get();
        if (s != null && s.n == n && s.time.get() == time && s.first == time[0] && s.last == time[n - 1]) return;
        for (int i = 1; i < n; i++) {
            if (time[i] <= time[i - 1]) {
                throw new IllegalArgumentException("time[" + i + "]=" + time[i] + " not after time[" + (i - 1) + "]=" + time[i - 1]);
            }
        }
        LAST.set(new Slot(new WeakReference<>(time), n, time[0], time[n - 1]));
    }
}
