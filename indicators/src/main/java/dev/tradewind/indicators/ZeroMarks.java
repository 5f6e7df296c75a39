package dev.tradewind.indicators;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Where a whole column of a crossover pair's output is not {@code +0.0}: anywhere in {@code [0, dirtyTo)} (the bars
 * before the pair is ready, NaN) and at the bars {@code at[0..count)}; every other bar holds {@code +0.0}. A sweep's
 * worker reuses its columns from run to run; with the last run's marks the next run clears those bars and writes only
 * its own crosses, instead of reading both columns whole (two of the pass's four column streams). The marks of a column
 * are left here by the run that wrote all of it and taken by the next run given the column, so a column written by
 * anything else, or only in part, has none and is written whole. Thread-safe: a column is one worker's at a time.
 */
final class ZeroMarks {
    /** A column of zeros (a new array). Never changed. */
    static final ZeroMarks NONE = new ZeroMarks();
    private static final Map<double[], ZeroMarks> LEFT = Collections.synchronizedMap(new WeakHashMap<>());

    int dirtyTo;
    int[] at = new int[0];
    int count;

    /** The marks a run left on {@code column}, removed (the caller now owns the column), or null when unknown. */
    static ZeroMarks take(double[] column) { return LEFT.remove(column); }

    /** Leaves these marks on {@code column} for its next user. */
    void leaveOn(double[] column) { LEFT.put(column, this); }

    /** Appends bars, ascending and after those appended before. */
    void add(int[] bars, int n) {
        if (count + n > at.length) at = Arrays.copyOf(at, Math.max(count + n, at.length * 2));
        System.arraycopy(bars, 0, at, count, n);
        count += n;
    }

    /**
     * Writes {@code +0.0} over these marks in {@code [from, to)} of both columns, the marked bars read from index
     * {@code cursor} on; returns the index of the first marked bar at or after {@code to}. Blocks come in order.
     */
    int clear(double[] a, double[] b, int from, int to, int cursor) {
        int end = Math.min(to, dirtyTo);
        if (from < end) {
            Arrays.fill(a, from, end, 0.0);
            Arrays.fill(b, from, end, 0.0);
        }
        int k = cursor;
        while (k < count && at[k] < to) {
            int g = at[k++];
            if (g >= from) {
                a[g] = 0.0;
                b[g] = 0.0;
            }
        }
        return k;
    }
}
