package dev.tradewind.web;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.Failures;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.RunFailure;
import dev.tradewind.store.Recording;
import dev.tradewind.store.RunStatus;
import dev.tradewind.store.StoreException;
import dev.tradewind.store.StoredRun;
import dev.tradewind.strategy.Strategy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The runs of the app: queued on a small pool (backtests are CPU-bound), recorded in the run store (their id is the
 * store's), with status and progress published as {@code run} events. The full {@link Report} of recent runs is
 * kept in memory; the report of an older or another process's run is rebuilt from the store and its data. Without
 * a store the ids are {@code s1, s2, ...} and only this session's runs are known. Thread-safe.
 */
public final class Runs implements AutoCloseable {
    /** Reports kept in memory. */
    static final int REPORTS_KEPT = 30;
    /** System property: the time limit of one run, in seconds. */
    static final String TIME_LIMIT_PROPERTY = "tradewind.run-time-limit";
    /** How long a run has to stop once asked (cancel or time limit) before its worker is replaced. */
    static final Duration GRACE = Duration.ofMillis(800);
    /** Progress events per run at most every this many nanoseconds. */
    private static final long PUBLISH_EVERY_NS = 100_000_000L;
    private static final String CODE_VERSION = "tradewind web " + version();

    /**
     * A run as the API lists it.
     *
     * @param status   queued, running, done, failed, cancelled or incomplete (a stored run whose process died)
     * @param phase    what it is doing, for the progress bar
     * @param progress 0..1
     * @param error    the one-line reason of a failed run
     * @param strategy the strategy id, or the name recorded if it is not offered here
     * @param data     the data set id, or the data recorded if it is not offered here
     * @param request  the request that re-runs it with the same settings, or null if its strategy or data is not
     *                 offered here
     * @param summary  headline statistics of a finished run
     * @param report   whether {@code GET /api/runs/{id}/report} can show it
     * @param note     a remark, e.g. why the run was not recorded in the store
     * @param live     a run of another process still going (a paper run), whose report is its last checkpoint in
     *                 the store: the page polls it while the status is running
     */
    public record View(String id, String status, String phase, double progress, String error, String created,
            String started, String finished, String strategy, String data, String symbol, Map<String, String> params,
            String from, String to, RunRequest request, Map<String, Object> summary, boolean report, String note,
            boolean live) {}

    private final class Run {
        final String id;
        final RunRequest request;
        final RunConfig config;
        final Recording recording;
        final String created = Instant.now().toString();
        volatile String note;
        volatile String status = "queued";
        volatile String phase = "queued";
        volatile double progress;
        volatile String error;
        volatile String started;
        volatile String finished;
        volatile boolean cancel;
        volatile Map<String, Object> summary;
        volatile String symbol;
        /** Set once by whoever ends the run: its worker, or the watchdog that gave up on it. */
        final AtomicBoolean settled = new AtomicBoolean();
        /** Whether the run holds a worker permit; whoever clears it gives the permit back. */
        final AtomicBoolean permit = new AtomicBoolean();
        volatile Thread worker;
        volatile long startedNanos;
        volatile long stopAskedNanos;
        volatile long publishedNanos;
        volatile String stopReason;

        Run(String id, RunRequest request, RunConfig config, Recording recording, String note) {
            this.id = id;
            this.request = request;
            this.config = config;
            this.recording = recording;
            this.note = note;
        }

        View view() {
            return new View(id, status, phase, progress, error, created, started, finished, request.strategy(),
                    request.data(), symbol, request.params(), request.from(), request.to(), request, summary,
                    reports.containsKey(id) || (status.equals("done") && recording != null), note, false);
        }

        void update(String status, String phase, double progress) {
            this.status = status;
            this.phase = phase;
            this.progress = progress;
            events.publish("run", view());
        }
    }

    private final StrategyCatalog strategies;
    private final DataSets data;
    private final RunHistory history;
    private final Events events;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final Map<String, Report> reports = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Report> eldest) { return size() > REPORTS_KEPT; }
    });
    private final AtomicLong sessionIds = new AtomicLong();
    private final StoredRuns stored;
    /** Runs waiting for a worker, in order. */
    private final BlockingQueue<Run> queue = new LinkedBlockingQueue<>();
    /** One permit per worker; a run that ignores a stop gives its permit back and keeps its thread. */
    private final Semaphore workers;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tradewind-run");
        t.setDaemon(true);
        return t;
    });
    private final Thread dispatcher;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tradewind-run-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final Duration timeLimit;
    private final Duration grace;
    private final AtomicLong abandoned = new AtomicLong();

    Runs(StrategyCatalog strategies, DataSets data, RunHistory history, Events events, int threads, Path home) {
        this(strategies, data, history, events, threads, home, timeLimitProperty(), GRACE);
    }

    /**
     * @param timeLimit how long a run may take before it is stopped and marked failed
     * @param grace     how long a stopped run has to end before it is given up: its thread is left behind and another
     *                  worker takes its place
     */
    Runs(StrategyCatalog strategies, DataSets data, RunHistory history, Events events, int threads, Path home,
            Duration timeLimit, Duration grace) {
        this.strategies = strategies;
        this.data = data;
        this.history = history;
        this.events = events;
        this.stored = new StoredRuns(strategies, data, history, home);
        this.timeLimit = timeLimit;
        this.grace = grace;
        this.workers = new Semaphore(threads);
        this.dispatcher = new Thread(this::dispatch, "tradewind-run-queue");
        dispatcher.setDaemon(true);
        dispatcher.start();
        watchdog.scheduleWithFixedDelay(this::watch, 100, 100, TimeUnit.MILLISECONDS);
    }

    /** The time limit of one run: {@code -Dtradewind.run-time-limit=SECONDS}, else 30 minutes. */
    private static Duration timeLimitProperty() {
        String v = System.getProperty(TIME_LIMIT_PROPERTY);
        try {
            return v == null ? Duration.ofMinutes(30) : Duration.ofMillis((long) (Double.parseDouble(v) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(TIME_LIMIT_PROPERTY + ": expected seconds, got '" + v + "'", e);
        }
    }

    /** Runs left running after they ignored a stop (their threads are still busy), since the server started. */
    long abandoned() { return abandoned.get(); }

    /** Records and queues a validated request; returns its view at once (status queued). */
    public View submit(RunRequest request) {
        RunConfig config = request.toConfig(strategies, data);
        Recording recording = null;
        String note = null;
        try {
            recording = history.begin(config, CODE_VERSION);
        } catch (StoreException e) {
            note = "not recorded: " + RunHistory.message(e);
        }
        String id = recording != null ? Long.toString(recording.id()) : "s" + sessionIds.incrementAndGet();
        Run run = new Run(id, request, config, recording, note);
        runs.put(id, run);
        events.publish("run", run.view());
        queue.add(run);
        return run.view();
    }

    /** One run; a 404 for an unknown id. */
    public View get(String id) {
        Run run = id == null ? null : runs.get(id);
        if (run != null) return run.view();
        return history.find(id).map(stored::view).orElseThrow(() -> ApiError.notFound("unknown run '" + id + "'"));
    }

    /**
     * The runs that pass {@code filter}, newest first: this session's and, with a store, the last
     * {@value RunHistory#LIST_LIMIT} it holds (of the given strategy id and status when set, narrowing the query).
     */
    public List<View> list(String strategyId, String status, Predicate<View> filter) {
        Map<String, View> byId = new LinkedHashMap<>();
        String strategyRef = strategyId == null || strategyId.isEmpty() ? null : ref(strategyId);
        RunStatus stored = status == null || status.isEmpty() ? null : switch (status) {
            case "done" -> RunStatus.COMPLETED;
            case "failed" -> RunStatus.FAILED;
            case "running" -> RunStatus.RUNNING;
            case "incomplete" -> RunStatus.INCOMPLETE;
            case "stopped" -> RunStatus.STOPPED;
            default -> null;
        };
        boolean storeHasStatus = status == null || status.isEmpty() || stored != null;
        if (storeHasStatus && (strategyId == null || strategyId.isEmpty() || strategyRef != null)) {
            try {
                for (StoredRun r : history.list(strategyRef, stored)) byId.put(Long.toString(r.id()), this.stored.view(r));
            } catch (StoreException e) {
                throw new ApiError(503, "the run store cannot be read: " + RunHistory.message(e));
            }
        }
        for (Run r : runs.values()) byId.put(r.id, r.view());
        List<View> out = new ArrayList<>();
        for (View v : byId.values()) if (filter.test(v)) out.add(v);
        out.sort(Comparator.comparing(View::created).reversed().thenComparing(View::id, Comparator.reverseOrder()));
        return out;
    }

    /** The full report of a finished run; 409 while it runs or after it failed. */
    public Report report(String id) {
        Report r = reports.get(id);
        if (r != null) return r;
        Run run = id == null ? null : runs.get(id);
        if (run != null && !run.status.equals("done")) {
            throw switch (run.status) {
                case "queued", "running" -> ApiError.conflict("run " + id + " is still " + run.status);
                case "failed" -> ApiError.conflict("run " + id + " failed: " + run.error);
                default -> ApiError.conflict("run " + id + " was cancelled");
            };
        }
        StoredRun stored = history.find(id).orElseThrow(() -> run != null
                ? ApiError.notFound("the report of run " + id + " is no longer in memory and the run was not recorded; run it again")
                : ApiError.notFound("unknown run '" + id + "'"));
        if (stored.status() == RunStatus.RUNNING || stored.status() == RunStatus.INCOMPLETE) return this.stored.partial(stored);
        if (stored.status() != RunStatus.COMPLETED && stored.status() != RunStatus.STOPPED) {
            throw ApiError.conflict("run " + id + " " + (stored.status() == RunStatus.FAILED ? "failed: " + stored.message()
                    : "is " + stored.status().label()));
        }
        r = this.stored.report(stored);
        reports.put(id, r);
        return r;
    }

    /** Asks a queued or running run of this session to stop; a finished run is left as it is (idempotent). */
    public View cancel(String id) {
        Run run = id == null ? null : runs.get(id);
        if (run == null) {
            if (history.find(id).isPresent()) throw ApiError.conflict("run " + id + " was not started by this server");
            throw ApiError.notFound("unknown run '" + id + "'");
        }
        if (!run.cancel) {
            run.cancel = true;
            if (run.stopReason == null) run.stopReason = "cancelled";
            Thread t = run.worker;
            if (t != null) t.interrupt();
            run.stopAskedNanos = System.nanoTime();
        }
        return run.view();
    }

    /** Starts queued runs in order, one per free worker. */
    private void dispatch() {
        while (true) {
            Run run;
            try {
                workers.acquire();
                run = queue.take();
            } catch (InterruptedException e) {
                return; // closed
            }
            run.permit.set(true);
            try {
                pool.execute(() -> {
                    try {
                        execute(run);
                    } finally {
                        run.worker = null;
                        if (run.permit.compareAndSet(true, false)) workers.release(); // unless given up already
                    }
                });
            } catch (RejectedExecutionException e) {
                return; // closed
            }
        }
    }

    /**
     * Every 100 ms: asks a run over its time limit to stop, and gives up on a run that was asked to stop and did not
     * within the grace period (a strategy in an endless loop that never returns to the engine): the run is reported,
     * its permit goes to the next run, and its thread is left to itself.
     */
    private void watch() {
        long now = System.nanoTime();
        for (Run run : runs.values()) {
            Thread t = run.worker;
            if (t == null || run.settled.get()) continue;
            if (!run.cancel && now - run.startedNanos > timeLimit.toNanos()) {
                run.stopReason = "failed";
                run.cancel = true;
                run.stopAskedNanos = now;
                t.interrupt();
            } else if (run.cancel && run.stopAskedNanos != 0 && now - run.stopAskedNanos > grace.toNanos()
                    && run.settled.compareAndSet(false, true)) {
                run.worker = null;
                abandoned.incrementAndGet();
                StackTraceElement at = Failures.strategyFrame(stuck(t.getStackTrace()));
                String where = at == null ? "" : "(at " + at.getFileName() + ":" + at.getLineNumber() + ")";
                String why = "failed".equals(run.stopReason) ? "stopped after the time limit of " + seconds(timeLimit)
                        : "cancelled";
                String message = why + "; the strategy did not stop when asked" + (where.isEmpty() ? "" : " " + where)
                        + ": its thread was left running and another worker took its place";
                System.err.println("tradewind web: run " + run.id + " " + message);
                settle(run, "failed".equals(run.stopReason) ? "failed" : "cancelled", message);
                if (run.permit.compareAndSet(true, false)) workers.release();
            }
        }
    }

    /** An exception carrying the stack of a stuck thread, to name the strategy line it is on. */
    private static Throwable stuck(StackTraceElement[] stack) {
        Throwable t = new Throwable(null, null, false, true) {};
        t.setStackTrace(stack);
        return t;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    private void execute(Run run) {
        run.worker = Thread.currentThread();
        run.startedNanos = System.nanoTime();
        if (run.cancel) {
            finish(run, "cancelled", null);
            return;
        }
        if (run.recording != null) {
            try {
                run.recording.attach(); // the store's connection is taken when the run starts, not while it waits
            } catch (StoreException e) {
                run.note = "not recorded: " + RunHistory.message(e);
            }
        }
        run.started = Instant.now().toString();
        run.update("running", "loading data and strategy", 0.05);
        long expected = Math.max(1, data.brief(run.request.data()).bars());
        try {
            Class<? extends Strategy> type = strategies.get(run.request.strategy()).type();
            Backtester.Outcome outcome = Backtester.run(run.config, done -> {
                if (run.cancel || Thread.currentThread().isInterrupted()) throw new CancellationException();
                long now = System.nanoTime();
                if (now - run.publishedNanos < PUBLISH_EVERY_NS) return;
                run.publishedNanos = now;
                run.update("running", "running: " + done + " bars", 0.1 + 0.75 * Math.min(1.0, (double) done / expected));
            });
            if (run.cancel) throw new CancellationException();
            if (run.settled.get()) return; // given up on while it finished: already reported
            run.symbol = outcome.config().symbol();
            run.update("running", "building the report", 0.9);
            BarSeries bars = RunBars.load(outcome);
            Report report = ReportBuilder.build(run.id, outcome, bars, run.request.strategy(), type, run.request.data(),
                    run.request);
            Map<String, Object> summary = new LinkedHashMap<>();
            Map<String, Object> results = outcome.results();
            for (String k : StoredRuns.SUMMARY_KEYS) summary.put(k, results.get(k));
            run.summary = summary;
            reports.put(run.id, report);
            if (run.recording != null) {
                try {
                    RunHistory.complete(run.recording, outcome);
                } catch (StoreException e) {
                    run.note = "not recorded: " + RunHistory.message(e);
                }
            }
            if (!run.settled.compareAndSet(false, true)) return;
            run.finished = Instant.now().toString();
            run.update("done", "done", 1);
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            if (run.cancel) { // stopped: whatever the stop broke (an interrupted read, javac) is not the run's fault
                finish(run, "failed".equals(run.stopReason) ? "failed" : "cancelled",
                        "failed".equals(run.stopReason) ? "stopped after the time limit of " + seconds(timeLimit) : null);
            } else if (e instanceof UserError || e instanceof ApiError) {
                finish(run, "failed", e.getMessage());
            } else {
                finish(run, "failed", describe(e instanceof RunFailure && e.getCause() != null ? e.getCause() : e,
                        run.request.strategy()));
            }
        }
    }

    private void finish(Run run, String status, String error) {
        if (run.settled.compareAndSet(false, true)) settle(run, status, error);
    }

    private void settle(Run run, String status, String error) {
        run.error = error;
        run.finished = Instant.now().toString();
        if (run.recording != null) {
            try {
                run.recording.fail(error == null ? status : error);
            } catch (StoreException | IllegalStateException e) {
                // the store then shows the run as failed or incomplete; the page shows why it stopped
            }
        }
        run.update(status, status, run.progress);
    }

    private String ref(String strategyId) {
        try {
            StrategyCatalog.Entry e = strategies.get(strategyId);
            return e.file() == null ? strategyId : e.file().toString();
        } catch (ApiError e) {
            return null;
        }
    }

    /** A fault in the strategy (or engine) in one line: the exception and the strategy's own line if on the stack. */
    static String describe(Throwable e, String strategyId) {
        String simple = strategyId.endsWith(".java") ? strategyId.substring(0, strategyId.length() - 5) : null;
        StringBuilder s = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) s.append(": ").append(e.getMessage().lines().findFirst().orElse(""));
        for (StackTraceElement f : e.getStackTrace()) {
            String cls = f.getClassName();
            boolean user = simple != null && (cls.equals(simple) || cls.endsWith("." + simple) || cls.startsWith(simple + "$"));
            if (user || (simple == null && cls.startsWith("dev.tradewind.examples."))) {
                s.append(" at ").append(f.getFileName()).append(':').append(f.getLineNumber());
                break;
            }
        }
        return "the run failed: " + s;
    }

    private static String version() {
        String v = Runs.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    @Override
    public void close() {
        dispatcher.interrupt();
        watchdog.shutdownNow();
        pool.shutdownNow();
    }
}
