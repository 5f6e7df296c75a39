package dev.tradewind.indicators;

import dev.tradewind.model.Series;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whole-series indicator values of one bar series, computed once per distinct spec and shared by every run over
 * that series (the runs of a parameter sweep). A graph built with a cache reads each spec it is asked for from here
 * instead of computing it; values are identical because they come from the same streaming code. A cache belongs to
 * one {@link IndicatorRegistry} (names mean what that registry says); only graphs of that registry may read it.
 * Thread-safe.
 */
public final class IndicatorCache {
    private final IndicatorRegistry registry;
    private final long[] time;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final ConcurrentHashMap<String, Column> columns = new ConcurrentHashMap<>();

    /** One spec's values for every bar, and its lookback. */
    record Column(double[] values, int lookback) {}

    /** A cache of the built-in indicators over these columns (not copied; they must not change). */
    public IndicatorCache(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        this(IndicatorRegistry.standard(), time, open, high, low, close, volume);
    }

    /** A cache of {@code registry}'s indicators over these columns (not copied; they must not change). */
    public IndicatorCache(IndicatorRegistry registry, long[] time, double[] open, double[] high, double[] low,
            double[] close, double[] volume) {
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

    /** Number of distinct specs computed so far. */
    public int size() { return columns.size(); }

    /**
     * The column of a spec. Its inputs are cached first, and the spec itself is computed from their columns, so
     * {@code crossover(sma(close,10),sma(close,30))} for many pairs computes each SMA once.
     */
    Column column(IndicatorSpec spec) {
        Column c = columns.get(spec.canonical());
        if (c != null) return c;
        for (IndicatorSpec input : spec.inputs()) if (!input.isSource()) column(input);
        return columns.computeIfAbsent(spec.canonical(), k -> {
            IndicatorGraph g = new IndicatorGraph(time.length, registry, this);
            Series s = g.addComputed(spec);
            g.attach(time, open, high, low, close, volume);
            g.computeAll();
            return new Column(((GraphSeries) s).valuesOfDroppedGraph(), s.lookback()); // the graph goes: no copy
        });
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
