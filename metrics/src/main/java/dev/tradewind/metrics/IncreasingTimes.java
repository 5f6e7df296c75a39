package dev.tradewind.metrics;

import dev.tradewind.model.LastComputed;

/**
 * The check that a run's bar times strictly increase, done once per time column: runs over the same bars (the
 * thousands of trials of a sweep) share the column, so the last one checked is remembered by the identity of the
 * array (held weakly), its length and its first and last time ({@link dev.tradewind.model.LastComputed}). A time
 * column is not rewritten in place. Thread-safe.
 */
final class IncreasingTimes {
    /** What the check depends on besides the time column: its length and its ends (checked anyway). */
    private record Key(int n, long first, long last) {}

    private static final LastComputed<Boolean> LAST = new LastComputed<>();

    private IncreasingTimes() {}

    /** @throws IllegalArgumentException naming the first time not after the one before it, in the first {@code n} */
    static void check(long[] time, int n) {
        if (n == 0) return;
        LAST.get(time, null, new Key(n, time[0], time[n - 1]), () -> {
            for (int i = 1; i < n; i++) {
                if (time[i] <= time[i - 1]) {
                    throw new IllegalArgumentException("time[" + i + "]=" + time[i] + " not after time[" + (i - 1) + "]=" + time[i - 1]);
                }
            }
            return Boolean.TRUE;
        });
    }
}
