package dev.tradewind.indicators;

import dev.tradewind.model.Series;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Whole-series indicator values of one bar series, computed once per distinct spec and shared by every run over
 * that series (the runs of a parameter sweep). A graph built with a cache reads each spec it is asked for from here
 * instead of computing it; values are identical because they come from the same streaming code. A cache belongs to
 * one {@link IndicatorRegistry} (names mean what that registry says); only graphs of that registry may read it.
 *
 * <p>A cache holds at most its budget of column bytes: past it, the columns read longest ago are dropped (a run still
 * reading one keeps it until it ends) and computed again if asked for, the same values. A 1,000-set sweep of 70
 * distinct averages over 10M bars needs 5.6 GB of columns; unbounded, it ran out of the default heap after 75 s.
 *
 * <p>Within the budget it keeps only what its readers come back to: at first 32 columns, and one more each time a
 * column it dropped is asked for again. A dropped column's memory goes back to the heap and a later column is made in
 * it; a column in memory never touched before cost about 16 ms of page faults for 8 MB (1M bars) against 2 ms to
 * compute it. A 1,000-set sweep of 70 averages over 1M bars, which reads its 20 slow ones again and again and each
 * fast one for 20 trials in a row, keeps 32 and makes the other 38 in reused memory: 7.81 -> 7.00 s wall, peak
 * resident 0.90 -> 0.64 GB (6 alternating rounds, bench/E2E.md). Eight at first was as fast there but made each
 * window of a walk-forward compute a third of its columns twice.
 * Thread-safe: a column asked for by several threads at once is computed by one of them.
 */
public final class IndicatorCache {
    private final IndicatorRegistry registry;
    private final long[] time;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final long budget;
    private long limit; // the bytes kept now: FIRST_KEPT columns and one per column asked for again, up to the budget
    private final java.util.Set<String> dropped = new java.util.HashSet<>(); // specs dropped and not asked for since
    private static final int FIRST_KEPT = 32; // a grid of 10 x 20 sets reads 30 columns: all kept
    private final Object lock = new Object();
    // by canonical spec, least recently read first; a column being computed is a future not done yet
    private final LinkedHashMap<String, CompletableFuture<Column>> columns = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes; // of the columns done and in the map
    private long computed; // columns computed, counting those computed again after being dropped

    /** One spec's values for every bar, and its lookback. */
    record Column(double[] values, int lookback) {
        long bytes() { return 16 + 8L * values.length; }
    }

    /** A cache of the built-in indicators over these columns (not copied; they must not change). */
    public IndicatorCache(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        this(IndicatorRegistry.standard(), time, open, high, low, close, volume);
    }

    /** A cache of {@code registry}'s indicators with no budget: it keeps what its readers come back to, with no cap. */
    public IndicatorCache(IndicatorRegistry registry, long[] time, double[] open, double[] high, double[] low,
            double[] close, double[] volume) {
        this(registry, time, open, high, low, close, volume, Long.MAX_VALUE);
    }

    /**
     * A cache of {@code registry}'s indicators over these columns (not copied; they must not change) that keeps at most
     * {@code budgetBytes} of columns, and always the last one computed.
     */
    public IndicatorCache(IndicatorRegistry registry, long[] time, double[] open, double[] high, double[] low,
            double[] close, double[] volume, long budgetBytes) {
        if (budgetBytes <= 0) throw new IllegalArgumentException("budget must be positive, was " + budgetBytes);
        this.budget = budgetBytes;
        this.limit = Math.min(budgetBytes, FIRST_KEPT * columnBytes(time.length));
        this.registry = registry;
        this.time = time;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    /** The registry whose indicators this cache computes. */
    public IndicatorRegistry registry() { return registry; }

    /** Number of columns held now. */
    public int size() {
        synchronized (lock) {
            return columns.size();
        }
    }

    /** Bytes of the columns held now (at most the budget, or the one column last computed). */
    public long bytes() {
        synchronized (lock) {
            return bytes;
        }
    }

    /** Columns computed so far, counting each time one dropped for the budget was computed again. */
    public long computed() {
        synchronized (lock) {
            return computed;
        }
    }

    /** The bytes of one column over this cache's bars. */
    public static long columnBytes(int bars) { return 16 + 8L * bars; }

    /**
     * The column of a spec, computed from its inputs' columns (cached too), so {@code crossover(sma(close,10),
     * sma(close,30))} for many pairs computes each SMA once.
     */
    Column column(IndicatorSpec spec) {
        String key = spec.canonical();
        CompletableFuture<Column> f;
        boolean mine = false;
        synchronized (lock) {
            f = columns.get(key); // a read: the column moves to the end of the order
            if (f == null) {
                columns.put(key, f = new CompletableFuture<>());
                mine = true;
                if (dropped.remove(key)) limit = Math.min(budget, limit + columnBytes(time.length)); // kept too few
            }
        }
        if (!mine) { // computed, or being computed by another thread
            try {
                return f.join();
            } catch (CompletionException e) { // what computing it threw in the other thread
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error r) throw r;
                throw e;
            }
        }
        Column c;
        try {
            IndicatorGraph g = new IndicatorGraph(time.length, registry, this); // it reads the inputs from this cache
            Series s = g.addComputed(spec);
            g.attach(time, open, high, low, close, volume);
            g.computeAll();
            c = new Column(((GraphSeries) s).valuesOfDroppedGraph(), s.lookback()); // the graph goes: no copy
        } catch (Throwable e) { // whatever it was (a checked one thrown sneakily too), the waiters hear it and the key is free
            synchronized (lock) {
                columns.remove(key, f);
            }
            f.completeExceptionally(e);
            throw e;
        }
        synchronized (lock) {
            computed++;
            bytes += c.bytes();
            f.complete(c);
            dropOver(f);
        }
        return c;
    }

    /** Drops the columns read longest ago, done ones other than {@code kept}, while the bytes are over the limit. */
    private void dropOver(CompletableFuture<Column> kept) {
        Iterator<java.util.Map.Entry<String, CompletableFuture<Column>>> it = columns.entrySet().iterator();
        while (bytes > limit && it.hasNext()) {
            java.util.Map.Entry<String, CompletableFuture<Column>> e = it.next();
            CompletableFuture<Column> f = e.getValue();
            if (f == kept || !f.isDone()) continue;
            bytes -= f.join().bytes();
            dropped.add(e.getKey());
            it.remove();
        }
    }

    /** Checks that bars {@code [from, to)} of a graph are the bars this cache was computed over. */
    void check(BarBlock bars, int from, int to) {
        if (bars.whole && bars.time == time) return;
        int off = bars.offset;
        if (to > time.length || !Arrays.equals(time, from, to, bars.time, from - off, to - off)) {
            throw new IllegalStateException("indicator cache was built over other bars (bars " + from + " to " + (to - 1) + ")");
        }
    }
}
