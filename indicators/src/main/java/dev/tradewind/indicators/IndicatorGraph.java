package dev.tradewind.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicators of one instrument, computed once per bar however many strategies ask for them. {@link #add} parses
 * a spec and returns its {@link Series}; equal canonical specs share one series, and every sub-spec (the
 * {@code rsi(close,14)} inside {@code sma(rsi(close,14),5)}) shares one node, so each distinct indicator is
 * updated once per bar. {@link #update} feeds the bar to every node in dependency order, then records every
 * series. Add every spec before the first update. No allocation per bar (history storage grows amortized).
 * Not thread-safe: one graph belongs to one run.
 */
public final class IndicatorGraph {

    private final IndicatorRegistry registry;
    private final IndicatorCache cache;
    private final History history;
    private final Map<String, Node> nodesByKey = new HashMap<>();
    private final Map<String, Series> seriesByKey = new HashMap<>();
    private final List<Series> seriesList = new ArrayList<>();
    private Node[] nodes = new Node[0];
    private int warmup;
    private int bars;

    /** A graph with room for 1024 bars of history before it grows. */
    public IndicatorGraph() { this(1024); }

    /**
     * A graph whose history (every series, one row per bar) is allocated for {@code capacityHint} bars at the first
     * update, e.g. the backtest's bar count; it grows by half when full.
     */
    public IndicatorGraph(int capacityHint) { this(capacityHint, IndicatorRegistry.standard()); }

    public IndicatorGraph(int capacityHint, IndicatorRegistry registry) { this(capacityHint, registry, null); }

    /**
     * A graph that takes every spec it is asked for from {@code cache} (computed once over the same bars and shared
     * between runs) instead of computing it; null computes as usual.
     */
    public IndicatorGraph(int capacityHint, IndicatorRegistry registry, IndicatorCache cache) {
        if (capacityHint < 0) throw new IllegalArgumentException("capacityHint must be >= 0, got " + capacityHint);
        this.history = new History(capacityHint);
        this.registry = registry;
        this.cache = cache;
    }

    /** Adds a spec such as {@code ema(close,20)}; throws {@link IllegalArgumentException} with a one-line message if it is bad. */
    public Series add(String spec) { return add(IndicatorSpec.parse(spec, registry)); }

    /** Adds a parsed spec; returns the existing series when an equal spec was added before. */
    public Series add(IndicatorSpec spec) {
        if (bars > 0) throw new IllegalStateException("add every spec before the first update; " + bars + " bars already seen");
        Series existing = seriesByKey.get(spec.canonical());
        if (existing != null) return existing;
        // With a cache, a spec built on other indicators is computed here from their cached columns: the inputs
        // (an SMA shared by many parameter sets) are shared, the combination (one crossover per pair) is not cached.
        if (cache != null && spec.inputs().stream().anyMatch(i -> !i.isSource())) return addComputed(spec);
        Series s = new Series(spec.canonical(), ref(spec), history);
        seriesByKey.put(spec.canonical(), s);
        seriesList.add(s);
        warmup = Math.max(warmup, s.lookback());
        return s;
    }

    /** Adds a spec computed by this graph even when it has a cache (whose columns then feed its inputs). */
    Series addComputed(IndicatorSpec spec) {
        if (bars > 0) throw new IllegalStateException("add every spec before the first update; " + bars + " bars already seen");
        Series s = new Series(spec.canonical(), spec.isSource() ? new Ref(spec.source()) : new Ref(node(spec), spec.output()), history);
        seriesByKey.put(spec.canonical(), s);
        seriesList.add(s);
        warmup = Math.max(warmup, s.lookback());
        return s;
    }

    private Ref ref(IndicatorSpec spec) {
        if (spec.isSource()) return new Ref(spec.source());
        if (cache != null) return new Ref(cached(spec), 0);
        return new Ref(node(spec), spec.output());
    }

    private Node cached(IndicatorSpec spec) {
        String key = "cache:" + spec.canonical();
        Node node = nodesByKey.get(key);
        if (node != null) return node;
        node = new Node(cache.new Replay(cache.column(spec)), null, null);
        nodesByKey.put(key, node);
        nodes = Arrays.copyOf(nodes, nodes.length + 1);
        nodes[nodes.length - 1] = node;
        return node;
    }

    private Node node(IndicatorSpec spec) {
        Node node = nodesByKey.get(spec.nodeKey());
        if (node != null) return node;
        List<IndicatorSpec> inputs = spec.inputs();
        Ref first = inputs.isEmpty() ? null : ref(inputs.get(0));
        Ref second = inputs.size() < 2 ? null : ref(inputs.get(1));
        node = new Node(spec.create(), first, second);
        nodesByKey.put(spec.nodeKey(), node);
        Node[] grown = Arrays.copyOf(nodes, nodes.length + 1);
        grown[nodes.length] = node;
        nodes = grown;
        return node;
    }

    /** Feeds one bar ({@code time}: bar open time, epoch nanoseconds) to every node, then records every series. */
    public void update(long time, double open, double high, double low, double close, double volume) {
        for (Node node : nodes) node.update(time, open, high, low, close, volume);
        history.record(open, high, low, close, volume);
        bars++;
    }

    /** The longest lookback among added series: bars before all of them are ready (when every input is valid). */
    public int warmup() { return warmup; }

    /** Number of distinct indicator instances (sources excluded). */
    public int nodeCount() { return nodes.length; }

    /** Number of distinct series handed out. */
    public int seriesCount() { return seriesList.size(); }

    /** Bars fed so far. */
    public int bars() { return bars; }

    /** The series in the order they were first added. */
    public List<Series> series() { return List.copyOf(seriesList); }

    /** The series of an added spec, or null. */
    public Series find(String spec) { return seriesByKey.get(IndicatorSpec.parse(spec, registry).canonical()); }
}
