package dev.tradewind.live.binance;

import dev.tradewind.live.Backoff;
import dev.tradewind.live.BarSequencer;
import dev.tradewind.model.Clock;
import dev.tradewind.live.FeedState;
import dev.tradewind.live.HistoryClient;
import dev.tradewind.live.MarketDataClient;
import dev.tradewind.live.MarketDataListener;
import dev.tradewind.live.MarketEvent;
import dev.tradewind.live.Subscription;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Binance market data over one combined-stream websocket ({@code /stream?streams=a/b}) with the JDK's
 * {@link java.net.http.WebSocket}. Closed klines go through a {@link BarSequencer} per symbol and interval, so bars
 * leave in order with history catch-up at start and after every reconnect. The connection is replaced before Binance's
 * 24 h limit ({@link Options#maxAge}); a silent stall (no message for {@link Options#readTimeout}, or no pong to a ping
 * within it) or a close counts as a drop and is followed by a reconnect after an exponential, jittered backoff. All
 * decoding and delivery happen on one feed thread, in arrival order.
 */
public final class BinanceMarketData implements MarketDataClient {
    private static final System.Logger LOG = System.getLogger(BinanceMarketData.class.getName());

    /**
     * Settings; {@link #defaults} are Binance's production endpoints and limits.
     *
     * @param wsUrl       websocket base, e.g. {@code wss://stream.binance.com:9443} ({@code /stream?streams=} is appended)
     * @param ping        how often to ping the server
     * @param readTimeout silence (no message, or no pong after a ping) that counts as a dead connection
     * @param maxAge      when to replace a connection (Binance closes them after 24 h)
     */
    public record Options(BinanceMarket market, String restUrl, String wsUrl, Duration ping, Duration readTimeout,
            Duration maxAge, Backoff backoff, Clock clock) {
        public static Options defaults(BinanceMarket market) {
            return new Options(market, market.restUrl(), market.wsUrl(), Duration.ofSeconds(30), Duration.ofSeconds(60),
                    Duration.ofHours(23).plusMinutes(30), Backoff.exponential(500, 60_000, new java.util.SplittableRandom()),
                    Clock.SYSTEM);
        }

        public Options withUrls(String rest, String ws) {
            return new Options(market, rest, ws, ping, readTimeout, maxAge, backoff, clock);
        }

        public Options withTimeouts(Duration ping, Duration readTimeout, Duration maxAge) {
            return new Options(market, restUrl, wsUrl, ping, readTimeout, maxAge, backoff, clock);
        }

        public Options withBackoff(Backoff b) { return new Options(market, restUrl, wsUrl, ping, readTimeout, maxAge, b, clock); }

        public Options withClock(Clock c) { return new Options(market, restUrl, wsUrl, ping, readTimeout, maxAge, backoff, c); }
    }

    private final Options options;
    private final HttpClient http;
    private final HistoryClient history;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Map<String, BarSequencer> sequencers = new LinkedHashMap<>();
    private final BinanceDecoder decoder = new BinanceDecoder();
    private final ExecutorService feed = Executors.newSingleThreadExecutor(r -> daemon(r, "binance-feed"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "binance-timer"));
    private final AtomicLong messages = new AtomicLong();
    private MarketDataListener listener;

    // Connection state: written under 'this'.
    private WebSocket socket;
    private int generation;
    private int attempts;
    private volatile boolean closed;
    private long openedNanos;
    private volatile long lastMessageNanos;
    private volatile long pingSentNanos;
    private volatile long lastPongNanos;
    private volatile FeedState.Status status = FeedState.Status.CONNECTING;
    private volatile long since;
    private volatile long connects;
    private volatile long malformed;
    private volatile double rate;
    private long rateCount;
    private long rateNanos;

    /** A client using {@code history} for catch-up (a {@link BinanceRest} normally). */
    public BinanceMarketData(Options options, HttpClient http, HistoryClient history) {
        this.options = options;
        this.http = http;
        this.history = history;
        this.since = options.clock().nanos();
    }

    /** A client with its own HTTP client and REST history. */
    public static BinanceMarketData create(Options options) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return new BinanceMarketData(options, http, new BinanceRest(http, options.restUrl(), options.market(), options.clock(),
                dev.tradewind.live.Sleeper.SYSTEM));
    }

    @Override
    public synchronized void subscribe(Subscription s) {
        if (listener != null) throw new IllegalStateException("subscribe before start");
        if (s.kind() == Subscription.Kind.BARS) BinanceInterval.check(s.interval());
        subscriptions.add(s);
    }

    @Override
    public synchronized void start(MarketDataListener l) {
        if (listener != null) throw new IllegalStateException("already started");
        if (subscriptions.isEmpty()) throw new IllegalStateException("nothing subscribed");
        listener = new Guarded(l);
        // the first rate window starts now, from no messages: a burst before the timer's first tick is still counted
        // (the first tick used to take the count then as its baseline, so such a burst never showed in the rate)
        rateNanos = System.nanoTime();
        rateCount = messages.get();
        for (Subscription s : subscriptions) {
            if (s.kind() == Subscription.Kind.BARS) {
                sequencers.put(key(s.symbol(), s.interval()),
                        new BarSequencer(s.symbol(), s.interval(), s.from(), history, listener, options.clock()));
            }
        }
        long tick = Math.max(10, Math.min(options.ping().toMillis(), options.readTimeout().toMillis()) / 4);
        timer.scheduleWithFixedDelay(this::watch, tick, tick, TimeUnit.MILLISECONDS);
        connect();
    }

    /** The combined-stream URL for the subscriptions. */
    public String streamUrl() {
        List<String> names = new ArrayList<>();
        for (Subscription s : subscriptions) names.add(streamName(s));
        String base = options.wsUrl().endsWith("/") ? options.wsUrl().substring(0, options.wsUrl().length() - 1) : options.wsUrl();
        return base + "/stream?streams=" + String.join("/", names);
    }

    static String streamName(Subscription s) {
        String sym = s.symbol().toLowerCase(Locale.ROOT);
        return switch (s.kind()) {
            case BARS -> sym + "@kline_" + s.interval();
            case TRADES -> sym + "@trade";
            case AGG_TRADES -> sym + "@aggTrade";
            case QUOTES -> sym + "@bookTicker";
            case DEPTH -> sym + "@depth@100ms";
        };
    }

    private synchronized void connect() {
        if (closed) return;
        int gen = ++generation;
        status(attempts == 0 && connects == 0 ? FeedState.Status.CONNECTING : FeedState.Status.RECONNECTING);
        http.newWebSocketBuilder().connectTimeout(options.readTimeout())
                .buildAsync(URI.create(streamUrl()), new Receiver(gen))
                .whenComplete((ws, err) -> {
                    if (err != null) {
                        LOG.log(System.Logger.Level.WARNING, "binance: cannot connect to " + options.wsUrl() + ": " + err.getMessage());
                        dropped(gen, "connect failed");
                    }
                });
    }

    private synchronized void opened(int gen, WebSocket ws) {
        if (gen != generation || closed) {
            ws.abort();
            return;
        }
        socket = ws;
        attempts = 0;
        connects++;
        openedNanos = System.nanoTime();
        lastMessageNanos = openedNanos;
        pingSentNanos = 0;
        status(FeedState.Status.CONNECTED);
        feed.execute(() -> {
            if (!isCurrent(gen)) return;
            for (BarSequencer s : sequencers.values()) {
                try {
                    s.catchUp();
                } catch (RuntimeException failure) {
                    LOG.log(System.Logger.Level.ERROR, "binance: catch-up failed", failure);
                }
            }
        });
    }

    /** The connection {@code gen} is gone: reconnect after a backoff (unless a newer one exists or we are closed). */
    private synchronized void dropped(int gen, String why) {
        if (gen != generation || closed) return;
        generation++; // ignore anything more from the dropped connection
        if (socket != null) socket.abort();
        socket = null;
        attempts++;
        status(FeedState.Status.RECONNECTING);
        long delay = options.backoff().delayMillis(attempts);
        LOG.log(System.Logger.Level.INFO, "binance: connection lost (" + why + "); reconnecting in " + delay + " ms");
        timer.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    private synchronized boolean isCurrent(int gen) { return gen == generation && !closed; }

    /** Runs on the timer: stall detection, pings, the connection age limit, the message rate. */
    private void watch() {
        long now = System.nanoTime();
        long count = messages.get();
        if (rateNanos == 0 || now - rateNanos >= 1_000_000_000L) {
            if (rateNanos != 0) rate = (count - rateCount) * 1e9 / (now - rateNanos);
            rateNanos = now;
            rateCount = count;
        }
        WebSocket ws;
        int gen;
        synchronized (this) {
            ws = socket;
            gen = generation;
            if (ws == null || closed) return;
        }
        long timeout = options.readTimeout().toNanos();
        boolean pongMissing = pingSentNanos != 0 && lastPongNanos < pingSentNanos && now - pingSentNanos > timeout;
        if (now - lastMessageNanos > timeout || pongMissing) {
            dropped(gen, pongMissing ? "no pong" : "no message for " + options.readTimeout().toMillis() + " ms");
        } else if (now - openedNanos > options.maxAge().toNanos()) {
            replace(gen);
        } else if (now - Math.max(pingSentNanos, openedNanos) > options.ping().toNanos()) {
            pingSentNanos = now;
            ws.sendPing(ByteBuffer.allocate(0));
        }
    }

    /** Proactive replacement before the exchange's connection age limit: reconnect at once, no backoff. */
    private synchronized void replace(int gen) {
        if (gen != generation || closed) return;
        LOG.log(System.Logger.Level.INFO, "binance: replacing a connection before the exchange's age limit");
        generation++;
        WebSocket old = socket;
        socket = null;
        if (old != null) old.sendClose(WebSocket.NORMAL_CLOSURE, "age limit").exceptionally(e -> null);
        connect();
    }

    /**
     * Decodes and delivers one message. Messages of a connection that has since dropped are still delivered when they
     * were received before the drop: they are real data, and the sequencer drops what the catch-up already delivered.
     */
    private void handle(String text, long tsInit) {
        if (closed) return;
        MarketEvent e;
        try {
            e = decoder.decode(text, tsInit);
        } catch (BinanceDecoder.MalformedMessage m) {
            malformed++;
            LOG.log(System.Logger.Level.WARNING, "binance: skipped a malformed message: " + m.getMessage());
            return;
        }
        if (e == null) return;
        try {
            if (e instanceof MarketEvent.Bar b) {
                BarSequencer s = sequencers.get(key(b.symbol(), b.interval()));
                if (s != null) s.offer(b);
            } else {
                listener.onEvent(e);
            }
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.ERROR, "binance: failed to deliver " + e, failure);
        }
    }

    @Override
    public FeedState state() {
        long dropped = 0, rest = 0, gaps = 0;
        // The sequencers' counters are plain longs written by the feed thread; a slightly stale read is fine for display.
        for (BarSequencer s : sequencers.values()) {
            dropped += s.dropped();
            rest += s.restBars();
            gaps += s.gaps();
        }
        return new FeedState(status, since, rate, messages.get(), connects, malformed, dropped, rest, gaps);
    }

    /** Klines received while forming (never delivered as bars). */
    public long formingKlines() { return decoder.forming(); }

    @Override
    public void close() {
        WebSocket ws;
        synchronized (this) {
            if (closed) return;
            closed = true;
            generation++;
            ws = socket;
            socket = null;
            status(FeedState.Status.CLOSED);
        }
        timer.shutdownNow();
        if (ws != null) ws.abort();
        feed.shutdown();
        try {
            if (!feed.awaitTermination(5, TimeUnit.SECONDS)) feed.shutdownNow();
        } catch (InterruptedException e) {
            feed.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void status(FeedState.Status s) {
        status = s;
        since = options.clock().nanos();
    }

    private static String key(String symbol, String interval) { return symbol + " " + interval; }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Websocket callbacks of connection {@code gen}: whole text messages go to the feed thread in order. */
    private final class Receiver implements WebSocket.Listener {
        private final int gen;
        private final StringBuilder part = new StringBuilder();

        Receiver(int gen) { this.gen = gen; }

        @Override
        public void onOpen(WebSocket ws) {
            opened(gen, ws);
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                String text = part.toString();
                part.setLength(0);
                lastMessageNanos = System.nanoTime();
                messages.incrementAndGet();
                long tsInit = options.clock().nanos();
                try {
                    feed.execute(() -> handle(text, tsInit));
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    return null;
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
            lastPongNanos = System.nanoTime();
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            dropped(gen, "closed by the server (" + code + (reason.isEmpty() ? "" : " " + reason) + ")");
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) { dropped(gen, "error: " + error); }
    }

    /** Keeps a failing listener from stopping the stream. */
    private record Guarded(MarketDataListener inner) implements MarketDataListener {
        @Override
        public void onEvent(MarketEvent event) {
            try {
                inner.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "market data listener failed on " + event, e);
            }
        }

        @Override
        public void onHistory(MarketEvent.Bar bar) {
            try {
                inner.onHistory(bar);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "market data listener failed on " + bar, e);
            }
        }

        @Override
        public void onGap(String symbol, String interval, long fromOpen, long toOpen) {
            try {
                inner.onGap(symbol, interval, fromOpen, toOpen);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "market data listener failed on a gap", e);
            }
        }
    }
}
