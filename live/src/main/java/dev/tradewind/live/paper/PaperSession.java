package dev.tradewind.live.paper;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.catalog.CatalogException;
import dev.tradewind.data.Timeframe;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EventLoop;
import dev.tradewind.engine.Inbound;
import dev.tradewind.live.FeedState;
import dev.tradewind.live.HistoryClient;
import dev.tradewind.live.MarketDataClient;
import dev.tradewind.live.Subscription;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Clock;
import dev.tradewind.strategy.Strategy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One paper run: a strategy in an {@link EventLoop} with the simulated venue, fed the closed bars of one symbol and
 * interval from {@code from} on. Bars the catalog holds from {@code from} are offered first; the market data client
 * then fetches the rest of the history over REST (its sequencer's catch-up) and goes on with live bars, so the
 * kernel sees one gapless series, the same a backtest from {@code from} would replay: the strategy's indicators are
 * warm at the first live bar and its history is as long as a backtest's at the same bar. The kernel advances with the
 * bars only (no wall-clock ticks), as in a backtest. Bars opening at or after {@code to} end the run.
 *
 * <p>Threads: the kernel runs on a thread of its own ({@code paper-kernel}); the client delivers on its feed thread.
 * {@link #stop} may be called from any thread (a shutdown hook), once or more.
 */
public final class PaperSession {
    /**
     * What to trade.
     *
     * @param from the open time (epoch ns) of the first bar the strategy gets (see {@link #warmupStart})
     * @param to   bars opening at or after this time end the run; Long.MAX_VALUE to run until stopped
     */
    public record Settings(String symbol, String interval, Timeframe timeframe, long from, long to) {}

    private final EventLoop loop;
    private final MarketDataClient client;
    private final Catalog catalog;
    private final CatalogAppender appender;
    private final Settings settings;
    private final PaperFeed feed;
    private final AtomicReference<BacktestResult> result = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private Thread kernel;
    private volatile boolean clientStarted;
    private volatile FeedState finalState;

    /**
     * @param engine   the engine (config, sink) the run uses
     * @param history  the exchange's bar history: its {@code nextOpen} is the interval's calendar
     * @param catalog  the catalog to warm up from, or null
     * @param appender where live bars are stored as they close, or null
     */
    public PaperSession(Engine engine, Strategy strategy, Map<String, String> params, MarketDataClient client,
            HistoryClient history, Catalog catalog, CatalogAppender appender, Settings settings, Clock clock) {
        this(engine.paper(strategy, params, clock, 0), client, history, catalog, appender, settings);
    }

    /**
     * The same feeding a loop made elsewhere: a live run's ({@link Engine#live}), whose orders go to an exchange. The
     * bars come the same way (catalog, exchange history, stream); the feed's {@link PaperFeed#hook} tells which are live.
     */
    public PaperSession(EventLoop loop, MarketDataClient client, HistoryClient history, Catalog catalog, CatalogAppender appender,
            Settings settings) {
        this.loop = loop;
        this.client = client;
        this.catalog = catalog;
        this.appender = appender;
        this.settings = settings;
        this.feed = new PaperFeed(loop, settings.symbol(), settings.interval(), settings.to(),
                open -> history.nextOpen(settings.interval(), open), appender);
    }

    /**
     * The bars of warm-up a strategy needs before its first call to {@code onBar}: its indicators' longest look-back,
     * found by starting a fresh instance in a run that gets no bar; a higher timeframe's bars are counted in bars of
     * {@code barNanos}.
     */
    public static int warmup(Engine engine, Strategy fresh, Map<String, String> params, long barNanos) {
        EventLoop probe = engine.withSink(dev.tradewind.model.RunSink.NONE).withLogSink(null).paper(fresh, params, () -> 0, 0);
        probe.offer(new Inbound.Stop(0, 0));
        try {
            probe.run();
            return probe.warmupBars(barNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Where to start so that {@code bars} closed bars come before the first live one: the open of the bar forming at
     * {@code now}, less {@code bars} intervals.
     */
    public static long warmupStart(long now, long intervalNanos, int bars) {
        long forming = Math.floorDiv(now, intervalNanos) * intervalNanos;
        return forming - (long) bars * intervalNanos;
    }

    private final java.util.List<Subscription.Kind> streams = new java.util.ArrayList<>();

    /**
     * Also subscribes the symbol's {@code kind} stream (QUOTES: market orders and marketable limits fill at the live
     * best bid/ask; TRADES: limits fill when a print trades through them); call before {@link #start}.
     */
    public synchronized void alsoSubscribe(Subscription.Kind kind) {
        if (kernel != null) throw new IllegalStateException("subscribe before the session starts");
        if (kind != Subscription.Kind.QUOTES && kind != Subscription.Kind.TRADES) throw new IllegalArgumentException("a paper run takes quotes and trades besides its bars, not " + kind);
        streams.add(kind);
    }

    /** Offers the catalog's bars, subscribes from the next one, and starts the kernel and the client. Returns at once. */
    public synchronized void start() {
        if (kernel != null) throw new IllegalStateException("started already");
        kernel = new Thread(() -> {
            try {
                result.set(loop.run());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "paper-kernel");
        kernel.setDaemon(true);
        kernel.start();
        if (catalog != null) {
            BarSeries stored = stored();
            if (stored != null) feed.preload(stored, settings.from());
        }
        if (feed.stopped()) return;
        client.subscribe(Subscription.bars(settings.symbol(), settings.interval(), feed.next(settings.from())));
        for (Subscription.Kind k : streams) client.subscribe(Subscription.of(k, settings.symbol()));
        client.start(feed);
        clientStarted = true;
    }

    private BarSeries stored() {
        try {
            return catalog.load(settings.symbol(), settings.timeframe(), settings.from(), settings.to());
        } catch (CatalogException e) {
            return null; // nothing stored yet: all of it comes from the exchange
        }
    }

    /** Waits until the run ends (its {@code to} was reached, or {@link #stop} was called) and returns what it did. */
    public BacktestResult await() throws InterruptedException {
        kernel.join();
        closeFeed();
        Throwable f = failure.get();
        if (f instanceof RuntimeException r) throw r;
        if (f instanceof Error e) throw e;
        if (f != null) throw new IllegalStateException(f);
        return result.get();
    }

    /** Waits at most {@code timeout} for the run to end; false if it has not. */
    public boolean awaitDone(java.time.Duration timeout) throws InterruptedException {
        kernel.join(Math.max(1, timeout.toMillis()));
        return !kernel.isAlive();
    }

    /** Stops the run: the kernel takes the bars already offered, then stops; the client and the appender close. */
    public BacktestResult stop(long now) throws InterruptedException {
        feed.stop(now);
        return await();
    }

    private synchronized void closeFeed() {
        if (clientStarted) {
            client.close();
            finalState = client.state();
        }
        clientStarted = false;
        if (appender != null) appender.close();
    }

    /** Whether the kernel's thread has ended. */
    public boolean done() { return kernel != null && !kernel.isAlive(); }

    public PaperFeed feed() { return feed; }

    public EventLoop loop() { return loop; }

    /** The client's state (as it was when it closed, once the run ended), or null if it never started. */
    public FeedState feedState() { return clientStarted ? client.state() : finalState; }
}
