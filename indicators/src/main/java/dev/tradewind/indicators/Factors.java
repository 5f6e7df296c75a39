package dev.tradewind.indicators;

import dev.tradewind.model.Series;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Market descriptors over several look-back lengths N, for each N (in the order given): {@code range_N}
 * (highest high - lowest low over N bars), {@code er_N} (Kaufman efficiency ratio of the close over N changes),
 * {@code r2_N} and {@code slope_N} (R squared and slope, price per bar, of the least-squares line through the
 * last N closes). Registered in an {@link IndicatorGraph}, so they share nodes with equal specs there.
 * {@link #values(double[])} copies the current values without allocating.
 */
public final class Factors {

    /** The default lengths. */
    public static final int[] DEFAULT_PERIODS = {10, 20, 30, 50, 100};

    private final IndicatorGraph graph;
    private final boolean ownsGraph;
    private final Series[] series;
    private final List<String> names;

    /** Factors with their own graph over the default lengths; feed them with {@link #update}. */
    public Factors() { this(DEFAULT_PERIODS); }

    /** Factors with their own graph over {@code periods}; feed them with {@link #update}. */
    public Factors(int... periods) { this(new IndicatorGraph(), true, periods); }

    /** Factors registered in {@code graph}; the caller updates the graph. */
    public Factors(IndicatorGraph graph, int... periods) { this(graph, false, periods); }

    private Factors(IndicatorGraph graph, boolean ownsGraph, int... periods) {
        if (periods.length == 0) throw new IllegalArgumentException("give at least one period");
        this.graph = graph;
        this.ownsGraph = ownsGraph;
        List<String> n = new ArrayList<>();
        List<Series> s = new ArrayList<>();
        for (int p : Arrays.stream(periods).distinct().toArray()) {
            if (p < 2) throw new IllegalArgumentException("factor periods must be >= 2, got " + p);
            add(n, s, "range_" + p, "range(" + p + ")");
            add(n, s, "er_" + p, "er(close," + p + ")");
            add(n, s, "r2_" + p, "linreg(close," + p + ").r2");
            add(n, s, "slope_" + p, "linreg(close," + p + ").slope");
        }
        this.names = List.copyOf(n);
        this.series = s.toArray(new Series[0]);
    }

    private void add(List<String> names, List<Series> series, String name, String spec) {
        names.add(name);
        series.add(graph.add(spec));
    }

    /** Factor names in value order, e.g. {@code range_20, er_20, r2_20, slope_20}. */
    public List<String> names() { return names; }

    /** Number of factors. */
    public int size() { return series.length; }

    /** Feeds one bar; only for factors that own their graph. */
    public void update(long time, double open, double high, double low, double close, double volume) {
        if (!ownsGraph) throw new IllegalStateException("these factors live in a shared graph; update the graph");
        graph.update(time, open, high, low, close, volume);
    }

    /** Copies the current values (NaN before ready) into {@code into[0..size())}. */
    public void values(double[] into) {
        for (int i = 0; i < series.length; i++) into[i] = series[i].get();
    }

    /** The series behind factor {@code index}. */
    public Series series(int index) { return series[index]; }

    /** Bars before every factor is ready. */
    public int warmup() {
        int w = 0;
        for (Series s : series) w = Math.max(w, s.lookback());
        return w;
    }
}
