package dev.tradewind.cli;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.catalog.CatalogException;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.live.ExchangeException;
import dev.tradewind.live.Sleeper;
import dev.tradewind.live.binance.BinanceMarket;
import dev.tradewind.live.binance.BinanceMarketData;
import dev.tradewind.live.binance.BinanceRest;
import dev.tradewind.live.binance.SymbolRules;
import dev.tradewind.live.paper.CatalogAppender;
import dev.tradewind.live.paper.PaperSession;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Clock;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.RunSink;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.EngineSettings;
import dev.tradewind.runner.Failures;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.Resampling;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.StrategySource;
import dev.tradewind.store.Completion;
import dev.tradewind.store.Recording;
import dev.tradewind.store.RunStart;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoreException;
import dev.tradewind.store.StoreSink;
import dev.tradewind.store.StoredEquity;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;

/**
 * Runs a checked {@link PaperCommand.Plan}: asks the exchange for the symbol's rules (the instrument), records the run
 * (or takes up the stopped one), then drives a {@link PaperSession} with the store's checkpointing sink (every second)
 * and a status line, until {@code --to} or Ctrl-C. Ctrl-C (SIGINT, or any shutdown) stops the kernel after the bars
 * already received, writes the run's orders, position and equity, and stores it completed with the message
 * {@code stopped ...}; {@code --resume} takes it up again.
 */
final class PaperRun {
    private static final long CHECKPOINT_NANOS = 1_000_000_000L;
    private final PaperCommand.Plan plan;
    private final String storeLocation;
    private final boolean useCatalog;
    private final String catalogDir;
    private final boolean quiet;
    private boolean quotes;
    private boolean trades;
    private final CommandLine cli;
    private volatile boolean interrupted;

    PaperRun(PaperCommand.Plan plan, String storeLocation, boolean useCatalog, String catalogDir, boolean quiet, CommandLine cli) {
        this.plan = plan;
        this.storeLocation = storeLocation;
        this.useCatalog = useCatalog;
        this.catalogDir = catalogDir;
        this.quiet = quiet;
        this.cli = cli;
    }
    /** Also streams quotes and/or trade prints into the run (they are not kept for --resume). */
    PaperRun withStreams(boolean quotes, boolean trades) {
        this.quotes = quotes;
        this.trades = trades;
        return this;
    }


    Integer call() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        BinanceRest rest = new BinanceRest(http, plan.restUrl(), plan.market(), Clock.SYSTEM, Sleeper.SYSTEM);
        RunConfig c = plan.config();
        StrategySource source = StrategySource.resolve(c.strategy());
        dev.tradewind.runner.Desks.refuse(source.type(), "paper runs");
        ParamSchema schema = ParamSchema.of(source.type());
        Strategy strategy;
        Strategy probe;
        try {
            strategy = schema.create(c.params());
            probe = schema.create(c.params());
        } catch (ParamException e) {
            throw new UserError(e.getMessage(), e);
        }
        Map<String, String> params = schema.values(strategy);
        Instrument instrument; // the strategy and its parameters are checked first: they need no network
        try {
            instrument = SymbolRules.instrument(rest.symbolInfo(plan.symbol()), plan.market());
            rest.bars(plan.symbol(), plan.interval(), 0, Clock.SYSTEM.nanos(), 1); // the interval is served for the symbol
        } catch (ExchangeException e) {
            throw new UserError(e.getMessage(), e);
        }
        if (plan.resume() != null) instrument = stored(c.instrument(), plan.symbol()); // replay on the run's own grid
        RunConfig.InstrumentConfig ic = new RunConfig.InstrumentConfig(instrument.kind().name().toLowerCase(Locale.ROOT),
                instrument.tickSize(), instrument.lotSize(), instrument.multiplier(), instrument.marginRate(),
                instrument.maintenanceRate(), instrument.minNotional(), null, null, Boolean.FALSE);
        EngineConfig engineConfig = EngineSettings.of(with(c, c.from(), params, source.sha256(), ic), instrument, ZoneOffset.UTC);
        long bar = plan.timeframe().nanos();
        // ctx.bars("1h") in a paper run: aggregated as the bars come, in the run's zone
        int needed = PaperSession.warmup(new Engine(engineConfig).withStreamedTimeframes(Resampling.streamed(engineConfig.zone())),
                probe, params, bar);
        long from = plan.from() != null ? plan.from()
                : PaperSession.warmupStart(Clock.SYSTEM.nanos(), bar, Math.max(needed, plan.warmup() == null ? 0 : plan.warmup()));
        RunConfig config = with(c, Instant.ofEpochSecond(Math.floorDiv(from, 1_000_000_000L)).toString(), params, source.sha256(), ic);
        config = new RunConfig(plan.data(), null, config.symbol(), config.zone(), config.priceColumn(), config.badRows(),
                config.from(), config.to(), config.strategy(), config.strategySha256(), config.params(), config.cash(),
                config.commission(), config.slippageBps(), config.fill(), config.instrument(), config.gaps(), config.factors(),
                config.rules(), config.sqnStdev());

        RunStore store;
        Recording recording;
        List<Fill> storedFills = List.of();
        StoredEquity storedEquity = null;
        try {
            store = RunStore.open(storeLocation);
            if (plan.resume() != null) {
                storedFills = store.fills(plan.resume());
                storedEquity = store.equity(plan.resume());
                recording = store.resume(plan.resume());
            } else {
                recording = store.begin(new RunStart(config.strategy(), plan.symbol(), plan.data(), params, Json.compact(config),
                        dev.tradewind.cli.store.CodeVersion.current()));
            }
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), e);
        }
        try (store; recording) {
            return run(recording, store, config, engineConfig, strategy, params, from, bar, http, rest, storedFills, storedEquity);
        }
    }

    private Integer run(Recording recording, RunStore store, RunConfig config, EngineConfig engineConfig, Strategy strategy,
            Map<String, String> params, long from, long bar, HttpClient http, BinanceRest rest, List<Fill> storedFills,
            StoredEquity storedEquity) throws Exception {
        long id = recording.id();
        PrintStream err = System.err;
        Catalog catalog = null;
        PaperSession session;
        PaperStatus status = new PaperStatus();
        try {
            StoreSink storeSink = new StoreSink(recording, params, config.cash(), Clock.SYSTEM, CHECKPOINT_NANOS);
            RunSink sink = PaperStatus.tee(storeSink, status);
            if (storedEquity != null && storedEquity.size() > 0) sink = PaperStatus.tee(sink, new ResumeCheck(id, storedFills, storedEquity, err));
            Engine engine = new Engine(engineConfig).withStreamedTimeframes(Resampling.streamed(engineConfig.zone())).withSink(sink);
            CatalogAppender appender = null;
            if (useCatalog) {
                catalog = Catalog.open(Catalog.location(catalogDir));
                appender = new CatalogAppender(catalog, plan.symbol(), plan.timeframe(), Duration.ofSeconds(1));
            }
            BinanceMarketData client = new BinanceMarketData(
                    BinanceMarketData.Options.defaults(plan.market()).withUrls(plan.restUrl(), plan.wsUrl()), http, rest);
            session = new PaperSession(engine, strategy, params, client, rest, catalog, appender,
                    new PaperSession.Settings(plan.symbol(), plan.interval(), plan.timeframe(), from, plan.to()), Clock.SYSTEM);
            if (quotes) session.alsoSubscribe(dev.tradewind.live.Subscription.Kind.QUOTES);
            if (trades) session.alsoSubscribe(dev.tradewind.live.Subscription.Kind.TRADES);
        } catch (RuntimeException e) {
            recording.fail(Failures.describe(e));
            if (catalog != null) catalog.close();
            throw e instanceof CatalogException ? new UserError(e.getMessage(), e) : e;
        }
        err.println((plan.resume() != null ? "Resuming paper run " : "Paper run ") + id + ": " + config.strategy() + " " + params
                + " on " + plan.exchange() + " " + (plan.market() == BinanceMarket.SPOT ? "spot" : "future") + " "
                + plan.symbol() + " " + plan.interval() + " from " + config.from() + "; recorded in "
                + store.target().display() + " (tradewind runs show " + id + "). Ctrl-C stops it.");
        err.flush();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            interrupted = true;
            session.feed().stop(Clock.SYSTEM.nanos());
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "paper-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        BacktestResult result;
        try {
            result = drive(session, status, bar);
        } catch (RuntimeException | Error e) {
            try {
                recording.fail(Failures.describe(e));
            } catch (StoreException ignored) {
                // the run then reads as incomplete
            }
            finished.countDown();
            throw e;
        } finally {
            if (catalog != null) catalog.close();
        }
        try {
            Completion done = completion(config, result);
            String how;
            if (interrupted) {
                recording.stop(done, "stopped (Ctrl-C or kill); continue with: tradewind paper --resume " + id);
                how = "stopped";
            } else {
                recording.stop(done, "stopped at --to " + Instant.ofEpochSecond(0, plan.to()) + "; continue with: tradewind paper --resume " + id);
                how = "reached --to";
            }
            int last = result.bars() - 1;
            cli.getOut().println("Paper run " + id + " " + how + " after " + result.bars() + " bars: position "
                    + (last < 0 ? 0 : PaperStatusText.num(result.finalPosition())) + ", equity "
                    + String.format(Locale.ROOT, "%.2f", last < 0 ? config.cash() : result.equity()[last]) + ", "
                    + result.orders().size() + " orders, " + result.fills().size() + " fills, orders hash " + result.ordersHash()
                    + " (tradewind runs show " + id + "; tradewind paper --resume " + id + ")");
            cli.getOut().flush();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is what stopped us
            }
        }
        return 0;
    }

    /** Waits for the session, redrawing the status line every second (on a terminal, without -q). */
    private BacktestResult drive(PaperSession session, PaperStatus status, long bar) throws InterruptedException {
        session.start();
        ProgressBar line = quiet || !Progress.isTerminal() ? null
                : new ProgressBarBuilder().setTaskName("paper " + plan.symbol() + " " + plan.interval()).setInitialMax(-1)
                        .setUnit(" bars", 1).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(1000)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build();
        try {
            while (!session.awaitDone(Duration.ofSeconds(1))) {
                if (line != null) {
                    line.stepTo(session.feed().bars());
                    line.setExtraMessage(status.line(session.feed(), bar, session.feedState()));
                }
            }
        } finally {
            if (line != null) line.close();
        }
        return session.await();
    }

    private Completion completion(RunConfig config, BacktestResult result) {
        return LiveRecord.completion(plan.symbol(), plan.data(), config, result);
    }

    private static RunConfig with(RunConfig c, String from, Map<String, String> params, String sha, RunConfig.InstrumentConfig ic) {
        return new RunConfig(c.data(), null, c.symbol(), "UTC", c.priceColumn(), c.badRows(), from, c.to(), c.strategy(), sha,
                params, c.cash(), c.commission(), c.slippageBps(), c.fill(), ic, c.gaps(), c.factors(), c.rules(), c.sqnStdev());
    }

    private static Instrument stored(RunConfig.InstrumentConfig i, String symbol) {
        Instrument.Kind kind = Backtester.enumOf(Instrument.Kind.class, i.kind(), "instrument kind");
        double maintenance = i.maintenance() == null ? i.margin() / 2 : i.maintenance();
        return new Instrument(symbol, kind, i.tick(), i.lot(), i.multiplier(), i.margin(), maintenance,
                i.minNotional() == null ? 0 : i.minNotional());
    }

    /**
     * On {@code --resume}: once the replay reaches the stored run's last bar, says whether the rebuilt fills and position
     * are the stored ones (they are, unless the strategy, the bars or the engine changed meanwhile).
     */
    private static final class ResumeCheck implements RunSink {
        private final long id;
        private final List<Fill> stored;
        private final long lastTime;
        private final double position;
        private final PrintStream err;
        private final List<Fill> fills = new ArrayList<>();
        private boolean done;

        ResumeCheck(long id, List<Fill> stored, StoredEquity equity, PrintStream err) {
            this.id = id;
            this.stored = stored;
            this.lastTime = equity.time()[equity.size() - 1];
            this.position = equity.position()[equity.size() - 1];
            this.err = err;
        }

        @Override
        public void event(OrderEvent e) {
            if (e instanceof OrderEvent.Filled f) fills.add(f.fill());
        }

        @Override
        public void equity(long time, double equity, double cash, double pos) {
            if (done || time < lastTime) return;
            done = true;
            boolean same = time == lastTime && fills.equals(stored) && pos == position;
            err.println(same
                    ? "Run " + id + " rebuilt from its bars up to " + Instant.ofEpochSecond(0, time) + ": " + fills.size()
                            + " fills and position " + PaperStatusText.num(pos) + ", as stored; continuing live"
                    : "warning: run " + id + " replayed differs from what was stored at " + Instant.ofEpochSecond(0, time) + " ("
                            + fills.size() + " fills vs " + stored.size() + " stored, position " + PaperStatusText.num(pos)
                            + " vs " + PaperStatusText.num(position) + "): the strategy, its bars or the engine changed");
            err.flush();
        }
    }
}
