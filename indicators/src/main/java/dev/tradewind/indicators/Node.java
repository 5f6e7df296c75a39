package dev.tradewind.indicators;

import dev.tradewind.indicators.average.Sma;
import dev.tradewind.indicators.trend.Cross;
import java.util.Arrays;

/**
 * One indicator instance in a graph with the lines it reads: none (bar indicator), one, or two (fed their
 * difference). A node with inputs is fed only when its input is not NaN, so it starts where its input is ready.
 * It computes a block of bars at a time, writing each output line that something reads.
 */
final class Node {

    final Indicator indicator;
    private final Line first;
    private final Line second;
    private final int inputLookback;
    private Line[] outputs = new Line[0];
    private double[] difference;

    private Node partner; // a crossover or an average computed in this node's pass (same input lines), or null
    private boolean follower; // computed by a partner's pass: skipped in the graph's loop
    // a crossover pair's last pass: the bars of [activeFrom, activeTo) where either output is neither 0 nor NaN
    private int[] active = new int[0];
    private int activeCount;
    private int activeFrom;
    private int activeTo;
    // the pair's two lines when they have no columns (kept for strategies only, not read by another node), else null
    private Crossings crossings;
    private double[] values = new double[0];
    private double[] otherValues = new double[0];
    private double touched; // what touchAround read: kept so that the reads are not optimized away

    Node(Indicator indicator, Line first, Line second) {
        this.indicator = indicator;
        this.first = first;
        this.second = second;
        this.inputLookback = Math.max(first == null ? 0 : first.lookback, second == null ? 0 : second.lookback);
    }

    /**
     * Pairs this node with {@code other} when both are fresh crossovers of the same two lines (crossover and crossunder of
     * one pair), or both simple moving averages of the same line (a fast and a slow one): this node's pass then computes
     * both, and {@code other} is skipped. Returns whether it paired.
     */
    boolean pairWith(Node other) {
        if (partner != null || follower || other.partner != null || other.follower || first == null) return false;
        if (other.first != first || other.second != second || !singleLine() || !other.singleLine()) return false;
        boolean crosses = second != null && indicator instanceof Cross a && other.indicator instanceof Cross b && a.pairsWith(b);
        boolean averages = second == null && indicator instanceof Sma a && other.indicator instanceof Sma b && a != b;
        if (!crosses && !averages) return false;
        partner = other;
        other.follower = true;
        return true;
    }

    boolean follower() { return follower; }

    /**
     * Gives this crossover pair's two lines no columns ({@link Crossings}) when both are kept for strategies and
     * {@code readByNodes} is false (no other node reads either); returns whether it did. Before the first pass.
     */
    boolean keepCrossingsOnly(boolean readByNodes) {
        if (partner == null || !(indicator instanceof Cross) || readByNodes) return false;
        Line out = outputs[0];
        Line other = partner.outputs[0];
        if (!out.kept || !other.kept || out.values != null || other.values != null) return false;
        crossings = new Crossings();
        out.crossings = crossings;
        other.crossings = crossings;
        other.crossingsSecond = true;
        return true;
    }

    /** Whether this node reads {@code l}. */
    boolean reads(Line l) { return first == l || second == l; }

    Node partner() { return partner; }

    /** The node whose pass computes exactly the crossover pair {@code a} and {@code b} (either order), or null. */
    static Node pairOf(Line a, Line b) {
        Node x = a.node;
        Node y = b.node;
        if (x == null || y == null || a == b) return null;
        Node leader = x.partner == y ? x : y.partner == x ? y : null;
        if (leader == null || !(leader.indicator instanceof Cross)) return null;
        return a == x.outputs[0] && b == y.outputs[0] ? leader : null;
    }

    /**
     * The first bar of {@code [from, to)} where an output of this crossover pair is neither 0 nor NaN, {@code to} when
     * none, from the bars its last pass found; -1 when that pass did not cover {@code [from, to)}.
     */
    int firstActive(int from, int to) {
        if (crossings != null) return crossings.firstActive(from, to);
        if (from < activeFrom || to > activeTo) return -1;
        int k = java.util.Arrays.binarySearch(active, 0, activeCount, from);
        if (k < 0) k = -k - 1;
        return k < activeCount && active[k] < to ? active[k] : Math.max(from, to);
    }

    private boolean singleLine() { return outputs.length == 1 && outputs[0].output == 0; }

    /** The line of one output, shared by everything that reads it. */
    Line line(int output) {
        for (Line l : outputs) if (l.output == output) return l;
        Line l = Line.of(this, output);
        outputs = Arrays.copyOf(outputs, outputs.length + 1);
        outputs[outputs.length - 1] = l;
        return l;
    }

    Line[] outputs() { return outputs; }

    /** Feeds bars {@code [from, to)} and records the outputs; every line it reads or writes is prepared. */
    void compute(BarBlock b, int from, int to) {
        if (first != null && outputs.length == 1 && outputs[0].output == 0 && indicator instanceof LineIndicator li) {
            int recorded = crossings == null ? 0 : crossings.count();
            computeLine(li, from, to);
            if (crossings != null && b.whole) touchAround(b, recorded);
            return;
        }
        Indicator ind = indicator;
        long[] t = b.time;
        double[] o = b.open;
        double[] h = b.high;
        double[] l = b.low;
        double[] c = b.close;
        double[] v = b.volume;
        int off = b.offset;
        Line out = outputs[0];
        double[] w = out.values;
        int wb = out.base;
        int wo = out.output;
        boolean more = outputs.length > 1;
        double[] a = first == null ? null : first.values;
        int ab = first == null ? 0 : first.base;
        double[] s = second == null ? null : second.values;
        int sb = second == null ? 0 : second.base;
        for (int g = from; g < to; g++) {
            int i = g - off;
            if (a == null) {
                ind.update(t[i], o[i], h[i], l[i], c[i], v[i], Double.NaN);
            } else {
                double x = a[g - ab];
                if (s != null) x -= s[g - sb];
                if (x == x) ind.update(t[i], o[i], h[i], l[i], c[i], v[i], x);
            }
            w[g - wb] = ind.value(wo);
            if (more) {
                for (int k = 1; k < outputs.length; k++) outputs[k].values[g - outputs[k].base] = ind.value(outputs[k].output);
            }
        }
    }

    /** The block path of a single-line indicator: its input (or the difference of two) in one call. */
    private void computeLine(LineIndicator li, int from, int to) {
        Line out = outputs[0];
        if (partner != null && li instanceof Sma sma) {
            Line other = partner.outputs[0];
            sma.updateBoth((Sma) partner.indicator, first.values, first.base, out.values, out.base, other.values, other.base, from, to);
            return;
        }
        if (second == null) {
            li.updateLine(first.values, first.base, out.values, out.base, from, to);
            return;
        }
        if (partner != null) {
            if (crossings != null) {
                crossingsOf((Cross) li, from, to);
                return;
            }
            columnsOf((Cross) li, out, partner.outputs[0], from, to);
            return;
        }
        if (li instanceof Cross cross) { // the difference fed as it is computed: no column in between
            cross.updateDifference(first.values, first.base, second.values, second.base, out.values, out.base, from, to);
            return;
        }
        int n = to - from;
        if (difference == null || difference.length < n) difference = new double[n];
        double[] d = difference;
        double[] a = first.values;
        double[] s = second.values;
        int ab = first.base;
        int sb = second.base;
        for (int g = from; g < to; g++) d[g - from] = a[g - ab] - s[g - sb];
        li.updateLine(d, from, out.values, out.base, from, to);
    }

    /**
     * Reads the bars on either side of each crossing the last pass recorded (entries from {@code recorded} on): a
     * replay skips to those bars and reads them next (the stretch before a crossing ends on the bar before it; the
     * crossing bar and the one after take full steps), and they are far apart, so each would miss the cache there, one
     * after another. Read here, a block's worth at once, the misses overlap and the replay finds the lines in the cache.
     */
    private void touchAround(BarBlock b, int recorded) {
        long t = 0;
        double x = 0;
        int off = b.offset;
        int last = b.time.length - 1;
        for (int k = recorded, n = crossings.count(); k < n; k++) {
            int g = crossings.barAt(k);
            int lo = Math.max(g - 1 - off, 0);
            int hi = Math.min(g + 1 - off, last);
            t += b.time[lo] + b.time[hi];
            x += b.open[lo] + b.high[lo] + b.low[lo] + b.close[lo] + b.volume[lo]
                    + b.open[hi] + b.high[hi] + b.low[hi] + b.close[hi] + b.volume[hi];
        }
        touched += t + x;
    }

    /** The pair's pass with no columns: its crossings of {@code [from, to)} recorded, and where its NaN bars end. */
    private void crossingsOf(Cross cross, int from, int to) {
        int found = pass(cross, from, to);
        int nanTo = crossings.nanTo();
        crossings.reserve(found);
        for (int k = 0; k < found; k++) {
            double v = values[k];
            if (v != v) nanTo = active[k] + 1; // NaN only before the pair is ready: bars from the first on
            else crossings.add(active[k], v, otherValues[k]);
        }
        crossings.computed(to, nanTo);
    }

    /**
     * The pair's pass into the columns of {@code out} and {@code other} (a pair another indicator reads, or a graph fed
     * a bar at a time): 0 everywhere but the bars its pass listed; the crossing bars kept for {@link #firstActive}.
     */
    private void columnsOf(Cross cross, Line out, Line other, int from, int to) {
        int found = pass(cross, from, to);
        double[] a = out.values;
        double[] b = other.values;
        int ab = out.base;
        int bb = other.base;
        Arrays.fill(a, from - ab, to - ab, 0.0);
        Arrays.fill(b, from - bb, to - bb, 0.0);
        int crosses = 0;
        for (int k = 0; k < found; k++) {
            int g = active[k];
            double v = values[k];
            a[g - ab] = v;
            b[g - bb] = otherValues[k];
            if (v == v) active[crosses++] = g; // NaN before the pair is ready: not a cross
        }
        activeCount = crosses;
        activeFrom = from;
        activeTo = to;
    }

    /** {@link Cross#updateBothAt} of this pair over {@code [from, to)} into the node's scratch; returns how many bars. */
    private int pass(Cross cross, int from, int to) {
        int n = to - from;
        if (active.length < n) active = new int[n];
        if (values.length < n) {
            values = new double[n];
            otherValues = new double[n];
        }
        return cross.updateBothAt((Cross) partner.indicator, first.values, first.base, second.values, second.base,
                from, to, active, values, otherValues);
    }

    /** Bars before {@code output} is valid, counting the inputs' lookback (TA-Lib chaining). */
    int lookback(int output) { return inputLookback + indicator.lookback(output); }
}
