package dev.tradewind.web;

import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.store.Completion;
import dev.tradewind.store.Recording;
import dev.tradewind.store.RunFilter;
import dev.tradewind.store.RunStart;
import dev.tradewind.store.RunStatus;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoreException;
import dev.tradewind.store.StoredEquity;
import dev.tradewind.store.StoredRun;
import dev.tradewind.web.replay.ReplayRows;
import dev.tradewind.web.replay.Replayer;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The run store behind the Runs page: every run the app starts is recorded there (as the CLI's backtests are), and
 * the history, including runs of other processes, is read back from it. Disabled, it records nothing and the app
 * shows the runs of its own session only. Thread-safe (the store is; each recording is used by one run at a time).
 */
final class RunHistory {
    /** Runs listed at most. */
    static final int LIST_LIMIT = 500;

    private final RunStore store;
    private final String display;

    private RunHistory(RunStore store, String display) {
        this.store = store;
        this.display = display;
    }

    /** No store: the session's runs only. */
    static RunHistory disabled() { return new RunHistory(null, "not recording runs"); }

    /** The store at {@code location} (null: {@code $TRADEWIND_STORE}, else ~/.tradewind/runs.db), created if needed. */
    static RunHistory open(String location) {
        RunStore s = RunStore.open(location);
        return new RunHistory(s, s.target().display());
    }

    boolean enabled() { return store != null; }

    /** Where runs are recorded, for the UI. */
    String display() { return display; }

    /** Records a queued run, holding no connection until {@link Recording#attach}; null when disabled. */
    Recording begin(RunConfig config, String codeVersion) {
        if (store == null) return null;
        return store.reserve(new RunStart(config.strategy(), config.symbol(), config.data(), config.params(),
                Json.compact(config), codeVersion));
    }

    /** Records a finished run's results in one transaction. */
    static void complete(Recording recording, Backtester.Outcome o) {
        RunConfig c = o.config();
        recording.complete(new Completion(c.symbol(), Json.compact(c), c.dataSha256(), c.strategySha256(), o.statistics(),
                o.results(), o.result()));
    }

    List<StoredRun> list(String strategy, RunStatus status) {
        if (store == null) return List.of();
        return store.list(new RunFilter(strategy, null, status, null, null, LIST_LIMIT));
    }

    Optional<StoredRun> find(String id) {
        if (store == null) return Optional.empty();
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return store.find(n);
    }

    /**
     * The run replayed as a backtest on the bars it saw and compared with what it stored ({@link Replayer}): the
     * summary, then every fill, order and equity row ({@link ReplayRows}).
     *
     * @throws ApiError 404 for an unknown run, 409 for one that cannot be replayed (a backtest, no bars), 503 when the
     *                  store cannot be read
     */
    java.util.Map<String, Object> replay(String id, java.nio.file.Path home) {
        StoredRun run = find(id).orElseThrow(() -> ApiError.notFound("no run " + id + " in the run store"));
        dev.tradewind.web.replay.ReplayReport r;
        try {
            r = Replayer.replay(store, run.id(), home);
        } catch (dev.tradewind.model.UserError e) {
            throw ApiError.conflict(e.getMessage());
        } catch (StoreException e) {
            throw new ApiError(503, "the run store cannot be read: " + message(e));
        }
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("summary", ReplayRows.summary(r));
        m.put("fills", ReplayRows.fills(r));
        m.put("orders", ReplayRows.orders(r));
        m.put("equity", ReplayRows.equity(r));
        return m;
    }

    /** A completed run's data as stored. */
    RunData load(StoredRun run) {
        RunConfig config = config(run);
        if (config == null) throw ApiError.conflict("run " + run.id() + " has no stored configuration");
        StoredEquity equity = store.equity(run.id());
        int warmup = run.statistics().get("warmup") instanceof Number n ? n.intValue() : 0;
        return new RunData(config, run.statistics(), equity.time(), equity.equity(), equity.position(), warmup,
                store.trades(run.id()), store.orders(run.id()), store.fills(run.id()), store.logs(run.id()), null);
    }

    /**
     * What a run still going (or killed) has stored so far, its last checkpoint: the account per bar, the orders,
     * fills, trades and log, with statistics computed here from them (the store holds none before completion).
     */
    RunData loadPartial(StoredRun run) {
        RunConfig config = lenientConfig(run);
        if (config == null) throw ApiError.conflict("run " + run.id() + " has no stored configuration");
        StoredEquity equity = store.equity(run.id());
        List<dev.tradewind.model.Trade> trades = store.trades(run.id());
        List<dev.tradewind.model.OrderRecord> orders = store.orders(run.id());
        List<dev.tradewind.model.Fill> fills = store.fills(run.id());
        int n = equity.size();
        java.util.Map<String, Object> stats = new java.util.LinkedHashMap<>();
        if (n > 0) {
            boolean[] inPosition = new boolean[n];
            for (int i = 0; i < n; i++) inPosition[i] = equity.position()[i] != 0;
            var input = new dev.tradewind.metrics.RunInput(equity.time(), equity.equity(), inPosition, trades, config.cash(),
                    equity.cash()[n - 1]);
            stats.putAll(dev.tradewind.metrics.StatisticsCalculator.compute(input, dev.tradewind.metrics.StatisticsOptions.DEFAULT
                    .withZone(java.time.ZoneId.of(config.zone() == null ? "UTC" : config.zone()))).toMap());
            stats.put("bars", n);
            stats.put("orders", orders.size());
            stats.put("fills", fills.size());
            stats.put("open_position", equity.position()[n - 1]);
        }
        stats.put("status", run.status().label());
        return new RunData(config, stats, equity.time(), equity.equity(), equity.position(), 0, trades, orders, fills,
                store.logs(run.id()), null);
    }

    /**
     * The configuration of a run still going, read leniently: fields a backtest's config does not have (a paper run's
     * exchange, endpoints...) are skipped, and a missing data reference is taken from the run's record.
     */
    static RunConfig lenientConfig(StoredRun run) {
        if (run.config() == null) return null;
        try {
            com.fasterxml.jackson.databind.JsonNode given = Json.MAPPER.readTree(run.config());
            if (!(given instanceof com.fasterxml.jackson.databind.node.ObjectNode over)) return null;
            com.fasterxml.jackson.databind.node.ObjectNode tree = Json.MAPPER.valueToTree(RunConfig.defaults());
            merge(tree, over); // a field the run's config leaves out takes the backtest's default
            RunConfig c = Json.MAPPER.readerFor(RunConfig.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(tree);
            if (c.data() == null && run.data() != null) c = RunSettings.withData(c, run.data());
            return c;
        } catch (IOException e) {
            return null;
        }
    }

    private static void merge(com.fasterxml.jackson.databind.node.ObjectNode base, com.fasterxml.jackson.databind.node.ObjectNode over) {
        over.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) return;
            if (base.get(e.getKey()) instanceof com.fasterxml.jackson.databind.node.ObjectNode b
                    && e.getValue() instanceof com.fasterxml.jackson.databind.node.ObjectNode o) merge(b, o);
            else base.set(e.getKey(), e.getValue());
        });
    }

    /** The stored configuration of a run, or null if none was stored or it no longer parses. */
    static RunConfig config(StoredRun run) {
        if (run.config() == null) return null;
        try {
            return Json.MAPPER.readValue(run.config(), RunConfig.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** The store's message for a failure, in one line. */
    static String message(StoreException e) { return e.getMessage().lines().findFirst().orElse("store error"); }
}
