package dev.tradewind.live.binance;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * A stand-in for Binance on 127.0.0.1 (HTTP + websocket, Javalin) for tests. It serves real FIL/USDT 1m klines over
 * REST ({@code /api/v3/klines}, {@code /fapi/v1/klines}: only bars opened by the exchange's time {@link #now()}, so the
 * last one may still be forming, as on the real exchange) and {@code exchangeInfo}, and streams kline messages over
 * {@code /stream?streams=...}: each new websocket connection runs the next queued {@link Script}, which sends closed or
 * forming klines, raw text, or injects faults (disconnect, stall). Exchange time advances with every kline sent.
 */
public final class FakeExchange implements AutoCloseable {
    /** One kline of the bulk-download layout, values kept as the exchange's strings. */
    public record Kline(long open, String o, String h, String l, String c, String v, long close, String q, long n, String bv,
            String bq) {}

    /** What one websocket connection does. */
    @FunctionalInterface
    public interface Script {
        void run(Stream s) throws Exception;
    }

    private final Javalin app;
    private final List<Kline> klines;
    private final ConcurrentLinkedDeque<Script> scripts = new ConcurrentLinkedDeque<>();
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> streams = Collections.synchronizedList(new ArrayList<>());
    private volatile long now;
    private volatile int retryAfter = 1;
    private volatile int weightBase;
    private volatile long hiddenFrom = Long.MAX_VALUE;
    private volatile long hiddenTo = Long.MIN_VALUE;
    private final AtomicInteger weight = new AtomicInteger();
    private final List<String> scriptErrors = Collections.synchronizedList(new ArrayList<>());

    /** Why scripts ended early (the client went away, mostly). */
    public List<String> scriptErrors() { return List.copyOf(scriptErrors); }

    public FakeExchange(List<Kline> klines) {
        this.klines = List.copyOf(klines);
        this.now = klines.get(0).open();
        app = Javalin.create(c -> c.showJavalinBanner = false)
                .get("/api/v3/klines", this::klines).get("/fapi/v1/klines", this::klines)
                .get("/api/v3/exchangeInfo", ctx -> exchangeInfo(ctx, "spot"))
                .get("/fapi/v1/exchangeInfo", ctx -> exchangeInfo(ctx, "futures"))
                .ws("/stream", ws -> ws.onConnect(ctx -> {
                    connections.incrementAndGet();
                    streams.add(ctx.queryParam("streams"));
                    Script next = scripts.poll();
                    if (next == null) return; // silent
                    Thread t = new Thread(() -> {
                        try {
                            next.run(new Stream(ctx));
                        } catch (Exception e) {
                            // the client went away mid-script: that is what some tests do
                            scriptErrors.add(e.toString());
                        }
                    }, "fake-exchange-script");
                    t.setDaemon(true);
                    t.start();
                }))
                .start("127.0.0.1", 0);
    }

    /** The first {@code n} FIL/USDT 1m klines of 2023-08-01 (real data, from the test resources). */
    public static List<Kline> filUsdt(int n) {
        try (InputStream in = FakeExchange.class.getResourceAsStream("/binance/FILUSDT-1m-2023-08-01.csv.gz")) {
            return read(in, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The whole month of FIL/USDT perpetual 1m klines of 2023-08 (44,640 bars, real data) from the project's
     * {@code sample-data/FILUSDT-1m-2023-08.csv.gz}; tests run in a module folder, so it is read from {@code ../}.
     */
    public static List<Kline> filUsdtMonth() {
        java.nio.file.Path file = java.nio.file.Path.of("../sample-data/FILUSDT-1m-2023-08.csv.gz");
        if (!java.nio.file.Files.exists(file)) file = java.nio.file.Path.of("sample-data/FILUSDT-1m-2023-08.csv.gz");
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in, Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Kline> read(InputStream in, int n) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            List<Kline> out = new ArrayList<>();
            r.readLine();
            for (String line; out.size() < n && (line = r.readLine()) != null; ) {
                String[] f = line.split(",");
                out.add(new Kline(Long.parseLong(f[0]), f[1], f[2], f[3], f[4], f[5], Long.parseLong(f[6]), f[7],
                        Long.parseLong(f[8]), f[9], f[10]));
            }
            return out;
        }
    }

    /** The klines as the bar series a backtest replays (open times in epoch ns). */
    public static dev.tradewind.model.BarSeries series(String symbol, List<Kline> klines) {
        dev.tradewind.model.BarColumns c = new dev.tradewind.model.BarColumns(klines.size());
        for (Kline k : klines) {
            c.add(k.open() * 1_000_000L, Double.parseDouble(k.o()), Double.parseDouble(k.h()), Double.parseDouble(k.l()),
                    Double.parseDouble(k.c()), Double.parseDouble(k.v()));
        }
        return c.toSeries(symbol);
    }

    public String restUrl() { return "http://127.0.0.1:" + app.port(); }

    public String wsUrl() { return "ws://127.0.0.1:" + app.port(); }

    /** Queues what the next websocket connection does. */
    public FakeExchange then(Script s) {
        scripts.add(s);
        return this;
    }

    public List<Kline> klines() { return klines; }

    /** The exchange's time (epoch ms). */
    public long now() { return now; }

    public void now(long ms) { now = ms; }

    /** The next {@code n} REST requests answer HTTP 429 with {@code Retry-After: seconds}. */
    public void throttle(int n, int seconds) {
        throttled.set(n);
        retryAfter = seconds;
    }

    /** REST never serves klines {@code from..to} (inclusive): a hole in the exchange's own history. */
    public void hide(int from, int to) {
        hiddenFrom = klines.get(from).open();
        hiddenTo = klines.get(to).open();
    }

    /** Reports at least this used weight in {@code X-MBX-USED-WEIGHT-1m}. */
    public void weightBase(int w) { weightBase = w; }

    public int connections() { return connections.get(); }

    /** REST requests, as {@code path?query}. */
    public List<String> requests() { return List.copyOf(requests); }

    /** The {@code streams} parameter of each websocket connection. */
    public List<String> streams() { return List.copyOf(streams); }

    private void klines(Context ctx) {
        long t = now; // read before the request is counted: a script that awaited it cannot move the time under it
        requests.add(ctx.path() + "?" + ctx.queryString());
        if (throttle(ctx)) return;
        if (!"FILUSDT".equals(ctx.queryParam("symbol"))) {
            error(ctx, -1121, "Invalid symbol.");
            return;
        }
        String interval = ctx.queryParam("interval");
        if (!"1m".equals(interval)) {
            error(ctx, -1120, "Invalid interval.");
            return;
        }
        long start = param(ctx, "startTime", 0);
        long end = param(ctx, "endTime", Long.MAX_VALUE);
        long limit = param(ctx, "limit", 500);
        StringBuilder b = new StringBuilder("[");
        int count = 0;
        for (Kline k : klines) {
            if (k.open() < start || k.open() > end || k.open() > t) continue;
            if (k.open() >= hiddenFrom && k.open() <= hiddenTo) continue;
            if (count++ == limit) break;
            if (count > 1) b.append(',');
            b.append(String.format(Locale.ROOT, "[%d,\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",%d,\"%s\",%d,\"%s\",\"%s\",\"0\"]", k.open(),
                    k.o(), k.h(), k.l(), k.c(), k.v(), k.close(), k.q(), k.n(), k.bv(), k.bq()));
        }
        ctx.header("X-MBX-USED-WEIGHT-1m", String.valueOf(weightBase + weight.addAndGet(2)));
        ctx.contentType("application/json").result(b.append(']').toString());
    }

    private void exchangeInfo(Context ctx, String market) throws IOException {
        requests.add(ctx.path() + "?" + ctx.queryString());
        if (throttle(ctx)) return;
        if (!"FILUSDT".equals(ctx.queryParam("symbol"))) {
            error(ctx, -1121, "Invalid symbol.");
            return;
        }
        try (InputStream in = FakeExchange.class.getResourceAsStream("/binance/exchangeInfo-" + market + "-FILUSDT.json")) {
            ctx.header("X-MBX-USED-WEIGHT-1m", String.valueOf(weightBase + weight.addAndGet(20)));
            ctx.contentType("application/json").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private boolean throttle(Context ctx) {
        if (throttled.getAndUpdate(n -> Math.max(0, n - 1)) <= 0) return false;
        ctx.status(429).header("Retry-After", String.valueOf(retryAfter)).contentType("application/json")
                .result("{\"code\":-1003,\"msg\":\"Too much request weight used; current limit is 6000 request weight per 1 MINUTE.\"}");
        return true;
    }

    private static void error(Context ctx, int code, String msg) {
        ctx.status(400).contentType("application/json").result("{\"code\":" + code + ",\"msg\":\"" + msg + "\"}");
    }

    private static long param(Context ctx, String name, long fallback) {
        String v = ctx.queryParam(name);
        return v == null ? fallback : Long.parseLong(v);
    }

    @Override
    public void close() { app.stop(); }

    /** One websocket connection, as a script sees it. */
    public final class Stream {
        private final WsContext ctx;

        Stream(WsContext ctx) { this.ctx = ctx; }

        /** Sends raw text. */
        public Stream send(String text) throws IOException {
            ctx.session.getRemote().sendString(text);
            return this;
        }

        /** Sends kline {@code i} as closed (event time just after its close) and moves the exchange's time there. */
        public Stream closed(int i) throws IOException {
            Kline k = klines.get(i);
            long e = k.close() + 1;
            if (e > now) now = e;
            return send(kline(k, e, true, k.o(), k.h(), k.l(), k.c(), k.v()));
        }

        /** Sends closed klines {@code from..to} inclusive. */
        public Stream closed(int from, int to) throws IOException {
            for (int i = from; i <= to; i++) closed(i);
            return this;
        }

        /**
         * Sends kline {@code i} still forming, {@code step} of {@code steps} through its minute: the close so far is
         * the open moved part of the way to the final close, volume a share of the final.
         */
        public Stream forming(int i, int step, int steps) throws IOException {
            Kline k = klines.get(i);
            long e = k.open() + 60_000L * step / (steps + 1);
            if (e > now) now = e;
            double o = Double.parseDouble(k.o()), c = Double.parseDouble(k.c());
            String mid = String.format(Locale.ROOT, "%.3f", o + (c - o) * step / steps);
            String vol = String.format(Locale.ROOT, "%.1f", Double.parseDouble(k.v()) * step / (steps + 1));
            return send(kline(k, e, false, k.o(), k.h(), k.l(), mid, vol));
        }

        /** Waits (at most 10 s) until the exchange has answered {@code n} REST requests in all. */
        public Stream awaitRequests(int n) throws InterruptedException {
            for (int i = 0; i < 1000 && requests.size() < n; i++) Thread.sleep(10);
            return this;
        }

        /** Moves the exchange's time (epoch ms), e.g. while the client is disconnected. */
        public Stream now(long ms) {
            now = ms;
            return this;
        }

        /** Drops the TCP connection without a close frame. */
        public void disconnect() throws IOException { ctx.session.disconnect(); }

        /** Sends a close frame. */
        public void closeNormally() { ctx.closeSession(); }

        private String kline(Kline k, long e, boolean closed, String o, String h, String l, String c, String v) {
            return String.format(Locale.ROOT, "{\"stream\":\"filusdt@kline_1m\",\"data\":{\"e\":\"kline\",\"E\":%d,\"s\":\"FILUSDT\","
                    + "\"k\":{\"t\":%d,\"T\":%d,\"s\":\"FILUSDT\",\"i\":\"1m\",\"f\":%d,\"L\":%d,\"o\":\"%s\",\"c\":\"%s\","
                    + "\"h\":\"%s\",\"l\":\"%s\",\"v\":\"%s\",\"n\":%d,\"x\":%b,\"q\":\"%s\",\"V\":\"%s\",\"Q\":\"%s\",\"B\":\"0\"}}}",
                    e, k.open(), k.close(), k.open(), k.open() + k.n(), o, c, h, l, v, k.n(), closed, k.q(), k.bv(), k.bq());
        }
    }
}
