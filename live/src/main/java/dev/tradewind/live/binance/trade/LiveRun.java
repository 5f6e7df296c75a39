package dev.tradewind.live.binance.trade;

import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.EventLoop;
import dev.tradewind.engine.Inbound;
import dev.tradewind.catalog.Catalog;
import dev.tradewind.data.DataException;
import dev.tradewind.data.Timeframe;
import dev.tradewind.live.binance.BinanceRest;
import dev.tradewind.live.paper.CatalogAppender;
import dev.tradewind.live.paper.PaperFeed;
import dev.tradewind.live.paper.PaperSession;
import dev.tradewind.live.trade.JournalReplay;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import dev.tradewind.live.Backoff;
import dev.tradewind.live.Sleeper;
import dev.tradewind.live.binance.BinanceMarket;
import dev.tradewind.live.binance.BinanceMarketData;
import dev.tradewind.live.binance.SymbolRules;
import dev.tradewind.live.trade.Credentials;
import dev.tradewind.live.trade.FeeValuation;
import dev.tradewind.live.trade.OrderJournal;
import dev.tradewind.live.trade.OrderTracker;
import dev.tradewind.live.trade.Reconciliation;
import dev.tradewind.live.trade.RiskGate;
import dev.tradewind.live.trade.UnknownOrders;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Clock;
import dev.tradewind.model.Instrument;
import dev.tradewind.strategy.Strategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * One live run on Binance spot: the strategy in the kernel's event loop, orders through {@link BinanceExecution} with
 * the user data stream, an {@link OrderJournal} in the control folder, reconciliation at start, after every stream
 * reconnect and every N seconds, and the control files other processes use: {@code RUN.status} (rewritten every half
 * second), {@code RUN.stop} (stop cleanly) and {@code RUN.kill} (kill switch: cancel all, flatten, halt, stop).
 *
 * <p>Bars come as a paper run's do ({@link PaperSession}): from {@code from} out of the catalog, then the exchange's
 * history, then the stream, each live bar appended to the catalog; {@code from} defaults to just enough history to
 * warm the strategy's indicators up. Orders decided on bars of history are never sent ({@link LiveGate}). Resuming a
 * run id continues its journal in a new session and replays the run's bars from its start through the fresh strategy,
 * checked against the journal ({@link JournalReplay}), so its position, open orders and state are back before the
 * first live bar; a difference halts the run's new orders.
 */
public final class LiveRun {
    public static final String REST = "https://api.binance.com", STREAM = "wss://stream.binance.com:9443",
            WS_API = "wss://ws-api.binance.com:443/ws-api/v3";
    public static final String TESTNET_REST = "https://testnet.binance.vision", TESTNET_STREAM = "wss://stream.testnet.binance.vision",
            TESTNET_WS_API = "wss://ws-api.testnet.binance.vision/ws-api/v3";
    /** {@link Options#from}: start just early enough to warm the strategy up. */
    public static final long WARM_UP = Long.MIN_VALUE;

    /**
     * What a live run needs besides the strategy and the keys.
     *
     * @param from     the open time (epoch ns) of the run's first bar, or {@link #WARM_UP}; a resumed run gives its own
     * @param maxBars  stop after this many bars offered to the kernel, history included (0: until stopped)
     */
    public record Options(String restUrl, String tradeUrl, String streamUrl, String wsApiUrl, String symbol, String interval,
            double maxNotional, int maxOrdersPerMinute, double maxDailyLoss, UnknownOrders unknownOrders, Path controlDir,
            String runId, int maxBars, int reconcileSeconds, long from) {}

    /** What the caller adds: the engine (config and sinks) and the catalog. */
    public interface Setup {
        /**
         * The engine to trade with, once the symbol's instrument, the account's quote balance and the first bar's open
         * time (epoch ns) are known; it may record the run (its sink) before a bar comes.
         */
        Engine engine(Instrument instrument, double quoteBalance, long from);

        /** Where bars are read from and live bars appended, or null for neither. */
        default Catalog catalog() { return null; }

        /** Higher timeframes for the strategy ({@code ctx.bars("1h")}), aggregated as bars come; null for none. */
        default dev.tradewind.engine.TimeframeSource timeframes() { return null; }
    }

    /** How a run ended. */
    public record Summary(String runId, int session, int bars, int orders, int fills, double position, String halted,
            Reconciliation last, BacktestResult result, long from, int replayed) {}

    private LiveRun() {}

    /** Runs until Ctrl-C ({@code stop} called), a stop or kill file, or {@code maxBars} bars. Blocks. */
    public static Summary run(Options o, Credentials keys, Strategy strategy, Strategy probe, Map<String, String> params, Setup setup,
            Consumer<String> log, Consumer<Runnable> onStopRequest) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        TradeRest rest = new TradeRest(http, o.tradeUrl(), keys.key(), keys.signer(), Clock.SYSTEM, Sleeper.SYSTEM,
                Duration.ofSeconds(10), 5000);
        TradeRest.Response info = rest.get("/api/v3/exchangeInfo", new Params().add("symbol", o.symbol()), 20);
        if (!info.ok()) throw new IllegalArgumentException("binance: " + o.symbol() + ": " + info.msg() + " (code " + info.code() + ")");
        var symbolInfo = info.body().path("symbols").get(0);
        SymbolFilters filters = SymbolFilters.of(symbolInfo);
        Instrument instrument = SymbolRules.instrument(symbolInfo, BinanceMarket.SPOT);
        Timeframe timeframe = timeframe(o.interval());
        Path journalFile = o.controlDir().resolve(o.runId() + ".journal");
        var lines = OrderJournal.read(journalFile);
        int session = OrderJournal.sessions(lines) + 1;
        OrderTracker tracker = new OrderTracker(FeeValuation.of(filters.base(), filters.quote()));
        tracker.restore(lines);
        OrderJournal journal = new OrderJournal(journalFile, true);
        tracker.journal(journal);
        RiskGate risk = new RiskGate(o.maxNotional(), o.maxOrdersPerMinute(), o.maxDailyLoss(), Clock.SYSTEM);
        String prefix = o.runId() + "s" + session;
        BinanceExecution exec = new BinanceExecution(rest, filters, tracker, risk, prefix, o.unknownOrders(), 3, log);
        Reconciliation first = exec.start();
        log.accept("run " + o.runId() + " session " + session + ": " + o.symbol() + " on " + o.tradeUrl() + ", clock offset "
                + rest.offsetMillis() + " ms, reconciled: " + (first.clean() ? "clean" : String.join("; ", first.notes())));
        double cash = exec.balance(filters.quote());
        UserStream stream = new UserStream(http, o.wsApiUrl(), rest, exec, Backoff.exponential(500, 60_000, RandomGenerator.getDefault()),
                e -> { }, log);
        stream.start();
        long from = o.from();
        if (from == WARM_UP) {
            Engine bare = new Engine(EngineConfig.of(instrument, cash));
            Engine probing = setup.timeframes() == null ? bare : bare.withStreamedTimeframes(setup.timeframes());
            int needed = PaperSession.warmup(probing, probe, params, timeframe.nanos());
            from = PaperSession.warmupStart(Clock.SYSTEM.nanos(), timeframe.nanos(), needed);
        }
        JournalReplay replay = new JournalReplay(tracker, o.runId());
        LiveGate gate = new LiveGate(exec, replay, log);
        EventLoop loop = setup.engine(instrument, cash, from).live(strategy, params, gate, Clock.SYSTEM, 0);
        AtomicInteger bars = new AtomicInteger();
        Catalog catalog = setup.catalog();
        CatalogAppender appender = catalog == null ? null : new CatalogAppender(catalog, o.symbol(), timeframe, Duration.ofSeconds(1));
        BinanceRest history = new BinanceRest(http, o.restUrl(), BinanceMarket.SPOT, Clock.SYSTEM, Sleeper.SYSTEM);
        BinanceMarketData md = new BinanceMarketData(BinanceMarketData.Options.defaults(BinanceMarket.SPOT).withUrls(o.restUrl(), o.streamUrl()),
                http, history);
        PaperSession feed = new PaperSession(loop, md, history, catalog, appender,
                new PaperSession.Settings(o.symbol(), o.interval(), timeframe, from, Long.MAX_VALUE));
        Runnable stop = () -> feed.feed().stop(Clock.SYSTEM.nanos());
        onStopRequest.accept(stop);
        PaperFeed.BarHook beforeBar = (open, close, c, fromHistory) -> {
            exec.mark(c);
            if (!gate.live()) {
                idle(loop);
                if (fromHistory) {
                    replay.until(close);
                } else {
                    List<String> differences = replay.goLive();
                    if (replay.resubmitted() > 0 || !differences.isEmpty()) {
                        log.accept("run " + o.runId() + " replayed its bars: " + replay.resubmitted() + " journaled order(s) made again"
                                + (differences.isEmpty() ? ", as journaled; continuing live" : "; " + String.join("; ", differences)));
                    }
                    if (!differences.isEmpty()) risk.halt("resume: the replayed strategy differs from its journal");
                    gate.open();
                }
            }
        };
        // counted once the bar is in the loop: a stop offered from the hook before it would have ended the run first
        feed.feed().hook(new PaperFeed.BarHook() {
            @Override public void before(long open, long close, double c, boolean fromHistory) { beforeBar.before(open, close, c, fromHistory); }
            @Override public void after(long open, long close) { if (bars.incrementAndGet() == o.maxBars()) stop.run(); }
        });
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "live-control");
            t.setDaemon(true);
            return t;
        });
        if (o.reconcileSeconds() > 0) timer.scheduleAtFixedRate(exec::reconcileLater, o.reconcileSeconds(), o.reconcileSeconds(), TimeUnit.SECONDS);
        timer.scheduleAtFixedRate(() -> {
            try {
                if (Files.deleteIfExists(o.controlDir().resolve(o.runId() + ".kill"))) {
                    double left = exec.killSwitch("kill-switch file");
                    log.accept("kill switch: orders canceled, position now " + left + ", halted");
                    stop.run();
                }
                if (Files.deleteIfExists(o.controlDir().resolve(o.runId() + ".stop"))) stop.run();
                if (gate.live()) loop.offer(new Inbound.Flush(Clock.SYSTEM.nanos(), Clock.SYSTEM.nanos()));
                writeStatus(o, session, bars.get(), tracker, risk, "running");
            } catch (RuntimeException | IOException e) {
                log.accept("control: " + e.getMessage());
            }
        }, 0, 500, TimeUnit.MILLISECONDS);
        BacktestResult result;
        try {
            feed.start();
            result = feed.await();
        } finally {
            timer.shutdownNow();
        }
        exec.awaitIdle();
        Reconciliation last = exec.reconcile();
        stream.close();
        exec.close();
        journal.close();
        try {
            writeStatus(o, session, bars.get(), tracker, risk, "stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int orders = (int) tracker.all().stream().filter(t -> !t.external() && t.clientId().startsWith(prefix + "-")).count();
        return new Summary(o.runId(), session, bars.get(), orders, tracker.fills().size(), tracker.position(), risk.halted(), last, result,
                from, replay.resubmitted());
    }

    /** Waits until the kernel has handled everything offered (between bars of history, so the journal's events interleave). */
    private static void idle(EventLoop loop) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!loop.idle() && System.nanoTime() < deadline) LockSupport.parkNanos(200_000);
    }

    private static Timeframe timeframe(String interval) {
        if (interval.equals("1M")) throw new IllegalArgumentException("1M bars have no fixed length; a live run needs one");
        try {
            return Timeframe.parse(interval);
        } catch (DataException e) {
            throw new IllegalArgumentException(interval + ": " + e.getMessage());
        }
    }

    private static void writeStatus(Options o, int session, int bars, OrderTracker tracker, RiskGate risk, String state) throws IOException {
        String text = String.format(Locale.ROOT, "run=%s%nstate=%s%nsession=%d%nsymbol=%s%nbars=%d%nposition=%s%nopen_orders=%d%nfills=%d%nhalted=%s%nupdated=%d%n",
                o.runId(), state, session, o.symbol(), bars, tracker.position(), tracker.open().size(), tracker.fills().size(),
                risk.halted() == null ? "no" : risk.halted(), System.currentTimeMillis());
        Path tmp = o.controlDir().resolve(o.runId() + ".status.tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, o.controlDir().resolve(o.runId() + ".status"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
