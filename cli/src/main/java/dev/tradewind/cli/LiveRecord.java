package dev.tradewind.cli;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.engine.Engine;
import dev.tradewind.live.binance.trade.LiveRun;
import dev.tradewind.metrics.RunInput;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.metrics.StatisticsCalculator;
import dev.tradewind.metrics.StatisticsOptions;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Clock;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.ConfigReader;
import dev.tradewind.runner.EngineSettings;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.Resampling;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.TimeArg;
import dev.tradewind.store.Completion;
import dev.tradewind.store.Recording;
import dev.tradewind.store.RunStart;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoreException;
import dev.tradewind.store.StoreSink;
import dev.tradewind.store.StoredRun;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A live run in the run store, as a paper run is: data {@code live:binance:spot:SYMBOL:INTERVAL}, the configuration
 * (never the keys), and the kernel's orders, fills and equity written by a {@link StoreSink} every second while it
 * runs, so a killed run keeps everything to its last checkpoint. A resumed live run takes up its stored run again
 * with its own start and cash (the replay rebuilds its rows). Its live bars go to the catalog, where the web's chart
 * and the replay read them.
 */
final class LiveRecord implements LiveRun.Setup, AutoCloseable {
    private static final long CHECKPOINT_NANOS = 1_000_000_000L;
    private final RunStore store;
    private final Catalog catalog;
    private final String data;
    private final String symbol;
    private final String strategy;
    private final String strategySha;
    private final Map<String, String> params;
    private final Long resume;
    private final RunConfig stored;
    private final java.nio.file.Path idFile;
    private Recording recording;
    private RunConfig config;

    /**
     * @param resume the store's id of the run to take up, or null for a new run
     * @param idFile where the store's id of the run is written once recorded (the control folder's {@code RUN.store})
     */
    LiveRecord(String storeLocation, Catalog catalog, String symbol, String interval, String strategy, String strategySha,
            Map<String, String> params, Long resume, java.nio.file.Path idFile) {
        this.idFile = idFile;
        this.data = "live:binance:spot:" + symbol + ":" + interval;
        this.symbol = symbol;
        this.strategy = strategy;
        this.strategySha = strategySha;
        this.params = params;
        this.resume = resume;
        this.catalog = catalog;
        try {
            store = RunStore.open(storeLocation);
            stored = resume == null ? null : storedConfig(store.get(resume), data);
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static RunConfig storedConfig(StoredRun r, String data) {
        if (!data.equals(r.data())) throw new UserError("--resume: store run " + r.id() + " is '" + r.data() + "', not " + data);
        if (r.config() == null) throw new UserError("--resume: store run " + r.id() + " has no stored configuration");
        return ConfigReader.parse("run " + r.id() + " config", r.config());
    }

    /** The store's id of a live run from its control folder's {@code RUN.store} file, or null if it has none. */
    static Long storedId(java.nio.file.Path idFile) {
        try {
            return java.nio.file.Files.exists(idFile) ? Long.parseLong(java.nio.file.Files.readString(idFile).strip()) : null;
        } catch (java.io.IOException | NumberFormatException e) {
            throw new UserError(idFile + ": expected the store's run id, " + e.getMessage());
        }
    }

    /** The stored run's first bar (epoch ns) when resuming, else {@link LiveRun#WARM_UP}. */
    long from() {
        return stored == null || stored.from() == null ? LiveRun.WARM_UP : TimeArg.parse(stored.from(), ZoneOffset.UTC, "from");
    }

    @Override
    public dev.tradewind.engine.TimeframeSource timeframes() { return Resampling.streamed(ZoneOffset.UTC); }

    @Override
    public Engine engine(Instrument instrument, double quoteBalance, long from) {
        double cash = stored != null ? stored.cash() : quoteBalance;
        RunConfig.InstrumentConfig ic = new RunConfig.InstrumentConfig(instrument.kind().name().toLowerCase(Locale.ROOT),
                instrument.tickSize(), instrument.lotSize(), instrument.multiplier(), instrument.marginRate(),
                instrument.maintenanceRate(), instrument.minNotional(), null, null, Boolean.FALSE);
        RunConfig d = RunConfig.defaults();
        config = new RunConfig(data, null, symbol, "UTC", d.priceColumn(), d.badRows(),
                Instant.ofEpochSecond(Math.floorDiv(from, 1_000_000_000L)).toString(), null, strategy, strategySha,
                new LinkedHashMap<>(params), cash, d.commission(), 0, d.fill(), ic, "leave", d.factors(), d.rules(), d.sqnStdev());
        try {
            recording = resume != null ? store.resume(resume)
                    : store.begin(new RunStart(strategy, symbol, data, params, Json.compact(config), dev.tradewind.cli.store.CodeVersion.current()));
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), e);
        }
        try {
            java.nio.file.Files.writeString(idFile, recording.id() + "\n", java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + idFile, e);
        }
        StoreSink sink = new StoreSink(recording, params, cash, Clock.SYSTEM, CHECKPOINT_NANOS);
        return new Engine(EngineSettings.of(config, instrument, ZoneOffset.UTC)).withStreamedTimeframes(timeframes()).withSink(sink);
    }

    @Override
    public Catalog catalog() { return catalog; }

    /** The store's id of the run (once recorded), else 0. */
    long id() { return recording == null ? 0 : recording.id(); }

    String where() { return store.target().display(); }

    /** Stores the run as stopped with what it did. */
    void stopped(BacktestResult result, String message) {
        if (recording == null || result == null) return;
        recording.stop(completion(symbol, data, config, result), message);
    }

    /** What the store keeps of a paper or live run of {@code symbol} that produced {@code result}: statistics in UTC. */
    static Completion completion(String symbol, String data, RunConfig config, BacktestResult result) {
        RunInput input = new RunInput(result.time(), result.equity(), result.position().nonZeroMask(), result.trades(), config.cash(),
                result.finalCash());
        Statistics stats = StatisticsCalculator.compute(input, StatisticsOptions.DEFAULT.withZone(ZoneOffset.UTC));
        Map<String, Object> results = new Backtester.Outcome(config, result, stats, data, null).results();
        return new Completion(symbol, Json.compact(config), null, config.strategySha256(), stats, results, result);
    }

    /** Stores the run as failed. */
    void failed(String message) {
        if (recording == null) return;
        try {
            recording.fail(message);
        } catch (StoreException ignored) {
            // it then reads as incomplete
        }
    }

    @Override
    public void close() {
        if (recording != null) recording.close();
        store.close();
        if (catalog != null) catalog.close();
    }
}
