package dev.tradewind.indicators;

import dev.tradewind.model.Series;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicators of one instrument, computed once per bar however many strategies ask for them. {@link #add} parses
 * a spec and returns its {@link Series}; equal canonical specs share one series, and every sub-spec (the
 * {@code rsi(close,14)} inside {@code sma(rsi(close,14),5)}) shares one node, so each distinct indicator is
 * updated once per bar. Add every spec before the first update.
 *
 * <p>Two ways to feed it. {@link #update} takes one bar at a time (a live feed). When the bars are known ahead (a
 * backtest), {@link #attach} hands the graph their columns: it then computes a block of bars at a time, one node
 * after the other over the whole block, which keeps each indicator's loop hot instead of visiting every node per
 * bar; {@link #update} then only checks the bar and reveals it. Either way a series shows values only up to the
 * last bar given to {@link #update}, and the values are identical (the same streaming code, in the same order per
 * node). Only lines a {@link Series} reads keep every bar; intermediate lines keep one block. Series storage is
 * allocated for the capacity hint and grows by half when full; no allocation per bar otherwise.
 * Not thread-safe: one graph belongs to one run.
 */
public final class IndicatorGraph {
    /**
     * Bars computed at a time when the bars are attached. A replay's quiet stretches end where the computed bars do, so
     * each block costs a run one full bar step and the pass over its lines one restart: a sweep's trial on 1M bars took
     * 10.1 ms of CPU instead of 11.5 with 8,192 rather than 1,024 (TrialCpuTime, 10 rounds; 4,096 to 16,384 were alike),
     * a 1M-bar backtest the same (RunCpuTime 0.999 and 1/1.016).
     */
    static final int BLOCK = 8192;

    private final IndicatorRegistry registry;
    private final IndicatorCache cache;
    private final int capacity;
    private final BarBlock bars = new BarBlock();
    private final Map<String, Node> nodesByKey = new HashMap<>();
    private final Map<String, Line> linesByKey = new HashMap<>();
    private final Map<String, Series> seriesByKey = new HashMap<>();
    private final List<Series> seriesList = new ArrayList<>();
    private Line[] lines = new Line[0];
    private Node[] nodes = new Node[0];
    private boolean cached;
    private java.util.function.IntFunction<double[]> spare; // columns to write the kept lines into, or null
    private int spareTaken;
    private boolean paired; // crossovers of the same pair found (at the first compute, every spec being added by then)
    private int warmup;
    /** Bars revealed: the series show bars {@code [0, length)}. */
    int length;
    /** Bars computed; ahead of {@link #length} when the bars are attached. */
    private int computed;

    /** A graph with room for 1024 bars of history before it grows. */
    public IndicatorGraph() { this(1024); }

    /**
     * A graph whose series storage is allocated for {@code capacityHint} bars at the first update, e.g. the
     * backtest's bar count; it grows by half when full.
     */
    public IndicatorGraph(int capacityHint) { this(capacityHint, IndicatorRegistry.standard()); }

    public IndicatorGraph(int capacityHint, IndicatorRegistry registry) { this(capacityHint, registry, null); }

    /**
     * A graph that takes every spec it is asked for from {@code cache} (computed once over the same bars and shared
     * between runs) instead of computing it; null computes as usual. The cache must be of the same registry.
     */
    public IndicatorGraph(int capacityHint, IndicatorRegistry registry, IndicatorCache cache) {
        if (capacityHint < 0) throw new IllegalArgumentException("capacityHint must be >= 0, got " + capacityHint);
        if (cache != null && cache.registry() != registry) {
            throw new IllegalArgumentException("the indicator cache was built for another indicator registry");
        }
        this.capacity = capacityHint;
        this.registry = registry;
        this.cache = cache;
    }

    /**
     * Writes the kept lines (the series handed out) into the columns {@code columns.apply(0)}, {@code apply(1)}, ...
     * instead of new arrays: a run into a reused buffer (a sweep's worker) allocates and zeroes no per-bar column. A
     * column must hold the attached bars; every bar is written before a series shows it. Call before the first update.
     */
    public void writeKeptLinesInto(java.util.function.IntFunction<double[]> columns) {
        if (length > 0) throw new IllegalStateException("give the columns before the first update");
        spare = columns;
    }

    /**
     * The bars this graph will be updated with, known ahead (a backtest): the graph computes blocks of them ahead
     * of {@link #update}, which must then be called with these bars in order. The arrays are read, not copied.
     */
    public void attach(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        if (length > 0) throw new IllegalStateException("attach the bars before the first update");
        bars.whole(time, open, high, low, close, volume);
    }

    /** Adds a spec such as {@code ema(close,20)}; throws {@link IllegalArgumentException} with a one-line message if it is bad. */
    public Series add(String spec) { return add(IndicatorSpec.parse(spec, registry)); }

    /** Adds a parsed spec; returns the existing series when an equal spec was added before. */
    public Series add(IndicatorSpec spec) {
        Series existing = seriesByKey.get(spec.canonical());
        if (existing != null) return existing;
        // With a cache, a spec built on other indicators is computed here from their cached columns: the inputs
        // (an SMA shared by many parameter sets) are shared, the combination (one crossover per pair) is not cached.
        if (cache != null && spec.inputs().stream().anyMatch(i -> !i.isSource())) return addComputed(spec);
        return series(spec, line(spec));
    }

    /** Adds a spec computed by this graph even when it has a cache (whose columns then feed its inputs). */
    Series addComputed(IndicatorSpec spec) {
        Series existing = seriesByKey.get(spec.canonical());
        if (existing != null) return existing;
        return series(spec, spec.isSource() ? sourceLine(spec.source()) : node(spec).line(spec.output()));
    }

    private Series series(IndicatorSpec spec, Line line) {
        if (length > 0) throw new IllegalStateException("add every spec before the first update; " + length + " bars already seen");
        line.kept = true;
        Series s = new GraphSeries(spec.canonical(), line, this);
        seriesByKey.put(spec.canonical(), s);
        seriesList.add(s);
        warmup = Math.max(warmup, s.lookback());
        return s;
    }

    private Line line(IndicatorSpec spec) {
        if (spec.isSource()) return sourceLine(spec.source());
        if (cache != null) return cachedLine(spec);
        return node(spec).line(spec.output());
    }

    private Line sourceLine(Source source) {
        return linesByKey.computeIfAbsent(source.key(), k -> register(Line.of(source)));
    }

    private Line cachedLine(IndicatorSpec spec) {
        Line line = linesByKey.get("cache:" + spec.canonical());
        if (line != null) return line;
        IndicatorCache.Column column = cache.column(spec);
        cached = true;
        line = register(Line.cached(column.values(), column.lookback()));
        linesByKey.put("cache:" + spec.canonical(), line);
        return line;
    }

    private Line register(Line line) {
        lines = Arrays.copyOf(lines, lines.length + 1);
        lines[lines.length - 1] = line;
        return line;
    }

    private Node node(IndicatorSpec spec) {
        Node node = nodesByKey.get(spec.nodeKey());
        if (node != null) return node;
        List<IndicatorSpec> inputs = spec.inputs();
        Line first = inputs.isEmpty() ? null : line(inputs.get(0));
        Line second = inputs.size() < 2 ? null : line(inputs.get(1));
        node = new Node(spec.create(), first, second);
        nodesByKey.put(spec.nodeKey(), node);
        nodes = Arrays.copyOf(nodes, nodes.length + 1);
        nodes[nodes.length - 1] = node;
        return node;
    }

    /**
     * Feeds one bar ({@code time}: bar open time, epoch nanoseconds). With attached bars this is the next attached
     * bar, and a mismatch is an error.
     */
    public void update(long time, double open, double high, double low, double close, double volume) {
        int g = length;
        if (g < computed && bars.time[g] == time) { // only attached bars are computed ahead
            length = g + 1; // computed already: reveal it
            return;
        }
        next(g, time, open, high, low, close, volume);
    }

    /** A bar not computed yet: the next block of attached bars, or the one bar given. */
    private void next(int g, long time, double open, double high, double low, double close, double volume) {
        if (bars.whole) {
            if (g == computed) computeBlock(g, Math.min(g + BLOCK, bars.time.length));
            if (bars.time[g] != time) {
                throw new IllegalStateException("bar " + g + " at " + time + " is not the attached bar at " + bars.time[g]);
            }
        } else {
            bars.set(g, time, open, high, low, close, volume);
            compute(g, g + 1);
        }
        length = g + 1;
    }

    private void computeBlock(int from, int to) {
        if (from >= to) throw new IllegalStateException("more updates than the " + bars.time.length + " attached bars");
        compute(from, to);
    }

    private void compute(int from, int to) {
        if (!paired) pair();
        int cap = bars.whole ? bars.time.length : capacity;
        for (Line l : lines) l.prepare(bars, from, to, cap);
        for (Node n : nodes) {
            for (Line l : n.outputs()) {
                if (l.values == null && l.kept && l.crossings == null && spare != null && bars.whole) l.values = spare.apply(spareTaken++);
                l.prepare(bars, from, to, cap);
            }
        }
        if (cached) cache.check(bars, from, to);
        for (Node n : nodes) if (!n.follower()) n.compute(bars, from, to);
        computed = to;
    }

    /**
     * Pairs the nodes one pass can compute together (the first compute: every spec is added by then) and, over attached
     * bars, gives a crossover pair that only strategies read no columns ({@link Crossings}).
     */
    private void pair() {
        for (int i = 0; i < nodes.length; i++) for (int j = i + 1; j < nodes.length; j++) if (nodes[i].pairWith(nodes[j])) break;
        paired = true;
        if (!bars.whole) return;
        for (Node n : nodes) {
            Node p = n.partner();
            if (p == null || n.follower()) continue;
            boolean read = false;
            for (Node m : nodes) read |= m.reads(n.outputs()[0]) || m.reads(p.outputs()[0]);
            n.keepCrossingsOnly(read);
        }
    }

    /**
     * A watch over {@code signals}, series this graph handed out, for a replay that skips bars on which they are all
     * quiet ({@link Watch#firstActive}).
     *
     * @throws IllegalArgumentException when one is not a series of this graph (a higher timeframe's, say), or none given
     */
    public Watch watch(Series... signals) {
        if (signals.length == 0) throw new IllegalArgumentException("name at least one signal series");
        Line[] watched = new Line[signals.length];
        for (int k = 0; k < signals.length; k++) {
            if (!(signals[k] instanceof GraphSeries gs) || gs.graph() != this) {
                throw new IllegalArgumentException("a signal must be a series from ctx.indicator(spec) on the run's own bars: " + signals[k]);
            }
            watched[k] = gs.line();
        }
        return new Watch(watched);
    }

    /** Watched signal lines: where the next bar with a non-zero value lies among the bars computed ahead. */
    public final class Watch {
        private final Line[] watched;
        private Node pair; // the crossover pair's node when the watched lines are exactly its two outputs
        private boolean resolved; // pair looked up (after the first pass, which pairs the nodes)
        private boolean columns = true; // every watched line has a column (none is a pair's crossings)

        private Watch(Line[] watched) { this.watched = watched; }

        /**
         * The first bar at or after {@code from} and before {@code limit} where a watched line reads non-zero (NaN
         * counts as zero), looking only at bars already computed; {@code min(limit, computed)} when there is none.
         */
        public int firstActive(int from, int limit) {
            int to = Math.min(limit, computed);
            if (!resolved && paired) {
                pair = watched.length == 2 ? Node.pairOf(watched[0], watched[1]) : null;
                for (Line l : watched) columns &= l.crossings == null;
                resolved = true;
            }
            if (pair != null) { // the bars its pass found crossing: no scan of the two lines
                int g = pair.firstActive(from, to);
                if (g >= 0) return g;
            }
            if (watched.length == 2 && columns) return firstActive(watched[0], watched[1], from, to);
            for (int g = from; g < to; g++) {
                for (Line l : watched) {
                    double v = l.at(g);
                    if (v != 0 && v == v) return g;
                }
            }
            return Math.max(from, to);
        }

        private static int firstActive(Line a, Line b, int from, int to) {
            double[] x = a.values;
            double[] y = b.values;
            int xb = a.base;
            int yb = b.base;
            // |v| > 0 is "v != 0 and not NaN"; four bars are tested with one branch (signals are rare), then the bar found
            int g = from;
            for (; g + 4 <= to; g += 4) {
                int i = g - xb;
                int k = g - yb;
                if (Math.abs(x[i]) > 0 | Math.abs(y[k]) > 0 | Math.abs(x[i + 1]) > 0 | Math.abs(y[k + 1]) > 0
                        | Math.abs(x[i + 2]) > 0 | Math.abs(y[k + 2]) > 0 | Math.abs(x[i + 3]) > 0 | Math.abs(y[k + 3]) > 0) break;
            }
            for (; g < to; g++) if (Math.abs(x[g - xb]) > 0 | Math.abs(y[g - yb]) > 0) return g;
            return Math.max(from, to);
        }
    }

    /** Computes every attached bar and reveals them all (a column computed whole, for an {@link IndicatorCache}). */
    void computeAll() {
        int n = bars.time.length;
        if (!bars.whole) throw new IllegalStateException("attach the bars first");
        for (int g = computed; g < n; g += BLOCK) computeBlock(g, Math.min(g + BLOCK, n));
        length = n;
    }

    /**
     * Reveals bars up to {@code n} at once (a replay that passed bars without reading them one by one): the bars must
     * be attached and already computed.
     */
    public void revealTo(int n) {
        if (n < length || n > computed) throw new IllegalStateException("cannot reveal " + n + " bars: " + length + " revealed, " + computed + " computed");
        length = n;
    }

    /** The registry this graph resolves indicator names with. */
    public IndicatorRegistry registry() { return registry; }

    /** The longest lookback among added series: bars before all of them are ready (when every input is valid). */
    public int warmup() { return warmup; }

    /** Number of distinct indicator instances and cached columns read (sources excluded). */
    public int nodeCount() { return nodes.length + (int) linesByKey.keySet().stream().filter(k -> k.startsWith("cache:")).count(); }

    /** Number of distinct series handed out. */
    public int seriesCount() { return seriesList.size(); }

    /** Bars fed so far. */
    public int bars() { return length; }

    /** The series in the order they were first added. */
    public List<Series> series() { return List.copyOf(seriesList); }

    /** The series of an added spec, or null. */
    public Series find(String spec) { return seriesByKey.get(IndicatorSpec.parse(spec, registry).canonical()); }
}
