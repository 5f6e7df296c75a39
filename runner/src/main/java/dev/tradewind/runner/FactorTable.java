package dev.tradewind.runner;

import dev.tradewind.indicators.Factors;
import dev.tradewind.indicators.IndicatorGraph;
import dev.tradewind.model.BarSeries;
import java.util.Arrays;
import java.util.List;

/**
 * Factor values of a run's bars (range, efficiency ratio, R squared and slope over each N), computed only when asked
 * for: a run that writes no trades.csv and no {@code --factors-out} never computes them. Each request is one
 * streaming pass over the bars (block-computed, the same values as bar by bar) that keeps only the rows it returns.
 * A trade carries the values of the last bar that closed before its entry fill, which is what the strategy could know
 * when it decided.
 */
public final class FactorTable {
    private final BarSeries bars;
    private final int[] periods;
    private final List<String> names;

    private FactorTable(BarSeries bars, int[] periods) {
        this.bars = bars;
        this.periods = periods.clone();
        this.names = new Factors(periods).names();
    }

    /** The factors of {@code bars} over {@code periods}, not computed yet. */
    public static FactorTable of(BarSeries bars, int[] periods) { return new FactorTable(bars, periods); }

    /** Factor names in value order, e.g. {@code range_20, er_20, r2_20, slope_20}. */
    public List<String> names() { return names; }

    /** Receives one bar's values; {@code values} is reused between calls. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(int bar, double[] values);
    }

    /** Streams the values of every bar, in order, without keeping them. */
    public void forEachBar(RowConsumer consumer) {
        pass(bars.size(), consumer);
    }

    /**
     * The values known just before each of {@code times} (ascending or not): the values of the last bar that opened
     * before it, or NaNs when no bar did. One pass up to the latest bar needed.
     */
    public double[][] before(long[] times) {
        long[] barTimes = bars.time();
        int[] bar = new int[times.length];
        int last = -1;
        for (int k = 0; k < times.length; k++) {
            int i = Arrays.binarySearch(barTimes, times[k]);
            bar[k] = (i >= 0 ? i : -i - 1) - 1;
            last = Math.max(last, bar[k]);
        }
        double[][] rows = new double[times.length][];
        int[] order = java.util.stream.IntStream.range(0, times.length).boxed()
                .sorted((a, b) -> Integer.compare(bar[a], bar[b])).mapToInt(Integer::intValue).toArray();
        int[] next = {0};
        for (; next[0] < order.length && bar[order[next[0]]] < 0; next[0]++) {
            double[] nan = new double[names.size()];
            Arrays.fill(nan, Double.NaN);
            rows[order[next[0]]] = nan;
        }
        pass(last + 1, (i, v) -> {
            while (next[0] < order.length && bar[order[next[0]]] == i) rows[order[next[0]++]] = v.clone();
        });
        return rows;
    }

    private void pass(int upTo, RowConsumer consumer) {
        if (upTo <= 0) return;
        IndicatorGraph graph = new IndicatorGraph(upTo);
        Factors f = new Factors(graph, periods);
        long[] t = bars.time();
        double[] o = bars.open(), h = bars.high(), l = bars.low(), c = bars.close(), v = bars.volume();
        if (upTo == t.length) graph.attach(t, o, h, l, c, v);
        double[] row = new double[f.size()];
        for (int i = 0; i < upTo; i++) {
            graph.update(t[i], o[i], h[i], l[i], c[i], v[i]);
            f.values(row);
            consumer.accept(i, row);
        }
    }
}
