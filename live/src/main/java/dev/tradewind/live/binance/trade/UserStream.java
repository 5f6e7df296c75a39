package dev.tradewind.live.binance.trade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradewind.live.Backoff;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The Binance user data stream over the WebSocket API ({@code /ws-api/v3}): subscribes with
 * {@code userDataStream.subscribe.signature} (apiKey, timestamp, signature over the sorted parameters) and hands each
 * {@code event} to the execution client; {@code outboundAccountPosition} and {@code balanceUpdate} are counted and
 * passed to the balance listener. A closed or failed connection, or {@code eventStreamTerminated}, reconnects after an
 * exponential backoff with jitter and subscribes again; every confirmed subscription asks for a reconciliation, so
 * reports sent while no subscription was listening are fetched over REST. The JDK WebSocket answers pings itself.
 */
public final class UserStream implements AutoCloseable {
    private final HttpClient http;
    private final URI uri;
    private final TradeRest rest;
    private final BinanceExecution execution;
    private final Backoff backoff;
    private final Consumer<String> log;
    private final Consumer<JsonNode> balances;
    private final ObjectMapper json = new ObjectMapper();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "binance-user-stream");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong connects = new AtomicLong();
    private volatile WebSocket socket;
    private volatile boolean closed;
    private volatile boolean subscribed;
    private int failures;

    /** @param wsApiUrl e.g. {@code wss://ws-api.binance.com:443/ws-api/v3} */
    public UserStream(HttpClient http, String wsApiUrl, TradeRest rest, BinanceExecution execution, Backoff backoff,
            Consumer<JsonNode> balances, Consumer<String> log) {
        this.http = http;
        this.uri = URI.create(wsApiUrl);
        this.rest = rest;
        this.execution = execution;
        this.backoff = backoff;
        this.balances = balances;
        this.log = log;
    }

    /** Connects and subscribes; reconnects by itself from then on. */
    public void start() { timer.execute(this::connect); }

    private void connect() {
        if (closed) return;
        http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, new Receiver())
                .whenComplete((ws, err) -> {
                    if (err != null) {
                        retry("connect failed: " + err.getClass().getSimpleName());
                        return;
                    }
                    socket = ws;
                    long n = connects.incrementAndGet();
                    Params p = new Params().add("apiKey", rest.apiKey()).add("timestamp", rest.serverMillis()).add("recvWindow", rest.recvWindow());
                    String sig = rest.signer().sign(p.sortedPayload());
                    var req = json.createObjectNode().put("id", "subscribe-" + n).put("method", "userDataStream.subscribe.signature");
                    var params = req.putObject("params");
                    params.put("apiKey", rest.apiKey()).put("timestamp", Long.parseLong(p.get("timestamp")))
                            .put("recvWindow", rest.recvWindow()).put("signature", sig);
                    ws.sendText(req.toString(), true);
                });
    }

    private void retry(String why) {
        subscribed = false;
        if (closed) return;
        long delay = backoff.delayMillis(++failures);
        log.accept("user data stream: " + why + "; reconnecting in " + delay + " ms");
        timer.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    private void handle(String text) {
        JsonNode m;
        try {
            m = json.readTree(text);
        } catch (Exception e) {
            log.accept("user data stream: not JSON, skipped");
            return;
        }
        if (m.has("status")) {
            if (m.path("status").asInt() == 200) {
                subscribed = true;
                failures = 0;
                // what happened before this subscription (while away, or between the start's reconciliation and now)
                execution.reconcileLater();
            } else {
                log.accept("user data stream: subscribe refused: binance " + m.path("error").path("code").asInt() + ": "
                        + m.path("error").path("msg").asText());
            }
            return;
        }
        JsonNode e = m.path("event");
        if (e.isMissingNode()) return;
        events.incrementAndGet();
        switch (e.path("e").asText()) {
            case "executionReport" -> execution.onStreamEvent(e);
            case "outboundAccountPosition", "balanceUpdate" -> balances.accept(e);
            case "eventStreamTerminated" -> {
                WebSocket ws = socket;
                if (ws != null) ws.abort();
                retry("stream terminated by the exchange");
            }
            default -> { }
        }
    }

    /** Whether the subscription is confirmed on the current connection. */
    public boolean subscribed() { return subscribed; }
    public long events() { return events.get(); }
    public long connects() { return connects.get(); }

    /** Drops the connection as a network failure would (tests). */
    public void drop() {
        WebSocket ws = socket;
        socket = null;
        if (ws != null) ws.abort();
        retry("dropped");
    }

    @Override
    public void close() {
        closed = true;
        WebSocket ws = socket;
        if (ws != null) ws.abort();
        timer.shutdownNow();
    }

    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder part = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                String t = part.toString();
                part.setLength(0);
                handle(t);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            if (ws == socket) retry("closed (" + status + ")");
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            if (ws == socket) retry("failed: " + error.getClass().getSimpleName());
        }
    }
}
