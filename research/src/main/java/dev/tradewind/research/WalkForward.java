package dev.tradewind.research;

import dev.tradewind.metrics.RunInput;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.metrics.StatisticsCalculator;
import dev.tradewind.metrics.StatisticsOptions;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Trade;
import dev.tradewind.model.UserError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Walk-forward analysis (Pardo, "The Evaluation and Optimization of Trading Strategies", 2nd ed., Wiley 2008, ch. 11):
 * the data is cut into consecutive windows of an in-sample (training) span followed by an out-of-sample (test) span;
 * in each window the search runs on the training span only, and the best feasible set trades the test span that
 * follows. Rolling windows move the training span forward; anchored windows keep its start at the first bar.
 *
 * <p>Each test span is run from {@code warmup} bars before its start (the chosen set's indicator warm-up), so the
 * strategy can act from the first test bar without seeing any of it in training; its equity is then taken from the
 * first test bar on and chained onto the previous span's end (each span starts flat, with the equity the previous
 * one ended with). Walk-forward efficiency is the mean annualized out-of-sample return over the mean annualized
 * in-sample return of the chosen sets (Pardo's ratio; about 0.5 or more is usually read as robust).
 */
public final class WalkForward {
    private static final double NANOS_PER_YEAR = 365.25 * 86_400e9;

    private WalkForward() {}

    /**
     * The spans of one window, as bar indices {@code [from, to)}.
     */
    public record Window(int index, int trainFrom, int trainTo, int testFrom, int testTo) {}

    /**
     * How to cut: spans in nanoseconds of bar time, or in bars when {@code inBars}.
     *
     * @param train    in-sample span
     * @param test     out-of-sample span
     * @param step     how far each window moves (usually the test span)
     * @param anchored keep every training span's start at the first bar
     * @param inBars   spans count bars instead of time
     */
    public record Plan(long train, long test, long step, boolean anchored, boolean inBars) {
        public Plan {
            if (train <= 0 || test <= 0 || step <= 0) throw new UserError("walk-forward spans must be > 0");
            if (step < test) throw new UserError("walk-forward: the step must be at least the test span, or test spans would overlap");
        }
    }

    /** One window's result. */
    public record Step(Window window, int trials, Trial chosen, Statistics outOfSample, double inSampleAnnualReturn,
            double outOfSampleAnnualReturn) {}

    /**
     * The result.
     *
     * @param steps       every window
     * @param time        times of the stitched out-of-sample equity
     * @param equity      stitched out-of-sample equity
     * @param statistics  statistics of the stitched curve with every out-of-sample trade
     * @param efficiency  walk-forward efficiency (NaN when the in-sample annual return is 0)
     * @param trials      trials run over all windows
     */
    public record Result(List<Step> steps, long[] time, double[] equity, Statistics statistics, double efficiency, int trials) {}

    /** Cuts {@code bars} into windows; the last test span may be shorter. */
    public static List<Window> windows(BarSeries bars, Plan plan) {
        int n = bars.size();
        long[] t = bars.time();
        List<Window> out = new ArrayList<>();
        if (plan.inBars()) {
            for (long start = 0; start + plan.train() < n; start += plan.step()) {
                int trainFrom = plan.anchored() ? 0 : (int) start;
                int trainTo = (int) (start + plan.train());
                out.add(new Window(out.size() + 1, trainFrom, trainTo, trainTo, (int) Math.min(n, trainTo + plan.test())));
            }
        } else {
            for (long start = t[0]; ; start += plan.step()) {
                int trainFrom = plan.anchored() ? 0 : lowerBound(t, start);
                int trainTo = lowerBound(t, start + plan.train());
                if (trainTo >= n) break;
                out.add(new Window(out.size() + 1, trainFrom, trainTo, trainTo, lowerBound(t, start + plan.train() + plan.test())));
            }
        }
        if (out.isEmpty()) throw new UserError("walk-forward: the data (" + n + " bars) is shorter than one training span");
        return out;
    }

    /**
     * Runs the walk-forward.
     *
     * @param searchFor the search to run in each training span (a fresh pool per window)
     * @param threads   worker threads
     */
    public static Result run(StrategyRunner runner, ParamSpace space, Objective objective, Function<Window, Search> searchFor,
            Plan plan, int threads, Runnable onWindow) {
        Dataset all = runner.data();
        List<Window> windows = windows(all.bars(), plan);
        double cash = all.engine().startingCash();
        List<Step> steps = new ArrayList<>();
        LongList time = new LongList();
        DoubleList equity = new DoubleList();
        List<Trade> trades = new ArrayList<>();
        int trialCount = 0;
        double isAnnual = 0, oosAnnual = 0;
        int counted = 0;
        for (Window w : windows) {
            StrategyRunner train = runner.on(all.slice(w.trainFrom(), w.trainTo()));
            List<Trial> ranked;
            int trials;
            try (TrialPool pool = new TrialPool(train, space, objective, threads, null)) {
                searchFor.apply(w).run(pool);
                trials = pool.size();
                ranked = new SweepResult("", space, objective, "", pool.trials()).ranked();
            }
            trialCount += trials;
            double start = cash;
            Trial chosen = ranked.isEmpty() ? null : ranked.get(0);
            Statistics oos;
            double isA = Double.NaN, oosA;
            if (chosen == null) {
                // no candidate: stay flat through the test span
                for (int i = w.testFrom(); i < w.testTo(); i++) {
                    time.add(all.bars().time()[i]);
                    equity.add(cash);
                }
                oos = flat(all, w, cash);
                oosA = 0;
            } else {
                int warmup = train.run(chosen.params()).result().warmup();
                int from = Math.max(0, w.testFrom() - warmup);
                StrategyRunner test = runner.on(all.slice(from, w.testTo()).withCash(cash));
                StrategyRunner.Outcome o = test.run(chosen.params());
                int k = w.testFrom() - from;
                double base = k == 0 ? cash : o.result().equity()[k - 1];
                double scale = base > 0 ? cash / base : 1;
                int m = w.testTo() - w.testFrom();
                long[] tt = Arrays.copyOfRange(o.result().time(), k, k + m);
                double[] ee = new double[m];
                boolean[] in = new boolean[m];
                var position = o.result().position().cursor();
                for (int i = 0; i < m; i++) {
                    ee[i] = o.result().equity()[k + i] * scale;
                    in[i] = position.at(k + i) != 0;
                    time.add(tt[i]);
                    equity.add(ee[i]);
                }
                List<Trade> own = o.result().trades().stream().filter(tr -> tr.exitTime() >= tt[0]).toList();
                trades.addAll(own);
                oos = StatisticsCalculator.compute(new RunInput(tt, ee, in, own, cash, ee[m - 1]),
                        StatisticsOptions.DEFAULT.withZone(all.zone()));
                cash = ee[m - 1];
                isA = annual(chosen.statistics().totalReturn(), all.bars().time(), w.trainFrom(), w.trainTo());
                oosA = annual(oos.totalReturn(), all.bars().time(), w.testFrom(), w.testTo());
                isAnnual += isA;
                oosAnnual += oosA;
                counted++;
            }
            steps.add(new Step(w, trials, chosen, oos, isA, oosA));
            if (onWindow != null) onWindow.run();
            if (start <= 0) break;
        }
        long[] t = time.toArray();
        double[] e = equity.toArray();
        boolean[] in = new boolean[t.length];
        Statistics total = StatisticsCalculator.compute(new RunInput(t, e, in, trades, all.engine().startingCash(),
                e.length == 0 ? all.engine().startingCash() : e[e.length - 1]), StatisticsOptions.DEFAULT.withZone(all.zone()));
        double efficiency = counted == 0 || isAnnual == 0 ? Double.NaN : (oosAnnual / counted) / (isAnnual / counted);
        return new Result(steps, t, e, total, efficiency, trialCount);
    }

    private static Statistics flat(Dataset all, Window w, double cash) {
        int m = w.testTo() - w.testFrom();
        long[] t = Arrays.copyOfRange(all.bars().time(), w.testFrom(), w.testTo());
        double[] e = new double[m];
        Arrays.fill(e, cash);
        return StatisticsCalculator.compute(new RunInput(t, e, new boolean[m], List.of(), cash, cash),
                StatisticsOptions.DEFAULT.withZone(all.zone()));
    }

    /** A simple annual rate: total return over the span's years (from the first bar to the one after the last). */
    static double annual(double totalReturn, long[] time, int from, int to) {
        long end = to < time.length ? time[to] : time[to - 1] + (to - 1 > from ? time[to - 1] - time[to - 2] : 0);
        double years = (end - time[from]) / NANOS_PER_YEAR;
        return years > 0 ? totalReturn / years : 0;
    }

    private static int lowerBound(long[] t, long x) {
        int i = Arrays.binarySearch(t, x);
        return i >= 0 ? i : -i - 1;
    }

    /** The parameters chosen in each window, as text (the parameter path). */
    public static List<Map<String, String>> path(Result r) {
        return r.steps().stream().map(s -> s.chosen() == null ? Map.<String, String>of() : s.chosen().params()).toList();
    }

    private static final class LongList {
        private long[] a = new long[1024];
        private int n;

        void add(long x) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = x;
        }

        long[] toArray() { return Arrays.copyOf(a, n); }
    }

    private static final class DoubleList {
        private double[] a = new double[1024];
        private int n;

        void add(double x) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = x;
        }

        double[] toArray() { return Arrays.copyOf(a, n); }
    }
}
