package dev.tradewind.model;

import java.util.Arrays;

/**
 * A per-bar column that changes at few bars (a run's cash, position, margin), kept as runs: each run's first bar and
 * its value, which holds until the next run starts. A value equal bit for bit to the one before extends its run, so
 * the column reads back exactly as written (-0.0 and NaN included). 1M bars with 40,000 fills take about 480 KB where
 * a {@code double[]} takes 8 MB. Reusable ({@link #clear}); not thread-safe while written.
 */
public final class Steps {
    // runs in chunks of 1,024 (the first one starts small and grows fourfold up to that), so a growing column never
    // copies what it holds: doubling one array copied about twice the final runs over a run with 40,000 fills
    private static final int BITS = 10;
    private static final int CHUNK = 1 << BITS;
    private static final int MASK = CHUNK - 1;

    private int[][] start;
    private double[][] value;
    private int capacity;
    private int runs;
    private int length;

    /** An empty column with room for 16 runs. */
    public Steps() { this(16); }

    /** An empty column with room for {@code runs} runs before it grows. */
    public Steps(int runs) {
        int n = Math.max(1, runs);
        int chunks = Math.max(1, (n + MASK) >>> BITS);
        start = new int[chunks][];
        value = new double[chunks][];
        for (int c = 0; c < chunks; c++) {
            int size = Math.min(CHUNK, n - c * CHUNK);
            start[c] = new int[size];
            value[c] = new double[size];
        }
        capacity = n;
    }

    /** The column holding {@code column}'s values. */
    public static Steps of(double... column) {
        Steps s = new Steps();
        for (double v : column) s.add(v);
        return s;
    }

    /** A copy that later writes to this column do not change. */
    public Steps copy() {
        Steps s = new Steps(runs);
        for (int at = 0, c = 0; at < runs; at += CHUNK, c++) {
            int n = Math.min(CHUNK, runs - at);
            System.arraycopy(start[c], 0, s.start[c], 0, n);
            System.arraycopy(value[c], 0, s.value[c], 0, n);
        }
        s.runs = runs;
        s.length = length;
        return s;
    }

    /** Empties the column, keeping its storage. */
    public void clear() {
        runs = 0;
        length = 0;
    }

    /** Appends one bar of value {@code v}. */
    public void add(double v) { fill(1, v); }

    /** Appends {@code count} bars of value {@code v}. */
    public void fill(int count, double v) {
        if (count <= 0) {
            if (count < 0) throw new IllegalArgumentException("count " + count + " < 0");
            return;
        }
        if (runs == 0 || Double.doubleToRawLongBits(valueAt(runs - 1)) != Double.doubleToRawLongBits(v)) {
            if (runs == capacity) grow();
            start[runs >>> BITS][runs & MASK] = length;
            value[runs >>> BITS][runs & MASK] = v;
            runs++;
        }
        length += count;
    }

    /** Room for one more run: the last chunk grows fourfold up to a full one, then a new chunk is added. */
    private void grow() {
        int c = runs >>> BITS;
        if (c == start.length) {
            start = Arrays.copyOf(start, c * 2);
            value = Arrays.copyOf(value, c * 2);
        }
        if (start[c] == null) {
            start[c] = new int[CHUNK];
            value[c] = new double[CHUNK];
        } else {
            int n = Math.min(CHUNK, start[c].length * 4);
            start[c] = Arrays.copyOf(start[c], n);
            value[c] = Arrays.copyOf(value[c], n);
        }
        capacity = c * CHUNK + start[c].length;
    }

    private int startAt(int k) { return start[k >>> BITS][k & MASK]; }

    private double valueAt(int k) { return value[k >>> BITS][k & MASK]; }

    /** Bars in the column. */
    public int length() { return length; }

    /** Runs in the column: 0 when empty, else at least 1. */
    public int runs() { return runs; }

    /** The first bar of run {@code k}. */
    public int start(int k) { return startAt(check(k)); }

    /** The bar after run {@code k}'s last. */
    public int end(int k) { return check(k) + 1 == runs ? length : startAt(k + 1); }

    /** Run {@code k}'s value. */
    public double value(int k) { return valueAt(check(k)); }

    /** The value at bar {@code i}. */
    public double at(int i) { return valueAt(runAt(i)); }

    /** The last bar's value, or {@code empty} when the column has no bars. */
    public double last(double empty) { return runs == 0 ? empty : valueAt(runs - 1); }

    /** The run holding bar {@code i}. */
    public int runAt(int i) {
        if (i < 0 || i >= length) throw new IndexOutOfBoundsException("bar " + i + " outside [0, " + length + ")");
        int lo = 0; // the chunk holding the last run that starts at or before bar i
        int hi = (runs - 1) >>> BITS;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (start[mid][0] <= i) lo = mid;
            else hi = mid - 1;
        }
        int k = Arrays.binarySearch(start[lo], 0, Math.min(CHUNK, runs - (lo << BITS)), i);
        return (lo << BITS) + (k >= 0 ? k : -k - 2);
    }

    /** Bars in {@code [from, to)} whose value is not 0 (NaN counts as not 0). */
    public int nonZero(int from, int to) {
        if (from >= to) return 0;
        int count = 0;
        for (int k = runAt(from); k < runs && startAt(k) < to; k++) {
            if (valueAt(k) != 0) count += Math.min(end(k), to) - Math.max(startAt(k), from);
        }
        return count;
    }

    /** Whether each bar's value is not 0 (NaN is not 0), as a new array. */
    public boolean[] nonZeroMask() {
        boolean[] out = new boolean[length];
        for (int k = 0; k < runs; k++) if (valueAt(k) != 0) Arrays.fill(out, startAt(k), end(k), true);
        return out;
    }

    /** A reader of bars in ascending order, each in amortized constant time (a writer of one row per bar). */
    public Cursor cursor() { return new Cursor(); }

    /**
     * Reads {@link Steps#at} and {@link Steps#nonZero} of bars mostly in ascending order, walking the runs instead of
     * searching them (the column may grow, or be cleared and written again, between reads).
     */
    public final class Cursor {
        private int k;

        private Cursor() {}

        /** The value at bar {@code i}. */
        public double at(int i) { return valueAt(seek(i)); }

        /** {@link Steps#nonZero}{@code (from, to)}. */
        public int nonZero(int from, int to) {
            if (from >= to) return 0;
            int count = 0;
            int j = seek(from);
            for (; j < runs && startAt(j) < to; j++) {
                if (valueAt(j) != 0) count += Math.min(end(j), to) - Math.max(startAt(j), from);
            }
            return count;
        }

        private int seek(int i) {
            if (i < 0 || i >= length) throw new IndexOutOfBoundsException("bar " + i + " outside [0, " + length + ")");
            if (k >= runs || i < startAt(k)) k = runAt(i);
            while (k + 1 < runs && startAt(k + 1) <= i) k++;
            return k;
        }
    }

    /** The values of bars {@code [from, from + size)} as a new array. */
    public double[] toArray(int from, int size) {
        double[] out = new double[size];
        if (size == 0) return out;
        if (from < 0 || from + size > length) throw new IndexOutOfBoundsException("bars [" + from + ", " + (from + size) + ") outside [0, " + length + ")");
        int to = from + size;
        for (int k = runAt(from); k < runs && startAt(k) < to; k++) {
            Arrays.fill(out, Math.max(startAt(k), from) - from, Math.min(end(k), to) - from, valueAt(k));
        }
        return out;
    }

    /** Every bar's value as a new array. */
    public double[] toArray() { return toArray(0, length); }

    /** The largest value of any bar, or {@code empty} when the column has no bars. */
    public double max(double empty) {
        double m = runs == 0 ? empty : Double.NEGATIVE_INFINITY;
        for (int k = 0; k < runs; k++) m = Math.max(m, valueAt(k));
        return m;
    }

    private int check(int k) {
        if (k < 0 || k >= runs) throw new IndexOutOfBoundsException("run " + k + " outside [0, " + runs + ")");
        return k;
    }

    /** Equal when both hold the same values bit for bit at the same bars. */
    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Steps s) || s.length != length || s.runs != runs) return false;
        for (int k = 0; k < runs; k++) {
            if (s.startAt(k) != startAt(k) || Double.doubleToRawLongBits(s.valueAt(k)) != Double.doubleToRawLongBits(valueAt(k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = length;
        for (int k = 0; k < runs; k++) h = 31 * (31 * h + startAt(k)) + Long.hashCode(Double.doubleToRawLongBits(valueAt(k)));
        return h;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Steps[").append(length).append(" bars:");
        for (int k = 0; k < Math.min(runs, 8); k++) b.append(' ').append(startAt(k)).append('=').append(valueAt(k));
        return b.append(runs > 8 ? " ...]" : "]").toString();
    }
}
