package dev.tradewind.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradewind.catalog.CatalogRef;
import dev.tradewind.examples.Builtins;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Times;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Fingerprint;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.store.RunStatus;
import dev.tradewind.store.StoreException;
import dev.tradewind.store.StoredRun;
import dev.tradewind.strategy.Strategy;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runs of the store as the app shows them: their views, and the reports of runs that are not in memory (another
 * process's, an older session's, one still going elsewhere), rebuilt from the store and the bars of their data.
 * Thread-safe.
 */
final class StoredRuns {
    /** The statistics a run's view carries. */
    static final List<String> SUMMARY_KEYS = List.of("final_equity", "net_profit", "total_return",
            "max_drawdown", "sharpe", "trades", "win_rate", "profit_factor", "bars", "orders_hash");
    private static final int LIVE_DATA_KEPT = 8;

    private final StrategyCatalog strategies;
    private final DataSets data;
    private final RunHistory history;
    private final Path home;
    /** The data of runs of other processes still going, read once per run (and again once they pass its end). */
    private final Map<String, BarSeries> liveData = new ConcurrentHashMap<>();

    StoredRuns(StrategyCatalog strategies, DataSets data, RunHistory history, Path home) {
        this.strategies = strategies;
        this.data = data;
        this.history = history;
        this.home = home;
    }

    /** The view of a stored run (of this process or another). */
    Runs.View view(StoredRun r) {
        RunConfig config = RunHistory.config(r);
        String strategyId = strategies.idOf(r.strategy());
        String dataId = dataIdOf(r.data(), r.dataFingerprint());
        RunRequest request = config == null || strategyId == null || dataId == null ? null
                : new RunRequest(strategyId, new LinkedHashMap<>(r.params()), dataId, config.from(), config.to(),
                        settingsOf(config, dataId));
        Map<String, Object> summary = null;
        if (r.status() == RunStatus.COMPLETED || r.status() == RunStatus.STOPPED) {
            summary = new LinkedHashMap<>();
            for (String k : SUMMARY_KEYS) summary.put(k, r.statistics().get(k));
        }
        String status = switch (r.status()) {
            case COMPLETED -> "done";
            case FAILED -> "failed";
            case RUNNING -> "running";
            case INCOMPLETE -> "incomplete";
            case STOPPED -> "stopped";
        };
        String started = Times.format(r.startedNs());
        return new Runs.View(Long.toString(r.id()), status, status, r.status() == RunStatus.COMPLETED || r.status() == RunStatus.STOPPED ? 1 : 0, r.message(),
                started, started, r.endedNs() == 0 ? null : Times.format(r.endedNs()),
                strategyId != null ? strategyId : shortName(r.strategy()), dataId != null ? dataId : r.data(), r.symbol(),
                r.params(), config == null ? null : config.from(), config == null ? null : config.to(), request, summary,
                r.status() != RunStatus.FAILED, null, r.status() == RunStatus.RUNNING);
    }

    /**
     * The report of a run of another process that is still going, or was killed: its last checkpoint, read afresh on
     * every call (never cached), on the bars of its data at the times it stored.
     */
    Report partial(StoredRun stored) {
        RunData run = read(stored, true);
        if (run.bars() == 0) throw ApiError.conflict("run " + stored.id() + " is " + stored.status().label() + " and has stored no bar yet");
        return fromStore(stored, run, true);
    }

    /** The report of a run that ended, rebuilt from the store and its data. */
    Report report(StoredRun stored) { return fromStore(stored, read(stored, false), false); }

    /** A run's stored rows: its last checkpoint ({@code partial}) or its final ones; a 503 if the store cannot be read. */
    private RunData read(StoredRun stored, boolean partial) {
        try {
            return partial ? history.loadPartial(stored) : history.load(stored);
        } catch (StoreException e) {
            throw new ApiError(503, "the run store cannot be read: " + RunHistory.message(e));
        }
    }

    /** @param live a run still going: its data is read once and again only when the run has gone past its end */
    private Report fromStore(StoredRun stored, RunData run, boolean live) {
        Runs.View v = view(stored);
        RunConfig config = run.config();
        if (v.data() != null && data.contains(v.data()) && !CatalogRef.isRef(config.data())) {
            config = RunSettings.withData(config, data.get(v.data()).ref());
        }
        BarSeries bars;
        String key = Long.toString(stored.id());
        try {
            if (live) {
                BarSeries all = liveData.get(key);
                long last = run.time()[run.bars() - 1];
                if (all == null || all.size() == 0 || all.time()[all.size() - 1] < last) {
                    if (liveData.size() >= LIVE_DATA_KEPT) liveData.clear();
                    all = RunBars.all(config, home);
                    liveData.put(key, all);
                }
                bars = RunBars.at(all, run.time(), config.data());
            } else {
                liveData.remove(key);
                // a paper run's data (a catalog it appends to) holds more bars than the run saw: take the run's ones
                bars = RunBars.load(config, run.time(), home, true);
            }
        } catch (UserError e) {
            throw ApiError.conflict("cannot show run " + stored.id() + ": " + e.getMessage());
        }
        return ReportBuilder.build(v.id(), run, bars, v.strategy(), strategyType(stored), v.data(), v.request());
    }

    /** The class to ask for indicators: a built-in, or the folder's file if it still has the run's source. */
    private Class<? extends Strategy> strategyType(StoredRun r) {
        Class<? extends Strategy> builtin = Builtins.find(r.strategy());
        if (builtin != null) return builtin;
        String id = strategies.idOf(r.strategy());
        if (id == null || r.strategySha256() == null) return null;
        try {
            StrategyCatalog.Entry e = strategies.get(id);
            return e.file() != null && r.strategySha256().equals(Fingerprint.sha256(e.file())) ? e.type() : null;
        } catch (UserError | ApiError e) {
            return null;
        }
    }

    /** The data set a stored run read: named as recorded, or a bundled file with the recorded fingerprint. */
    private String dataIdOf(String ref, String fingerprint) {
        if (ref == null) return null;
        String id = data.idOf(ref);
        if (id != null || ref.startsWith("catalog:")) return id;
        Path p = Path.of(ref);
        id = data.idOf(p.toAbsolutePath().normalize().toString());
        if (id == null && !p.isAbsolute() && home != null) id = data.idOf(home.resolve(p).normalize().toString());
        return id != null || p.getFileName() == null ? id : data.idOfCopy(p.getFileName().toString(), fingerprint);
    }

    /**
     * Every setting of a recorded run, to run it again as it was; the symbol only when the run named one other than
     * the data set's own (so choosing another data set on the form does not keep a stale one).
     */
    private ObjectNode settingsOf(RunConfig config, String dataId) {
        ObjectNode settings = RunSettings.of(config);
        DataSets.Summary set = data.brief(dataId);
        String own = set == null ? null : set.symbol();
        if (config.symbol() == null || config.symbol().equals(own)) settings.putNull("symbol");
        return settings;
    }

    private static String shortName(String strategy) {
        return strategy.endsWith(".java") ? Path.of(strategy).getFileName().toString() : strategy;
    }
}
