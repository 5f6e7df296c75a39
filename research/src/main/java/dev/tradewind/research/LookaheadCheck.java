package dev.tradewind.research;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.model.Order;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Finds decisions that depend on the future. The strategy runs on the full data, then again on the same data cut
 * off after each of many bars; a strategy without lookahead sends exactly the same orders (side, type, quantity,
 * limit, stop, time in force, tag) at every bar both runs saw. Any bar whose orders differ is reported with the
 * first cut that exposed it. The last bar of a cut run is not compared (onStop may act there). The full run is also
 * repeated: if the two full runs differ, the strategy carries state from one run to the next (a static field, a
 * cache, a file it writes), which is lookahead as soon as that state came from later data.
 *
 * <p>Limits: only data that flows through the engine is cut. A strategy that reads the data file (or any other
 * source of future values) by itself, with the same result in every run, cannot be caught by truncation.
 */
public final class LookaheadCheck {
    private LookaheadCheck() {}

    /**
     * A bar whose decision changed.
     *
     * @param bar       bar index
     * @param time      bar time, epoch ns
     * @param cut       the number of bars of the run that disagreed ({@code bars} for the repeated full run)
     * @param full      the orders the full run sent at this bar, one per line, or empty
     * @param truncated the orders the cut run sent at this bar
     */
    public record Difference(int bar, long time, int cut, String full, String truncated) {}

    /**
     * The verdict.
     *
     * @param bars        bars in the full run
     * @param cuts        the cut points tried (run lengths in bars)
     * @param compared    bar decisions compared in total
     * @param repeatable  whether a second full run sent the same orders as the first
     * @param differences the first differing bar of each failing cut (and of the repeat), by bar
     */
    public record Result(int bars, int[] cuts, long compared, boolean repeatable, List<Difference> differences) {
        public boolean passed() { return repeatable && differences.isEmpty(); }
    }

    /**
     * Runs the check.
     *
     * @param cuts     how many cut points, spread evenly after the warm-up
     * @param threads  worker threads for the cut runs
     * @param progress called with the number of cut runs finished; may be null
     */
    public static Result run(StrategyRunner runner, Map<String, String> params, int cuts, int threads, IntConsumer progress) {
        if (cuts < 1) throw new IllegalArgumentException("cuts must be >= 1");
        BacktestResult full = runner.run(params).result();
        int n = full.bars();
        String[] reference = decisions(full, n);
        List<Difference> diffs = new ArrayList<>();
        String[] again = decisions(runner.run(params).result(), n);
        boolean repeatable = true;
        for (int i = 0; i < n; i++) {
            if (!reference[i].equals(again[i])) {
                repeatable = false;
                diffs.add(new Difference(i, full.time()[i], n, reference[i], again[i]));
                break;
            }
        }
        int[] points = cutPoints(n, full.warmup(), cuts);
        long compared = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String[]>> futures = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            for (int cut : points) {
                futures.add(pool.submit(() -> {
                    String[] d = decisions(runner.on(runner.data().slice(0, cut)).run(params).result(), cut);
                    if (progress != null) progress.accept(done.incrementAndGet());
                    return d;
                }));
            }
            for (int k = 0; k < points.length; k++) {
                String[] d = get(futures.get(k));
                int cut = points[k];
                for (int i = 0; i < cut - 1; i++) {
                    compared++;
                    if (!reference[i].equals(d[i])) {
                        diffs.add(new Difference(i, full.time()[i], cut, reference[i], d[i]));
                        break;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        TreeMap<Integer, Difference> byBar = new TreeMap<>();
        for (Difference d : diffs) byBar.merge(d.bar(), d, (a, b) -> a.cut() <= b.cut() ? a : b);
        return new Result(n, points, compared, repeatable, List.copyOf(byBar.values()));
    }

    /** Cut points (run lengths) spread evenly over {@code (warmup + 1, n)}, distinct, ascending. */
    static int[] cutPoints(int n, int warmup, int cuts) {
        int lo = Math.min(n - 1, warmup + 2);
        int[] p = new int[cuts];
        int k = 0;
        for (int i = 1; i <= cuts; i++) {
            int c = lo + (int) ((long) (n - lo) * i / (cuts + 1));
            if (c >= 2 && c < n && (k == 0 || c > p[k - 1])) p[k++] = c;
        }
        return Arrays.copyOf(p, k);
    }

    /** The orders sent at each of the first {@code n} bars, as text (empty string: none). */
    static String[] decisions(BacktestResult r, int n) {
        String[] d = new String[n];
        Arrays.fill(d, "");
        long[] time = r.time();
        for (OrderRecord rec : r.orders()) {
            Order o = rec.order();
            int i = Arrays.binarySearch(time, 0, Math.min(n, time.length), o.time());
            if (i < 0) continue;
            d[i] = d[i] + (d[i].isEmpty() ? "" : "\n") + o.side() + " " + o.type() + " " + o.quantity()
                    + (Double.isNaN(o.limitPrice()) ? "" : " limit " + o.limitPrice())
                    + (Double.isNaN(o.stopPrice()) ? "" : " stop " + o.stopPrice()) + " " + o.tif()
                    + (o.tag().isEmpty() ? "" : " [" + o.tag() + "]");
        }
        return d;
    }

    private static String[] get(Future<String[]> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
