package dev.tradewind.live.binance.trade;

import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.EventLoop;
import dev.tradewind.engine.Inbound;
import dev.tradewind.live.Backoff;
import dev.tradewind.live.MarketDataListener;
import dev.tradewind.live.MarketEvent;
import dev.tradewind.live.Sleeper;
import dev.tradewind.live.Subscription;
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
 * One live run on Binance spot: the strategy in the kernel's event loop, closed klines from the market-data adapter,
 * orders through {@link BinanceExecution} with the user data stream, an {@link OrderJournal} in the control folder,
 * reconciliation at start, after every stream reconnect and every N seconds, and the control files other processes use:
 * {@code RUN.status} (rewritten every second), {@code RUN.stop} (stop cleanly) and {@code RUN.kill} (kill switch: cancel
 * all, flatten, halt, stop). Resuming a run id continues its journal in a new session.
 */
public final class LiveRun {
    public static final String REST = "https://api.binance.com", STREAM = "wss://stream.binance.com:9443",
            WS_API = "wss://ws-api.binance.com:443/ws-api/v3";
    public static final String TESTNET_REST = "https://testnet.binance.vision", TESTNET_STREAM = "wss://stream.testnet.binance.vision",
            TESTNET_WS_API = "wss://ws-api.testnet.binance.vision/ws-api/v3";

    /** What a live run needs besides the strategy and the keys. */
    public record Options(String restUrl, String tradeUrl, String streamUrl, String wsApiUrl, String symbol, String interval,
            double maxNotional, int maxOrdersPerMinute, double maxDailyLoss, UnknownOrders unknownOrders, Path controlDir,
            String runId, int maxBars, int reconcileSeconds) {}

    /** How a run ended. */
    public record Summary(String runId, int session, int bars, int orders, int fills, double position, String halted,
            Reconciliation last, BacktestResult result) {}

    private LiveRun() {}

    /** Runs until Ctrl-C ({@code stop} called), a stop or kill file, or {@code maxBars} closed bars. Blocks. */
    public static Summary run(Options o, Credentials keys, Strategy strategy, Map<String, String> params, Consumer<String> log,
            java.util.function.Consumer<Runnable> onStopRequest) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        TradeRest rest = new TradeRest(http, o.tradeUrl(), keys.key(), keys.signer(), Clock.SYSTEM, Sleeper.SYSTEM,
                Duration.ofSeconds(10), 5000);
        TradeRest.Response info = rest.get("/api/v3/exchangeInfo", new Params().add("symbol", o.symbol()), 20);
        if (!info.ok()) throw new IllegalArgumentException("binance: " + o.symbol() + ": " + info.msg() + " (code " + info.code() + ")");
        var symbolInfo = info.body().path("symbols").get(0);
        SymbolFilters filters = SymbolFilters.of(symbolInfo);
        Instrument instrument = SymbolRules.instrument(symbolInfo, BinanceMarket.SPOT);
        Path journalFile = o.controlDir().resolve(o.runId() + ".journal");
        var lines = OrderJournal.read(journalFile);
        int session = OrderJournal.sessions(lines) + 1;
        OrderTracker tracker = new OrderTracker(FeeValuation.of(filters.base(), filters.quote()));
        tracker.restore(lines);
        OrderJournal journal = new OrderJournal(journalFile, true);
        tracker.journal(journal);
        RiskGate risk = new RiskGate(o.maxNotional(), o.maxOrdersPerMinute(), o.maxDailyLoss(), Clock.SYSTEM);
        BinanceExecution exec = new BinanceExecution(rest, filters, tracker, risk, o.runId() + "s" + session, o.unknownOrders(), 3, log);
        Reconciliation first = exec.start();
        log.accept("run " + o.runId() + " session " + session + ": " + o.symbol() + " on " + o.tradeUrl() + ", clock offset "
                + rest.offsetMillis() + " ms, reconciled: " + (first.clean() ? "clean" : String.join("; ", first.notes())));
        double cash = exec.balance(filters.quote());
        UserStream stream = new UserStream(http, o.wsApiUrl(), rest, exec, Backoff.exponential(500, 60_000, RandomGenerator.getDefault()),
                e -> { }, log);
        stream.start();
        EventLoop loop = new Engine(EngineConfig.of(instrument, cash)).live(strategy, params, exec, Clock.SYSTEM, 1_000_000_000L);
        AtomicInteger bars = new AtomicInteger();
        BinanceMarketData md = BinanceMarketData.create(BinanceMarketData.Options.defaults(BinanceMarket.SPOT).withUrls(o.restUrl(), o.streamUrl()));
        md.subscribe(Subscription.bars(o.symbol(), o.interval(), Subscription.LIVE));
        Runnable stop = () -> loop.offer(new Inbound.Stop(Clock.SYSTEM.nanos(), Clock.SYSTEM.nanos()));
        onStopRequest.accept(stop);
        md.start(new MarketDataListener() {
            @Override
            public void onEvent(MarketEvent e) {
                if (!(e instanceof MarketEvent.Bar b)) return;
                exec.mark(b.close());
                loop.offer(new Inbound.BarClosed(b.openTime(), b.tsEvent(), b.open(), b.high(), b.low(), b.close(), b.volume(), b.tsInit()));
                if (bars.incrementAndGet() == o.maxBars()) stop.run();
            }

            @Override
            public void onGap(String symbol, String interval, long fromOpen, long toOpen) {
                log.accept("market data: bars missing from " + fromOpen + " to " + toOpen + " (the exchange has none either)");
            }
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
                writeStatus(o, session, bars.get(), tracker, risk, "running");
            } catch (RuntimeException | IOException e) {
                log.accept("control: " + e.getMessage());
            }
        }, 0, 500, TimeUnit.MILLISECONDS);
        BacktestResult result;
        try {
            result = loop.run();
        } finally {
            timer.shutdownNow();
            md.close();
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
        int orders = (int) tracker.all().stream().filter(t -> !t.external()).count();
        return new Summary(o.runId(), session, bars.get(), orders, tracker.fills().size(), tracker.position(), risk.halted(), last, result);
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
