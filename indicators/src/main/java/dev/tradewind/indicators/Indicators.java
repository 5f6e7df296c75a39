package dev.tradewind.indicators;

import dev.tradewind.model.Series;

/**
 * Whole-series computation: runs the streaming code over columns, so the values are identical to updating
 * bar by bar. Results are {@code [output][row]}, NaN where the line is not ready.
 */
public final class Indicators {

    private Indicators() {}

    /**
     * Runs {@code indicator} (fresh) over the rows. {@code time} may be null (all zero); {@code input} is the
     * single-input line and may be null for bar indicators (NaN is passed).
     */
    public static double[][] compute(Indicator indicator, long[] time, double[] open, double[] high, double[] low,
                                     double[] close, double[] volume, double[] input) {
        int n = close.length;
        double[][] out = new double[indicator.outputs()][n];
        for (int i = 0; i < n; i++) {
            indicator.update(time == null ? 0 : time[i], open[i], high[i], low[i], close[i], volume[i],
                    input == null ? Double.NaN : input[i]);
            for (int k = 0; k < out.length; k++) out[k][i] = indicator.value(k);
        }
        return out;
    }

    /** Runs a single-input {@code indicator} over {@code input} (prices all equal to the input, volume 0). */
    public static double[][] compute(Indicator indicator, double[] input) {
        return compute(indicator, null, input, input, input, input, new double[input.length], input);
    }

    /** Values of one spec, e.g. {@code "bbands(close,20,2).upper"}, through an {@link IndicatorGraph}. */
    public static double[] compute(String spec, long[] time, double[] open, double[] high, double[] low,
                                   double[] close, double[] volume) {
        IndicatorGraph graph = new IndicatorGraph(close.length);
        Series series = graph.add(spec);
        for (int i = 0; i < close.length; i++) {
            graph.update(time == null ? 0 : time[i], open[i], high[i], low[i], close[i], volume[i]);
        }
        return series.values();
    }
}
