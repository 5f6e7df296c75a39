package dev.tradewind.research;

import dev.tradewind.model.UserError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs the points a search asks for, in parallel on a fixed pool of threads, and remembers every trial. A point asked
 * for again is answered from memory, so each distinct parameter set is run and counted once. Results come back in
 * the order they were asked for and trial ids follow that order, whatever the scheduling: a search is deterministic.
 * Searches call {@link #evaluate} from one thread; runs happen on the pool's threads.
 */
public final class TrialPool implements AutoCloseable {
    private final StrategyRunner runner;
    private final ParamSpace space;
    private final Objective objective;
    private final ExecutorService executor;
    private final int threads;
    private final IntConsumer progress;
    private final AtomicInteger done = new AtomicInteger();
    /** The thread running each trial and when it started, to stop a trial over the time limit. */
    private final Map<Key, Thread> workers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Key, Long> started = new java.util.concurrent.ConcurrentHashMap<>();
    private final long limitNanos = limitNanos();
    private final Map<Key, Trial> byPoint = new HashMap<>();
    private final List<Trial> trials = new ArrayList<>();

    /**
     * @param threads  worker threads, at least 1 (e.g. the number of cores)
     * @param progress called with the number of runs finished so far, from worker threads; may be null
     */
    public TrialPool(StrategyRunner runner, ParamSpace space, Objective objective, int threads, IntConsumer progress) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        this.runner = runner;
        this.space = space;
        this.objective = objective;
        this.threads = threads;
        this.progress = progress;
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tradewind-trial");
            t.setDaemon(true);
            return t;
        });
    }

    public ParamSpace space() { return space; }

    public Objective objective() { return objective; }

    public StrategyRunner runner() { return runner; }

    public int threads() { return threads; }

    /** Every trial run so far, by id. */
    public List<Trial> trials() { return List.copyOf(trials); }

    /** Number of distinct trials run so far. */
    public int size() { return trials.size(); }

    /** Whether a point was run already. */
    public boolean seen(int[] point) { return byPoint.containsKey(new Key(point)); }

    /** Runs the points not run before (in parallel) and returns the trial of every point, in order. */
    public List<Trial> evaluate(List<int[]> points) {
        Map<Key, Future<Done>> running = new HashMap<>();
        List<Key> order = new ArrayList<>();
        for (int[] p : points) {
            Key k = new Key(p.clone());
            if (byPoint.containsKey(k) || running.containsKey(k)) continue;
            Map<String, String> params = space.params(k.point);
            running.put(k, executor.submit(() -> {
                workers.put(k, Thread.currentThread());
                started.put(k, System.nanoTime());
                TrialEvent timing = TrialEvent.start();
                StrategyRunner.Outcome o = runner.runReusing(params); // the per-bar arrays die here, on the worker
                if (timing != null) timing.finish(params);
                workers.remove(k);
                Done d = new Done(o.params(), o.statistics(), o.returns(), objective.value(o.statistics()));
                int n = done.incrementAndGet();
                if (progress != null) progress.accept(n);
                return d;
            }));
            order.add(k);
        }
        for (Key k : order) {
            Done o = get(k, running.get(k), space.params(k.point));
            Trial t = new Trial(trials.size() + 1, k.point, o.params(), o.statistics(), o.value(),
                    objective.feasible(o.statistics()) && !Double.isNaN(o.value()), o.returns());
            trials.add(t);
            byPoint.put(k, t);
        }
        List<Trial> out = new ArrayList<>(points.size());
        for (int[] p : points) out.add(byPoint.get(new Key(p)));
        return out;
    }

    /** What a worker keeps of a run: no per-bar arrays, so a batch of thousands fits in memory. */
    private record Done(Map<String, String> params, dev.tradewind.metrics.Statistics statistics, double[] returns, double value) {}

    /** The time limit of one trial: {@code -Dtradewind.run-time-limit=SECONDS}, else 30 minutes. */
    private static long limitNanos() {
        String v = System.getProperty("tradewind.run-time-limit");
        try {
            return v == null ? java.time.Duration.ofMinutes(30).toNanos() : (long) (Double.parseDouble(v) * 1e9);
        } catch (NumberFormatException e) {
            throw new UserError("tradewind.run-time-limit: expected seconds, got '" + v + "'", e);
        }
    }

    /**
     * Waits for a trial; one that runs past the time limit (a strategy in an endless loop) stops the search with a
     * one-line {@link UserError} naming its parameters and the strategy line it is stuck on, instead of waiting
     * forever. Its thread is interrupted and left behind (a daemon: it ends with the process).
     */
    private Done get(Key k, Future<Done> f, Map<String, String> params) {
        while (true) {
            try {
                return f.get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                Long t0 = started.get(k);
                if (t0 == null || System.nanoTime() - t0 < limitNanos) continue;
                Thread stuck = workers.get(k);
                StackTraceElement at = null;
                if (stuck != null) {
                    Throwable where = new Throwable();
                    where.setStackTrace(stuck.getStackTrace());
                    at = dev.tradewind.runner.Failures.strategyFrame(where);
                    stuck.interrupt();
                }
                f.cancel(true);
                throw new UserError("the trial with " + params + " did not finish within the time limit of "
                        + Math.round(limitNanos / 1e9) + " s" + (at == null ? "" : " (at " + at.getFileName() + ":"
                        + at.getLineNumber() + ")") + "; set -Dtradewind.run-time-limit=SECONDS for longer trials");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void close() { executor.shutdownNow(); }

    private record Key(int[] point) {
        @Override public boolean equals(Object o) { return o instanceof Key k && Arrays.equals(point, k.point); }
        @Override public int hashCode() { return Arrays.hashCode(point); }
    }
}
