package dev.tradewind.runner;

import dev.tradewind.catalog.BarFingerprint;
import dev.tradewind.catalog.Catalog;
import dev.tradewind.catalog.CatalogException;
import dev.tradewind.catalog.CatalogRef;
import dev.tradewind.data.BadRowPolicy;
import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.data.DataException;
import dev.tradewind.data.GapOptions;
import dev.tradewind.data.GapPolicy;
import dev.tradewind.data.GapResult;
import dev.tradewind.data.Gaps;
import dev.tradewind.data.Resampler;
import dev.tradewind.data.Timeframe;
import dev.tradewind.data.LoadOptions;
import dev.tradewind.data.LoadResult;
import dev.tradewind.data.PriceColumn;
import dev.tradewind.data.RowEstimate;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.OnOtherThread;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.model.ExecutionNotes;
import dev.tradewind.engine.Replay;
import dev.tradewind.metrics.PeriodReturns;
import dev.tradewind.metrics.RunInput;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.metrics.StatisticsCalculator;
import dev.tradewind.metrics.StatisticsOptions;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.UserError;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

/** Runs one backtest from a {@link RunConfig}: load data, build the strategy, run the engine, compute statistics. */
public final class Backtester {

    /**
     * What a run produced, with the configuration resolved against the data; {@code pricing} says how its option or
     * futures contracts were priced ({@link Desks.Resolved#pricing}), null for a run without them.
     */
    public record Outcome(RunConfig config, BacktestResult result, Statistics statistics, String dataSummary, FactorTable factors,
            Map<String, Map<String, Double>> returns, String pricing, String ordersHash) {

        /** An outcome whose orders hash is taken from the result when asked for. */
        public Outcome(RunConfig config, BacktestResult result, Statistics statistics, String dataSummary, FactorTable factors,
                Map<String, Map<String, Double>> returns, String pricing) {
            this(config, result, statistics, dataSummary, factors, returns, pricing, null);
        }

        /** {@link BacktestResult#ordersHash}, taken once. */
        @Override
        public String ordersHash() { return ordersHash != null ? ordersHash : result.ordersHash(); }

        /** An outcome without option or futures contracts. */
        public Outcome(RunConfig config, BacktestResult result, Statistics statistics, String dataSummary, FactorTable factors,
                Map<String, Map<String, Double>> returns) {
            this(config, result, statistics, dataSummary, factors, returns, null);
        }

        /** An outcome without returns by period. */
        public Outcome(RunConfig config, BacktestResult result, Statistics statistics, String dataSummary, FactorTable factors) {
            this(config, result, statistics, dataSummary, factors, Map.of());
        }

        /** results.json: statistics in the documented order, then run facts. */
        public Map<String, Object> results() {
            Map<String, Object> m = new LinkedHashMap<>(statistics.toMap());
            m.put("sqn_stdev", config.sqnStdev() == null ? "sample" : config.sqnStdev());
            m.put("orders_hash", ordersHash());
            m.put("orders", result.orders().size());
            m.put("fills", result.fills().size());
            m.put("bars", result.bars());
            m.put("warmup", result.warmup());
            m.put("fees", result.fees());
            m.put("financing", result.ledger().stream().mapToDouble(e -> e.amount()).sum());
            m.put("signals", result.signals().size());
            m.put("signals_refused", result.signals().stream().filter(x -> !x.traded()).count());
            m.put("open_position", result.finalPosition());
            m.put("open_trade_pnl", result.openTradePnl());
            int last = result.bars() - 1;
            m.put("margin_used", last < 0 ? 0.0 : result.marginUsedAt(last));
            m.put("margin_available", last < 0 ? config.cash() : result.marginAvailableAt(last));
            m.put("max_margin_used", result.maxMarginUsed());
            ExecutionNotes n = result.notes();
            m.put("slippage_requested_bps", n.requestedSlippageBps());
            m.put("slippage_effective_bps", n.effectiveSlippageBps());
            m.put("slipped_fills", n.slippedFills());
            m.put("tick", config.instrument().tick());
            m.put("tick_inferred", Boolean.TRUE.equals(config.instrument().tickInferred()));
            m.put("prices_rounded", n.roundedPrices());
            m.put("strategy", config.strategy());
            m.put("params", config.params());
            if (pricing != null) m.put("pricing", pricing);
            m.put("returns", returns);
            return m;
        }
    }

    private Backtester() {}

    /**
     * A run's inputs, checked and resolved: the bars after the gap policy, the instrument (tick inferred when not
     * given), the engine configuration, and the configuration with every default and fingerprint filled in.
     */
    public record Prepared(RunConfig config, BarSeries bars, Instrument instrument, EngineConfig engine, ZoneId zone,
            String dataSummary) {}

    /** Loads and checks everything a run of {@code config} needs, without running it. */
    public static Prepared prepare(RunConfig config) { return prepare(config, true); }

    /**
     * The same; without {@code fingerprint} the data's SHA-256 is not taken (the prepared configuration has none), for
     * a run nothing records or writes a configuration of: the hash of a 1M-row file is about 0.1 s of a core, and of
     * a catalog's bars without a stored one a pass over every value.
     */
    public static Prepared prepare(RunConfig config, boolean fingerprint) {
        if (config.data() == null) throw new UserError("--data is required");
        Path dataFile = Path.of(config.data());
        ZoneId zone = zone(config.zone());
        String fromGiven = config.from();
        config = DeskStart.of(config, zone); // the option or futures desk, and the first bar its calendar lists
        boolean catalog = CatalogRef.isRef(config.data());
        LoadResult loaded;
        String sha;
        boolean hash = fingerprint || config.dataSha256() != null; // a rerun's configuration is checked either way
        if (catalog) {
            loaded = load(dataFile, config, zone, null);
            sha = loaded.valuesSha256() != null ? loaded.valuesSha256() : hash ? BarFingerprint.sha256(loaded.series()) : null;
        } else {
            // the file's SHA-256 is taken from the bytes the loader reads (one pass over the file, not two), unless the
            // file is unchanged since a run before hashed it
            FileDigests digests = hash ? FileDigests.of() : null;
            String known = hash ? digests.known(dataFile) : null;
            MessageDigest digest = hash && known == null ? Fingerprint.newDigest() : null;
            FileDigests.Status before = digest != null ? FileDigests.status(dataFile) : null;
            try {
                loaded = load(dataFile, config, zone, digest);
            } catch (UserError e) { // a changed file that no longer loads: say that it changed
                String now = config.dataSha256() != null && Files.isRegularFile(dataFile) ? Fingerprint.sha256(dataFile) : null;
                if (now == null || now.equals(config.dataSha256())) throw e;
                throw changed(config, false, now);
            }
            sha = known != null ? known : digest == null ? null : Fingerprint.hex(digest);
            if (digest != null) digests.remember(dataFile, before, sha);
        }
        if (config.dataSha256() != null && !config.dataSha256().equals(sha)) throw changed(config, catalog, sha);
        if (loaded.series().size() == 0) {
            throw new UserError(config.data() + ": no bars in the selected range" + DeskStart.why(fromGiven, config));
        }
        GapResult gapped = gaps(loaded.series(), config, zone);
        BarSeries bars = timeframe(gapped.series(), config, zone);
        Instrument instrument = instrument(config, bars);
        RunConfig.InstrumentConfig given = config.instrument();
        boolean perContract = instrument.marginPerContract() > 0;
        RunConfig resolved = new RunConfig(config.data(), sha, bars.symbol(), zone.getId(), config.priceColumn(),
                config.badRows(), config.from(), config.to(), config.strategy(), config.strategySha256(), config.params(),
                config.cash(), config.commission(), config.slippageBps(), config.fill(),
                new RunConfig.InstrumentConfig(instrument.kind().name().toLowerCase(Locale.ROOT), instrument.tickSize(),
                        instrument.lotSize(), instrument.multiplier(), instrument.marginRate(), instrument.maintenanceRate(),
                        instrument.minNotional(), perContract ? instrument.marginPerContract() : null,
                        perContract ? instrument.maintenancePerContract() : null,
                        given.infersTick() || Boolean.TRUE.equals(given.tickInferred())),
                config.gaps(), config.factors(), config.rules() == null ? RunRules.DEFAULT : config.rules(),
                sqnStdev(config.sqnStdev()).name().toLowerCase(Locale.ROOT), config.timeframe(), config.desk());
        String summary = dataFile.getFileName() + " (" + bars.symbol() + ", " + bars.size() + " bars"
                + (config.timeframe() == null ? "" : " of " + config.timeframe() + " from " + gapped.series().size())
                + ", " + (catalog ? "parquet catalog" : loaded.report().layout()) + "); gaps: " + gapped.report().summary();
        return new Prepared(resolved, bars, instrument, EngineSettings.of(resolved, instrument, zone), zone, summary);
    }

    public static Outcome run(RunConfig config, IntConsumer progress) { return run(prepare(config), progress, null); }

    /**
     * Loads and checks a run like {@link #prepare}, and refuses a strategy file changed since {@code config} was
     * written: what a rerun checks before anything about it is recorded.
     */
    public static Prepared verified(RunConfig config) {
        Prepared p = prepare(config);
        strategy(config);
        return p;
    }

    private static StrategySource strategy(RunConfig config) {
        StrategySource source = StrategySource.resolve(config.strategy());
        if (source.sha256() != null && config.strategySha256() != null && !source.sha256().equals(config.strategySha256())) {
            throw new UserError(config.strategy() + ": the strategy file changed since the run was configured");
        }
        return source;
    }

    /**
     * Runs a prepared run.
     *
     * @param progress called with the bars done so far; may be null
     * @param log      gets every line the strategy logs, as it is written; may be null
     */
    public static Outcome run(Prepared p, IntConsumer progress, java.util.function.Consumer<dev.tradewind.model.LogLine> log) {
        return run(p, progress, log, false);
    }

    /**
     * The same; with {@code everyBar} the strategy's onBar is called on every bar even when it declared the signals it
     * acts on ({@code ctx.onBarOnlyWhen}), which must give the same results: a check of the declaration
     * ({@link Engine#withEveryBarStepped}).
     */
    public static Outcome run(Prepared p, IntConsumer progress, java.util.function.Consumer<dev.tradewind.model.LogLine> log,
            boolean everyBar) {
        RunConfig config = p.config();
        StrategySource source = strategy(config);
        ParamSchema schema = ParamSchema.of(source.type());
        Strategy strategy;
        try {
            strategy = schema.create(config.params());
        } catch (ParamException e) {
            throw new UserError(e.getMessage(), e);
        }
        Map<String, String> params = schema.values(strategy);
        RunConfig c = p.config();
        Desks.Resolved desk = Desks.resolve(c.desk(), source.type());
        RunConfig resolved = new RunConfig(c.data(), c.dataSha256(), c.symbol(), c.zone(), c.priceColumn(), c.badRows(), c.from(),
                c.to(), c.strategy(), source.sha256(), params, c.cash(), c.commission(), c.slippageBps(), c.fill(), c.instrument(),
                c.gaps(), c.factors(), c.rules(), c.sqnStdev(), c.timeframe(), desk.config());
        BarSeries bars = p.bars();
        Replay replay = new Replay(bars);
        BacktestResult result;
        try (desk) {
            Engine engine = desk.on(new Engine(p.engine())).withLogSink(log);
            if (everyBar) engine = engine.withEveryBarStepped();
            result = engine.run(strategy, params, replay, new Resampling(bars, p.zone()), progress);
        } catch (RuntimeException | Error e) {
            throw RunFailure.during(Desks.explain(e), replay); // with the bar it failed at
        }
        // the orders hash (11,000 orders' text per 1M bars, 70 ms in a fresh process) on the other core meanwhile
        OnOtherThread<String> hash = OnOtherThread.start("orders-hash", result::ordersHash);
        RunInput input = new RunInput(result.time(), result.equity(), result.position().nonZeroMask(), result.trades(), config.cash(),
                result.finalCash());
        Statistics stats = StatisticsCalculator.compute(input,
                StatisticsOptions.DEFAULT.withZone(p.zone()).withSqnDeviation(sqnStdev(c.sqnStdev())));
        Map<String, Map<String, Double>> returns = returns(input, p.zone());
        return new Outcome(resolved, result, stats, p.dataSummary(), FactorTable.of(bars, config.factors()), returns,
                desk.pricing(), hash.get());
    }

    /** Returns by day, week, month and year, each keyed by the period's start date (ISO), in order. */
    static Map<String, Map<String, Double>> returns(RunInput input, ZoneId zone) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        String[] names = {"daily", "weekly", "monthly", "yearly"};
        PeriodReturns.Period[] periods = PeriodReturns.Period.values();
        for (int k = 0; k < periods.length; k++) {
            PeriodReturns r = PeriodReturns.of(input, zone, periods[k]);
            Map<String, Double> m = new LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) m.put(r.startDate(i), r.returns()[i]);
            out.put(names[k], m);
        }
        return out;
    }

    /** The SQN deviation named in a config: sample (also for null) or population. */
    static StatisticsOptions.Deviation sqnStdev(String name) {
        return name == null ? StatisticsOptions.Deviation.SAMPLE : enumOf(StatisticsOptions.Deviation.class, name, "sqn_stdev");
    }

    private static UserError changed(RunConfig config, boolean catalog, String sha) {
        return new UserError(config.data() + ": the " + (catalog ? "catalog's bars" : "file")
                + " changed since the run was configured (sha256 " + sha + ", config has " + config.dataSha256() + ")");
    }

    private static LoadResult load(Path file, RunConfig c, ZoneId zone, MessageDigest digest) {
        LoadOptions o = LoadOptions.defaults().withZone(zone)
                .withPriceColumn(enumOf(PriceColumn.class, c.priceColumn(), "price column"))
                .withBadRows(enumOf(BadRowPolicy.class, c.badRows(), "bad rows"));
        if (c.symbol() != null) o = o.withSymbol(c.symbol());
        long from = c.from() == null ? Long.MIN_VALUE : TimeArg.parse(c.from(), zone, "--from");
        long to = c.to() == null ? Long.MAX_VALUE : TimeArg.parse(c.to(), zone, "--to");
        if (from > to) throw new UserError("--from " + c.from() + " is after --to " + c.to());
        o = o.withRange(from, to);
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (CatalogRef.isRef(c.data())) {
            try (Catalog catalog = Catalog.open(Catalog.location(null))) {
                CatalogRef ref = CatalogRef.parse(c.data());
                HeapCheck.require(c.data(), catalog.count(ref, o), false, maxHeap);
                return catalog.load(ref, o);
            } catch (CatalogException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
        if (c.from() == null && c.to() == null) HeapCheck.require(c.data(), estimatedRows(file), true, maxHeap);
        try {
            LoadResult loaded = CsvBarLoader.load(file, o, digest);
            releaseScratch(loaded.series().size());
            return loaded;
        } catch (DataException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** Bars from which a CSV load's scratch memory is worth a full collection (about 100 MB of chunks). */
    static final int LARGE_LOAD = 2_000_000;

    /**
     * After a large CSV load, a full collection: the parser's chunks are garbage in the old generation (as many bytes
     * again as the bars for a gzip file or a time range; for plain text only those filled before its lines were
     * counted), and the run's own columns then reuse their pages instead of touching new ones. 10M bars with the
     * launcher's young generation: peak resident 1.61 -> 1.16 GB when the loader joined chunks; with counted columns
     * 0.91 GB, about 20 MB less than without the collection, which takes about 40 ms (bench/E2E.md).
     */
    private static void releaseScratch(int bars) {
        if (bars >= LARGE_LOAD) System.gc();
    }

    /**
     * The bars at the configured timeframe: the data's own when none is set or it equals theirs, else resampled
     * (buckets and days on the wall clock of {@code zone}); a timeframe finer than the data or not a multiple of it is
     * refused.
     */
    static BarSeries timeframe(BarSeries bars, RunConfig c, ZoneId zone) {
        if (c.timeframe() == null) return bars;
        try {
            Timeframe want = Timeframe.parse(c.timeframe());
            if (bars.size() < 2) return bars;
            Timeframe have = Timeframe.detect(bars);
            if (want.equals(have)) return bars;
            if (want.nanos() < have.nanos()) {
                throw new DataException("the data's bars are " + have + ", coarser than " + want + "; a timeframe can only be "
                        + "the data's own or a multiple of it");
            }
            return Resampler.resample(bars, have, want, zone).series();
        } catch (DataException e) {
            throw new UserError("--timeframe " + c.timeframe() + ": " + e.getMessage(), e);
        }
    }

    /** The rows of a bar file, estimated from its size; -1 if it cannot be read (the loader then says why). */
    private static long estimatedRows(Path file) {
        try {
            return Files.isRegularFile(file) ? RowEstimate.rows(file) : -1;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static GapResult gaps(BarSeries bars, RunConfig c, ZoneId zone) {
        GapPolicy policy = enumOf(GapPolicy.class, c.gaps(), "--gaps");
        try {
            Timeframe bar = bars.size() < 2 ? Timeframe.parse("1d") : Timeframe.detect(bars);
            return Gaps.apply(bars, GapOptions.defaults(bar).withZone(zone), policy);
        } catch (DataException e) {
            throw new UserError(c.data() + ": " + e.getMessage(), e);
        }
    }

    private static Instrument instrument(RunConfig c, BarSeries bars) {
        RunConfig.InstrumentConfig i = c.instrument();
        Instrument.Kind kind = enumOf(Instrument.Kind.class, i.kind(), "instrument kind");
        double tick = i.infersTick() ? TickSize.infer(bars) : i.tick();
        try {
            double maintenance = i.maintenance() == null ? i.margin() / 2 : i.maintenance();
            double perContract = i.marginPerContract() == null ? 0 : i.marginPerContract();
            double maintenancePerContract = i.maintenancePerContract() == null ? perContract / 2 : i.maintenancePerContract();
            if (perContract > 0 && kind != Instrument.Kind.FUTURE) {
                throw new UserError("--margin " + Num.plain(perContract) + "/contract: a margin per contract needs --kind future");
            }
            return new Instrument(bars.symbol(), kind, tick, i.lot(), i.multiplier(), i.margin(), maintenance,
                    i.minNotional() == null ? 0 : i.minNotional(), perContract, maintenancePerContract);
        } catch (IllegalArgumentException e) {
            throw new UserError("instrument: " + e.getMessage(), e);
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            throw new UserError("--zone: unknown time zone '" + id + "' (e.g. UTC, America/New_York)", e);
        }
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String text, String what) {
        String key = text.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) if (e.name().equals(key)) return e;
        StringBuilder known = new StringBuilder();
        for (E e : type.getEnumConstants()) known.append(known.isEmpty() ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        throw new UserError(what + ": expected one of " + known + ", got '" + text + "'");
    }
}
