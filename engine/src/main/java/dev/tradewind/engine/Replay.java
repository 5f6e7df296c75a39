package dev.tradewind.engine;

import dev.tradewind.model.BarSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The backtest driver: replays stored bar series through the {@link Kernel}, merged by the time each bar closes
 * (then series order), so a member on hourly bars sees an hour only when it has closed, in the same step as its last
 * minute. It alone owns the stored-array fast path: members compute their indicators in blocks over the stored bars
 * and build a bar history only if the strategy asks for one. A bar's length is the smallest gap between consecutive
 * bars of its series.
 */
public final class Replay {
    private static final int PROGRESS_EVERY = 1 << 12;
    private final List<BarSeries> series = new ArrayList<>();
    private final List<List<Lane>> lanesOf = new ArrayList<>();
    private final List<List<Desk>> desksOf = new ArrayList<>();
    private long time = Long.MIN_VALUE;

    /** A replay of {@code bars} (more series are added by a portfolio). */
    public Replay(BarSeries bars) { indexOf(bars); }

    Replay() {}

    /** Open time of the bar being replayed (the latest in the current step), or Long.MIN_VALUE before the first. */
    public long time() { return time; }

    /** The replay's first series (a single run's bars). */
    BarSeries bars() { return series.get(0); }

    /** {@code lane} gets the bars of {@code bars}; its run reads them in place. */
    void feed(Lane lane, BarSeries bars) {
        lanesOf.get(indexOf(bars)).add(lane);
        lane.run.historyFrom(bars);
    }

    /** {@code desk}'s venue matches against the bars of {@code bars}. */
    void feed(Desk desk, BarSeries bars) {
        desksOf.get(indexOf(bars)).add(desk);
        desk.venue.stored(bars);
    }

    private int indexOf(BarSeries bars) {
        for (int k = 0; k < series.size(); k++) if (series.get(k) == bars) return k;
        series.add(bars);
        lanesOf.add(new ArrayList<>(1));
        desksOf.add(new ArrayList<>(1));
        return series.size() - 1;
    }

    /** Replays every bar through {@code kernel}, then finishes it. {@code progress} gets the steps done; may be null. */
    void run(Kernel kernel, IntConsumer progress) {
        int n = series.size();
        if (n == 1 && kernel.single()) {
            BarSeries b = series.get(0);
            runOne(kernel, b, lanesOf.get(0).get(0), progress);
            return;
        }
        long[][] times = new long[n][];
        double[][] o = new double[n][];
        double[][] h = new double[n][];
        double[][] l = new double[n][];
        double[][] c = new double[n][];
        double[][] v = new double[n][];
        int[] size = new int[n];
        long[] span = new long[n];
        Lane[][] lanes = new Lane[n][];
        Desk[][] desks = new Desk[n][];
        for (int k = 0; k < n; k++) {
            BarSeries b = series.get(k);
            times[k] = b.time();
            o[k] = b.open();
            h[k] = b.high();
            l[k] = b.low();
            c[k] = b.close();
            v[k] = b.volume();
            size[k] = b.size();
            span[k] = b.barLength();
            lanes[k] = lanesOf.get(k).toArray(new Lane[0]);
            desks[k] = desksOf.get(k).toArray(new Desk[0]);
        }
        int[] cursor = new int[n];
        kernel.start();
        int steps = 0;
        while (true) {
            long end = Long.MAX_VALUE;
            for (int k = 0; k < n; k++) if (cursor[k] < size[k]) end = Math.min(end, times[k][cursor[k]] + span[k]);
            if (end == Long.MAX_VALUE) break;
            for (int k = 0; k < n; k++) {
                int i = cursor[k];
                if (i >= size[k] || times[k][i] + span[k] != end) continue;
                long t = times[k][i];
                if (t > time) time = t;
                boolean last = i == size[k] - 1;
                for (Lane x : lanes[k]) {
                    x.bar(t, o[k][i], h[k][i], l[k][i], c[k][i], v[k][i]);
                    if (last) x.run.lastBar();
                }
                for (Desk x : desks[k]) x.bar(t, o[k][i], h[k][i], l[k][i], c[k][i], v[k][i]);
                cursor[k] = i + 1;
            }
            kernel.step(end);
            steps++;
            if (progress != null && (steps & (PROGRESS_EVERY - 1)) == 0) progress.accept(steps);
        }
        kernel.finish();
        if (progress != null) progress.accept(steps);
    }

    /** One series, one member, one venue: the loop without merging (the backtest's fast path). */
    private void runOne(Kernel kernel, BarSeries b, Lane lane, IntConsumer progress) {
        long[] times = b.time();
        double[] o = b.open();
        double[] h = b.high();
        double[] l = b.low();
        double[] c = b.close();
        double[] v = b.volume();
        int size = b.size();
        long span = b.barLength();
        kernel.start();
        for (int i = 0; i < size; i++) {
            int j = kernel.passQuietly(i, size - 1, times, o, h, l, c, v, span);
            if (j > i) { // bars [i, j) passed quietly; bar j takes a full step
                if (progress != null && (i >> 12) != (j >> 12)) progress.accept(j);
                i = j;
            }
            long t = times[i];
            time = t;
            if (i == size - 1) lane.run.lastBar();
            kernel.stepOne(t, o[i], h[i], l[i], c[i], v[i], t + span);
            if (progress != null && ((i + 1) & (PROGRESS_EVERY - 1)) == 0) progress.accept(i + 1);
        }
        kernel.finish();
        if (progress != null) progress.accept(size);
    }

}
