package dev.tradewind.indicators;

import java.util.Arrays;

/**
 * A line of values by bar: a bar field, one output of a node, or a column from an {@link IndicatorCache}. The value
 * at bar {@code g} is {@code values[g - base]}. A kept line (a {@link GraphSeries} reads it) holds every bar from 0; any
 * other line holds only the block being computed, so intermediate lines cost a block of memory, not a column.
 */
final class Line {
    final Source source;
    final Node node;
    final int output;
    final int lookback;
    private final boolean cached;
    boolean kept;
    double[] values;
    int base;
    /** A crossover pair's line without a column: its values are these crossings' (then {@link #values} is null). */
    Crossings crossings;
    /** Whether this is the second line of {@link #crossings} (the partner's), not the first (the leader's). */
    boolean crossingsSecond;

    private Line(Source source, Node node, int output, int lookback, double[] cachedValues) {
        this.source = source;
        this.node = node;
        this.output = output;
        this.lookback = lookback;
        this.cached = cachedValues != null;
        this.values = cachedValues;
        this.kept = cached;
    }

    static Line of(Source source) { return new Line(source, null, 0, 0, null); }

    static Line of(Node node, int output) { return new Line(null, node, output, node.lookback(output), null); }

    static Line cached(double[] values, int lookback) { return new Line(null, null, 0, lookback, values); }

    /** Makes room for bars {@code [from, to)}; a bar-field line reads the bar columns themselves when it can. */
    void prepare(BarBlock bars, int from, int to, int capacity) {
        if (crossings != null) return;
        if (cached) {
            if (to > values.length) throw new IllegalStateException("indicator cache was built over fewer bars (bar " + (to - 1) + ")");
            return;
        }
        if (source != null && bars.whole && bars.field(source) != null) {
            values = bars.field(source);
            base = bars.offset;
            return;
        }
        if (kept) {
            base = 0;
            if (values == null) values = new double[Math.max(capacity, to)];
            else if (to > values.length) values = Arrays.copyOf(values, Math.max(to, values.length + (values.length >> 1) + 1));
        } else {
            base = from;
            if (values == null || values.length < to - from) values = new double[Math.max(to - from, 1)];
        }
        if (source != null) fill(bars, from, to);
    }

    /** The value at bar {@code g} (computed already), from the column or the crossings. */
    double at(int g) { return crossings != null ? crossings.value(crossingsSecond, g) : values[g - base]; }

    /** Bars {@code [0, n)} as a new column. */
    double[] column(int n) { return crossings != null ? crossings.column(crossingsSecond, n) : Arrays.copyOf(values, n); }

    private void fill(BarBlock b, int from, int to) {
        double[] out = values;
        int off = b.offset;
        for (int g = from; g < to; g++) {
            int i = g - off;
            out[g - base] = source.read(b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i]);
        }
    }
}
