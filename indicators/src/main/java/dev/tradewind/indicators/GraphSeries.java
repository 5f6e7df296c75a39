package dev.tradewind.indicators;

import dev.tradewind.model.Series;

/**
 * One output line of an {@link IndicatorGraph} with its history: one value per bar the graph was updated with,
 * NaN before the line is ready. Storage is preallocated from the graph's capacity hint and grows by half when
 * full; reads allocate nothing except {@link #values()}. The only {@link Series} the engine hands out, so calls on
 * it stay monomorphic. Not thread-safe.
 */
final class GraphSeries implements Series {

    private final String spec;
    private final int lookback;
    private final Line line;
    private final IndicatorGraph graph;

    GraphSeries(String spec, Line line, IndicatorGraph graph) {
        this.spec = spec;
        this.lookback = line.lookback;
        this.line = line;
        this.graph = graph;
    }

    IndicatorGraph graph() { return graph; }

    Line line() { return line; }

    @Override public double get() {
        int n = graph.length;
        return n > 0 ? line.at(n - 1) : Double.NaN;
    }

    @Override public double get(int barsAgo) {
        if (barsAgo < 0) throw new IllegalArgumentException("barsAgo must be >= 0, got " + barsAgo);
        int n = graph.length;
        return barsAgo < n ? line.at(n - 1 - barsAgo) : Double.NaN;
    }

    @Override public boolean ready() {
        double v = get();
        return v == v;
    }

    @Override public int length() { return graph.length; }

    @Override public double[] values() {
        int n = graph.length;
        return n == 0 ? new double[0] : line.column(n);
    }

    /**
     * The line's own column when it holds exactly the bars seen (not a copy), for a graph that is dropped right after
     * (an {@link IndicatorCache} column computed whole): {@link #values()} without copying 8 bytes per bar.
     */
    double[] valuesOfDroppedGraph() {
        int n = graph.length;
        return line.source == null && line.base == 0 && line.values != null && line.values.length == n ? line.values : values();
    }

    @Override public int lookback() { return lookback; }

    @Override public String spec() { return spec; }

    @Override public String toString() { return spec + "=" + get(); }
}
