package dev.tradewind.indicators;

/**
 * The difference {@code a - b} of two lines over the block being computed, shared by every two-input node on the same
 * pair ({@code crossover(a,b)} and {@code crossunder(a,b)} subtract once per block, not once each). The graph marks it
 * stale before each block; the first node to read it computes it.
 */
final class Difference {
    private final Line first;
    private final Line second;
    private double[] values = new double[0];
    private boolean stale = true;

    Difference(Line first, Line second) {
        this.first = first;
        this.second = second;
    }

    /** A new block is about to be computed. */
    void stale() { stale = true; }

    /** {@code a - b} for bars {@code [from, to)}, at index {@code g - from}. */
    double[] over(int from, int to) {
        if (!stale) return values;
        int n = to - from;
        if (values.length < n) values = new double[n];
        double[] d = values;
        double[] a = first.values;
        double[] s = second.values;
        int ab = first.base;
        int sb = second.base;
        for (int g = from; g < to; g++) d[g - from] = a[g - ab] - s[g - sb];
        stale = false;
        return d;
    }
}
