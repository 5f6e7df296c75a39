package dev.tradewind.indicators;

import java.util.Arrays;

/**
 * A crossover pair's two lines (crossover and crossunder, or either with both) without a column each: the bars where
 * either is neither 0 nor NaN, with both values there, and where the NaN bars before the pair is ready end. Every
 * other bar reads 0. A pair crosses on a few percent of bars, so a run of a million bars keeps some thousands of
 * entries instead of two 8 MB columns that the JVM zeroes, the pass writes and a sweep's worker clears; reads at
 * ascending bars (a replay) cost one comparison, others a binary search. Not thread-safe: one graph's.
 */
final class Crossings {
    private int[] at = new int[16];
    private byte[] pair = new byte[16]; // both values of an entry, each -1, 0 or 1: 3 * (first + 1) + second + 1
    private int count;
    private int nanTo; // bars [0, nanTo) read NaN: the pair is not ready before
    private int computed; // bars [0, computed) are recorded
    private int cursor; // where the last read found its bar: reads mostly ascend

    /**
     * Makes room for {@code more} entries: a pass over a whole series records its crossings into arrays of their
     * exact length (a million bars with 40,000 crossings: 200 KB, where doubling arrays of two doubles and a bar each
     * allocated about 1.6 MB).
     */
    void reserve(int more) {
        if (count + more > at.length) {
            int n = Math.max(count + more, count * 2);
            at = Arrays.copyOf(at, n);
            pair = Arrays.copyOf(pair, n);
        }
    }

    /** Records bar {@code g} where the pair reads {@code a} (the leader's line) and {@code b}, each -1, 0 or 1. */
    void add(int g, double a, double b) {
        reserve(1);
        at[count] = g;
        pair[count] = (byte) (3 * code(a) + code(b));
        count++;
    }

    private static int code(double v) {
        if (v == 1.0) return 2;
        if (v == -1.0) return 0;
        if (Double.doubleToRawLongBits(v) == 0L) return 1;
        throw new IllegalArgumentException("a crossing reads -1, 0 or 1, not " + v);
    }

    /** The value of the leader's line ({@code secondLine} false) or its partner's in entry {@code k}. */
    private double valueAt(int k, boolean secondLine) {
        int p = pair[k];
        return (secondLine ? p % 3 : p / 3) - 1;
    }

    /** Bars {@code [0, to)} are recorded; the pair read NaN on bars {@code [0, nanTo)}. */
    void computed(int to, int nanTo) {
        computed = to;
        this.nanTo = nanTo;
    }

    int nanTo() { return nanTo; }

    /** Entries recorded. */
    int count() { return count; }

    /** The bar of entry {@code k}. */
    int barAt(int k) { return at[k]; }

    /** The value of the leader's line ({@code secondLine} false) or its partner's at bar {@code g}, recorded already. */
    double value(boolean secondLine, int g) {
        if (g < nanTo) return Double.NaN;
        int k = find(g);
        return k < count && at[k] == g ? valueAt(k, secondLine) : 0.0;
    }

    /** The first recorded crossing at or after {@code from} and before {@code to}; {@code max(from, to)} if none. */
    int firstActive(int from, int to) {
        int k = find(from);
        return k < count && at[k] < to ? at[k] : Math.max(from, to);
    }

    /** The index of the first entry at or after bar {@code g}: a few steps on from the last one found, else a search. */
    private int find(int g) {
        int k = cursor;
        if (k > count || (k > 0 && at[k - 1] >= g)) {
            k = search(g, 0);
        } else {
            for (int steps = 0; k < count && at[k] < g; k++) {
                if (++steps > 4) {
                    k = search(g, k);
                    break;
                }
            }
        }
        cursor = k;
        return k;
    }

    private int search(int g, int from) {
        int k = Arrays.binarySearch(at, from, count, g);
        return k < 0 ? -k - 1 : k;
    }

    /** Both lines as columns over bars {@code [0, n)} ({@code n} at most those recorded). */
    double[] column(boolean secondLine, int n) {
        if (n > computed) throw new IllegalStateException("bar " + (n - 1) + " is not computed");
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(n, nanTo), Double.NaN);
        for (int k = 0; k < count && at[k] < n; k++) out[at[k]] = valueAt(k, secondLine);
        return out;
    }
}
