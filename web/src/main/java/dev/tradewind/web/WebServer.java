package dev.tradewind.web;

import dev.tradewind.catalog.Catalog;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The local web app: the single-page UI from the classpath ({@code /static}) and the JSON API under {@code /api}
 * (documented in web/README.md), with the strategy folder watched for hot reload. Binds 127.0.0.1 unless told
 * otherwise; on a loopback address it also refuses requests whose Host header is not a loopback name, so a web page
 * elsewhere cannot reach it through DNS rebinding, and POST bodies must be {@code application/json}, which a page of
 * another origin cannot send without a CORS preflight this server never grants.
 */
public final class WebServer implements AutoCloseable {

    /**
     * How to start.
     *
     * @param host           the address to bind, 127.0.0.1 by default
     * @param port           the port; 0 picks a free one
     * @param home           the Tradewind installation (its {@code sample-data/} holds the bundled data)
     * @param strategies     the user's strategy folder, watched; null for built-ins only
     * @param debounceMillis quiet time after the last file event before recompiling
     * @param runThreads     backtests run at the same time
     * @param record         whether runs are recorded in the run store
     * @param store          the run store (file or JDBC URL); null for the default ({@code $TRADEWIND_STORE}, else
     *                       ~/.tradewind/runs.db)
     * @param catalog        the market data catalog folder; null for none
     * @param batches        where the Batches page looks for weighted batches ({@code tradewind weight} outputs)
     * @param liveControl    the live runs' control folder (their kill switch), as {@code tradewind live} uses it
     */
    public record Options(String host, int port, Path home, Path strategies, long debounceMillis, int runThreads,
            boolean record, String store, Path catalog, Path batches, Path liveControl) {

        /** 127.0.0.1:7070, built-ins only, runs recorded in the default store, the default catalog, batches in out/. */
        public static Options defaults(Path home) {
            return new Options("127.0.0.1", 7070, home, null, 300, 2, true, null, Catalog.location(null), home.resolve("out"),
                    dev.tradewind.live.trade.LiveControl.defaultDir(System.getenv()));
        }


        /** Looks for weighted batches under {@code b}. */
        public Options withBatches(Path b) { return new Options(host, port, home, strategies, debounceMillis, runThreads, record, store, catalog, b, liveControl); }

        public Options withHost(String h) { return new Options(h, port, home, strategies, debounceMillis, runThreads, record, store, catalog, batches, liveControl); }

        public Options withPort(int p) { return new Options(host, p, home, strategies, debounceMillis, runThreads, record, store, catalog, batches, liveControl); }

        public Options withStrategies(Path s) { return new Options(host, port, home, s, debounceMillis, runThreads, record, store, catalog, batches, liveControl); }

        public Options withDebounceMillis(long d) { return new Options(host, port, home, strategies, d, runThreads, record, store, catalog, batches, liveControl); }

        /** Records runs in {@code location} (null: the default store), or in no store when {@code record} is false. */
        public Options withStore(boolean r, String location) {
            return new Options(host, port, home, strategies, debounceMillis, runThreads, r, location, catalog, batches, liveControl);
        }

        public Options withCatalog(Path c) { return new Options(host, port, home, strategies, debounceMillis, runThreads, record, store, c, batches, liveControl); }

        /** Looks for live runs' control files (the kill switch) in {@code d}. */
        public Options withLiveControl(Path d) { return new Options(host, port, home, strategies, debounceMillis, runThreads, record, store, catalog, batches, d); }
    }

    /**
     * The part of a run's report a request asks for: {@code from} and {@code to} (epoch seconds, both included; the
     * whole run by default) drawn in at most {@code points} points ({@link ReportSample#DEFAULT_POINTS} by default).
     */
    static Report window(Report full, Context ctx) {
        long from = longParam(ctx, "from", Long.MIN_VALUE);
        long to = longParam(ctx, "to", Long.MAX_VALUE);
        long points = longParam(ctx, "points", ReportSample.DEFAULT_POINTS);
        if (points < ReportSample.MIN_POINTS || points > ReportSample.MAX_POINTS) {
            throw ApiError.badRequest("points: expected a whole number from " + ReportSample.MIN_POINTS + " to "
                    + ReportSample.MAX_POINTS + ", got " + points);
        }
        if (from > to) throw ApiError.badRequest("from " + from + " is after to " + to);
        return ReportSample.of(full, from, to, (int) points);
    }

    private static long longParam(Context ctx, String name, long otherwise) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) return otherwise;
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + ": expected a whole number, got '" + v + "'");
        }
    }

    private static final List<String> STATUSES = List.of("queued", "running", "done", "failed", "cancelled", "incomplete");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Javalin app;
    private final SseHub hub;
    private final StrategyCatalog strategies;
    private final DataSets data;
    private final Runs runs;
    private final RunHistory history;
    private final Batches batches;
    private final Smiles smiles;
    private final FolderWatcher watcher;
    private final String host;
    private final Path home;
    private final Path liveControl;

    private WebServer(Options o) throws IOException {
        this.host = o.host();
        this.home = o.home();
        this.liveControl = o.liveControl();
        this.hub = new SseHub();
        this.data = DataSets.scan(o.home().resolve("sample-data"), o.catalog());
        this.strategies = new StrategyCatalog(o.strategies());
        this.history = o.record() ? RunHistory.open(o.store()) : RunHistory.disabled();
        this.runs = new Runs(strategies, data, history, hub, Math.max(1, o.runThreads()), o.home());
        this.batches = new Batches(o.batches(), o.home());
        this.smiles = new Smiles(o.home().resolve("sample-data").resolve("chains"));
        strategies.addListener(change -> {
            hub.publish("strategy", change);
            hub.publish("strategies", strategies.list());
        });
        this.watcher = o.strategies() == null ? null
                : new FolderWatcher(strategies.folder(), o.debounceMillis(), strategies::reload);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = 1 << 20;
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/static";
                s.location = Location.CLASSPATH;
            });
        });
        routes();
    }

    /**
     * Starts the server and returns once it listens.
     *
     * @throws IOException when the strategy folder cannot be watched
     */
    public static WebServer start(Options options) throws IOException {
        WebServer s = new WebServer(options);
        try {
            s.app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** The port it listens on. */
    public int port() { return app.port(); }

    /** The address of the UI, e.g. {@code http://127.0.0.1:7070/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0") || h.equals("[::]")) h = "127.0.0.1";
        return "http://" + h + ":" + port() + "/";
    }

    /** Recompiles every strategy file now, as if the folder had changed (the watcher does this by itself). */
    public void reloadStrategies() { strategies.reload(java.util.Set.of(FolderWatcher.EVERYTHING)); }

    /** Where runs are recorded, or why they are not. */
    public String store() { return history.display(); }

    /** Whether the static UI was built into the classpath (the frontend build ran). */
    public static boolean hasUi() { return WebServer.class.getResource("/static/index.html") != null; }

    private void routes() {
        boolean loopback = isLoopback(host);
        app.before(ctx -> {
            if (loopback && !LOOPBACK_NAMES.contains(hostName(ctx.host()))) {
                throw new ApiError(403, "this server answers only to localhost, 127.0.0.1 or [::1], not '" + ctx.host() + "'");
            }
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            if (ctx.method().name().equals("POST")) {
                String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
                if (!type.startsWith("application/json")) throw new ApiError(415, "POST bodies must be application/json");
            }
        });
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("tradewind web: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api") && !String.valueOf(ctx.result()).startsWith("{")) error(ctx, 404, "no such endpoint: " + ctx.path());
        });
        app.error(405, ctx -> error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));

        app.get("/api/health", ctx -> {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("status", "ok");
            h.put("ui", hasUi());
            h.put("strategies_folder", strategies.folder() == null ? null : strategies.folder().toString());
            h.put("store", history.display());
            h.put("recording", history.enabled());
            h.put("catalog_error", data.catalogError());
            json(ctx, h);
        });
        app.get("/api/strategies", ctx -> json(ctx, strategies.list()));
        app.get("/api/strategies/{id}", ctx -> json(ctx, strategies.get(ctx.pathParam("id")).view()));
        app.get("/api/strategies/{id}/source", ctx -> ctx.contentType("text/plain; charset=utf-8")
                .result(strategies.source(ctx.pathParam("id"))));
        app.get("/api/data", ctx -> json(ctx, data.summaries()));
        app.get("/api/data/{id}", ctx -> json(ctx, data.summary(ctx.pathParam("id"))));
        app.get("/api/settings", ctx -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("fields", RunSettings.SPECS);
            s.put("defaults", RunSettings.defaults());
            json(ctx, s);
        });
        app.post("/api/runs", ctx -> {
            RunRequest request = RunRequest.parse(WebJson.read(ctx.body()), strategies, data);
            ctx.status(202);
            json(ctx, runs.submit(request));
        });
        app.get("/api/runs", ctx -> json(ctx, runs.list(ctx.queryParam("strategy"), ctx.queryParam("status"), filter(ctx))));
        app.get("/api/runs/{id}", ctx -> json(ctx, runs.get(ctx.pathParam("id"))));
        app.get("/api/runs/{id}/report", ctx -> json(ctx, window(runs.report(ctx.pathParam("id")), ctx)));
        app.get("/api/runs/{id}/report.html", ctx -> {
            Report r = runs.report(ctx.pathParam("id"));
            ctx.header("Content-Disposition", "attachment; filename=\"tradewind-run-" + r.runId() + ".html\"");
            ctx.contentType("text/html; charset=utf-8").result(StaticReport.html(r));
        });
        app.get("/api/runs/{id}/replay", ctx -> json(ctx, history.replay(ctx.pathParam("id"), home)));
        app.post("/api/runs/{id}/cancel", ctx -> json(ctx, runs.cancel(ctx.pathParam("id"))));
        app.post("/api/runs/{id}/kill-switch", ctx -> json(ctx, LiveSwitch.send(liveControl, ctx.pathParam("id"))));
        app.get("/api/batches", ctx -> {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("folder", batches.root() == null ? null : batches.root().toString());
            b.put("batches", batches.list());
            json(ctx, b);
        });
        app.get("/api/batches/<id>", ctx -> json(ctx, batches.get(ctx.pathParam("id"))));
        app.post("/api/batch-runs", ctx -> {
            var body = WebJson.read(ctx.body());
            if (body == null || !body.isObject() || !body.path("batch").isTextual() || !body.path("member").isTextual()) {
                throw ApiError.badRequest("expected {\"batch\": id, \"member\": name}");
            }
            String id = body.get("batch").asText();
            String member = body.get("member").asText();
            RunRequest request = RunRequest.parse(batches.memberRequest(id, member, data), strategies, data);
            Runs.View view = runs.submit(request);
            batches.remember(id, member, view.id());
            ctx.status(202);
            json(ctx, view);
        });
        app.get("/api/chains", ctx -> json(ctx, smiles.list()));
        app.get("/api/chains/{id}", ctx -> json(ctx, smiles.get(ctx.pathParam("id"))));
        app.get("/api/chains/{id}/smile", ctx -> json(ctx, smiles.smile(ctx.pathParam("id"), ctx.queryParam("expiry"))));
        app.sse("/api/events", hub::join);
    }

    private static Predicate<Runs.View> filter(Context ctx) {
        String strategy = ctx.queryParam("strategy");
        String dataId = ctx.queryParam("data");
        String status = ctx.queryParam("status");
        String q = ctx.queryParam("q");
        String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
        if (status != null && !status.isEmpty() && !STATUSES.contains(status)) {
            throw ApiError.badRequest("status: expected one of " + String.join(", ", STATUSES) + ", got '" + status + "'");
        }
        return v -> (strategy == null || strategy.isEmpty() || strategy.equals(v.strategy()))
                && (dataId == null || dataId.isEmpty() || dataId.equals(v.data()))
                && (status == null || status.isEmpty() || status.equals(v.status()))
                && (needle == null || needle.isEmpty() || (v.id() + " " + v.strategy() + " " + v.data() + " " + v.symbol() + " "
                        + v.params()).toLowerCase(Locale.ROOT).contains(needle));
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(WebJson.write(body));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json").result(WebJson.write(Map.of("error", message)));
    }

    static String hostName(String hostHeader) {
        if (hostHeader == null) return "";
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    /** Whether {@code host} names a loopback address (127.0.0.1, ::1, localhost). */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (watcher != null) watcher.close();
        if (app != null) app.stop();
        hub.close();
        runs.close();
        data.close();
    }
}
