package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import dev.tradewind.catalog.Catalog;
import dev.tradewind.data.LoadOptions;
import dev.tradewind.data.Timeframe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API over HTTP: listings, validation of every input (4xx with one JSON line), runs, reports, the store. */
class WebApiTest {
    static final String DATA = "2006-day-001.txt";
    static final Path HOME = Path.of(System.getProperty("tradewind.home", ".."));

    @TempDir static Path folder;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(folder.resolve("MyCross.java"), TestStrategies.cross("percent"));
        // The backtester reads catalog references from the catalog this property names; the server lists the same one.
        System.setProperty(Catalog.PROPERTY, folder.resolve("catalog").toString());
        try (Catalog c = Catalog.open(folder.resolve("catalog"))) {
            c.importFile(HOME.resolve("sample-data").resolve(DATA), "EUSTX", Timeframe.parse("1d"), LoadOptions.defaults());
        }
        server = WebServer.start(options());
        http = new Http("http://127.0.0.1:" + server.port());
    }

    static WebServer.Options options() {
        return WebServer.Options.defaults(HOME).withPort(0).withStrategies(folder)
                .withStore(true, folder.resolve("runs.db").toString()).withCatalog(folder.resolve("catalog"));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** Waits for a run to finish, polling its status (the API's own contract), and returns its final view. */
    static JsonNode await(Http http, String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = http.get("/api/runs/" + id).json();
            String status = run.get("status").asText();
            if (!status.equals("queued") && !status.equals("running")) return run;
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
        throw new AssertionError("run " + id + " did not finish in 60 s");
    }

    @Test
    void healthListsStrategiesAndData() {
        JsonNode health = http.get("/api/health").json();
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("recording").asBoolean()).isTrue();

        JsonNode strategies = http.get("/api/strategies").json();
        List<String> ids = new ArrayList<>();
        strategies.forEach(s -> ids.add(s.get("id").asText()));
        assertThat(ids).startsWith("sma-cross").contains("MyCross.java");
        JsonNode mine = http.get("/api/strategies/MyCross.java").json();
        assertThat(mine.get("kind").asText()).isEqualTo("file");
        assertThat(mine.get("params").get(0).get("name").asText()).isEqualTo("fast");
        assertThat(mine.get("params").get(0).get("min").asDouble()).isEqualTo(2);
        assertThat(mine.get("params").get(0).get("default_value").asText()).isEqualTo("5");
        assertThat(http.get("/api/strategies/MyCross.java/source").body()).contains("class MyCross");

        JsonNode data = http.get("/api/data/" + DATA).json();
        assertThat(data.get("timeframe").asText()).isEqualTo("1d");
        assertThat(data.get("bars").asInt()).isEqualTo(255);
        assertThat(data.get("first").asText()).isEqualTo("2006-01-02T00:00:00Z");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {}                                                                   | 400 | strategy: required
            {"strategy":"nope","data":"2006-day-001.txt"}                        | 400 | strategy: unknown strategy 'nope'
            {"strategy":"MyCross.java","data":"2006-day-001.txt","params":{"fast":1}} | 400 | params: parameter 'fast': expected an integer between 2 and 200, got '1'
            {"strategy":"MyCross.java","data":"2006-day-001.txt","params":{"fast":"x"}} | 400 | params: parameter 'fast': expected an integer between 2 and 200, got 'x'
            {"strategy":"MyCross.java","data":"2006-day-001.txt","params":{"speed":3}} | 400 | params: unknown parameter 'speed' for MyCross.java; known: fast, slow, percent
            {"strategy":"MyCross.java","data":"2006-day-001.txt","params":{"fast":[1]}} | 400 | params: parameter 'fast': expected a number, boolean or text
            {"strategy":"sma-cross","data":"../../../etc/passwd"}                | 400 | data: unknown data set '../../../etc/passwd'
            {"strategy":"sma-cross","data":"/etc/passwd"}                        | 400 | data: unknown data set '/etc/passwd'
            {"strategy":"sma-cross","data":"catalog:X:1d"}                       | 400 | data: unknown data set 'catalog:X:1d'
            {"strategy":"sma-cross","data":"2006-day-001.txt","from":"2006-05-01","to":"2006-02-01"} | 400 | from 2006-05-01 must be before to 2006-02-01
            {"strategy":"sma-cross","data":"2006-day-001.txt","from":"2007-01-01"} | 400 | the range 2007-01-01 .. end holds no bars of 2006-day-001.txt (it covers 2006-01-02T00:00:00Z .. 2006-12-29T00:00:00Z)
            {"strategy":"sma-cross","data":"2006-day-001.txt","from":"yesterday"} | 400 | from: expected a date like 2023-08-15 or a date-time like 2023-08-15T12:00, got 'yesterday'
            {"strategy":"sma-cross","data":"2006-day-001.txt","cash":-5}         | 400 | cash: expected a number between 1 and 1000000000000000, got -5
            {"strategy":"sma-cross","data":"2006-day-001.txt","commission_pct":101} | 400 | commission_pct: expected a number between 0 and 100, got 101
            {"strategy":"sma-cross","data":"2006-day-001.txt","slippage_bps":"a"} | 400 | slippage_bps: expected a number, got 'a'
            {"strategy":"sma-cross","data":"2006-day-001.txt","fill":"later"}    | 400 | fill: expected one of next-open, close, got 'later'
            {"strategy":"sma-cross","data":"2006-day-001.txt","gaps":"ignore"}   | 400 | gaps: expected one of leave, fill, drop, got 'ignore'
            {"strategy":"sma-cross","data":"2006-day-001.txt","script":"x"}      | 400 | unknown field 'script'; known: cash, commission_pct, commission_per_order, data, fill, from, gaps, params, settings, slippage_bps, strategy, to
            {"strategy":"sma-cross","data":"2006-day-001.txt","settings":{"instrument":{"lot":-1}}} | 400 | settings.instrument.lot: expected a number between 0 and 1000000000000000, got -1
            {"strategy":"sma-cross","data":"2006-day-001.txt","settings":{"instrument":{"kind":"option"}}} | 400 | settings.instrument.kind: expected one of spot, future, got 'option'
            {"strategy":"sma-cross","data":"2006-day-001.txt","settings":{"instrument":{"multiplier":0}}} | 400 | settings.instrument.multiplier: expected a number > 0 and <= 1000000000000000, got 0
            {"strategy":"sma-cross","data":"2006-day-001.txt","settings":{"instrument":{"margin":0.1,"maintenance":0.2}}} | 400 | settings.instrument.maintenance: expected at most the margin rate 0.1, got 0.2
            {"strategy":"sma-cross","data":"2006-day-001.txt","settings":{"commission":{"maker_percent":"x"}}} | 400 | settings.commission.maker_percent: expected a number between -100 and 100, got 'x'
            {"strategy":"sma-cross","data":"2006-day-001.txt","settings":{"rules":{"latency_bars":1.5}}} | 400 | settings.rules.latency_bars: expected an integer between 0 and 1000000, got 1.5
            {"strategy":"sma-cross","data":"2006-day-001.txt","settings":{"rules":{"slippage":"fixed:2"}}} | 400 | settings.rules.slippage: expected bps:N, spread:X, atr:K or sqrt:K, got 'fixed:2'
            {"strategy":"sma-cross","data":"2006-day-001.txt","settings":{"zone":"Mars/Olympus"}} | 400 | settings.zone: unknown time zone 'Mars/Olympus' (e.g. UTC, America/New_York)
            {"strategy":"sma-cross","data":"2006-day-001.txt","settings":{"factors":"ten"}} | 400 | settings.factors: expected a list of integers
            {"strategy":"sma-cross","data":"2006-day-001.txt","settings":{"data":"/etc/passwd"}} | 400 | settings.data: not a setting; give it as the request's own field 'data'
            {"strategy":"sma-cross","data":"2006-day-001.txt","settings":{"rules":{"turbo":true}}} | 400 | settings.rules.turbo: not a field of config.json; known: borrow_percent, cash_check, daily_loss_percent, flatten_on_halt, funding_hours, funding_rate, latency_bars, latency_ms, leverage_cap, liquidation_fee_percent, max_drawdown_percent, max_position_notional, max_position_units, same_bar, signals_per, slippage, volume_share
            {"strategy":"sma-cross","data":"2006-day-001.txt","settings":[1]} | 400 | settings: expected an object in config.json's shape
            {"strategy":"sma-cross","data":"2006-day-001.txt","cash":5000,"settings":{"cash":6000}} | 400 | cash: also given as settings.cash; give it once
            {"strategy":                                                         | 400 | invalid JSON: Unexpected end-of-input within/between Object entries
            []                                                                   | 400 | expected a JSON object
            """)
    void badRunRequestsAreRefusedWithOneLine(String body, int status, String message) {
        Http.Response r = http.post("/api/runs", body);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.body()).doesNotContain("\n");
        assertThat(r.json().size()).isEqualTo(1);
        assertThat(r.json().get("error").asText()).isEqualTo(message);
    }

    @Test
    void otherBadRequests() {
        assertError(http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/runs")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 415, "POST bodies must be application/json");
        assertError(http.get("/api/nothing"), 404, "no such endpoint: /api/nothing");
        assertError(http.get("/api/runs/999999"), 404, "unknown run '999999'");
        assertError(http.get("/api/runs/999999/report"), 404, "unknown run '999999'");
        assertError(http.post("/api/runs/999999/cancel", "{}"), 404, "unknown run '999999'");
        assertError(http.get("/api/runs?status=happy"), 400,
                "status: expected one of queued, running, done, failed, cancelled, incomplete, got 'happy'");
        assertError(http.get("/api/data/..%2F..%2Fetc%2Fpasswd"), 404, "unknown data set '../../etc/passwd'; see GET /api/data");
        assertError(http.get("/api/strategies/..%2FMyCross.java/source"), 404,
                "unknown strategy '../MyCross.java'; known: sma-cross, ema-cross, rsi-reversion, donchian-breakout, opening-range-breakout, volatility-breakout, trend-day, reversal-breakout, sr-breakout, short-straddle, iron-condor, rolled-futures, MyCross.java");
        assertError(http.get("/api/strategies/sma-cross/source"), 404, "strategy 'sma-cross' is built in; its source is in the examples module");
        assertError(http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/runs")).DELETE()), 405,
                "DELETE is not allowed on /api/runs");
    }

    @Test
    void aForeignHostHeaderIsRefused() {
        String response = Http.raw(server.port(), "GET /api/health HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 403").contains(
                "{\"error\":\"this server answers only to localhost, 127.0.0.1 or [::1], not 'attacker.example:80'\"}");
        assertThat(Http.raw(server.port(), "GET /api/health HTTP/1.1\r\nHost: localhost:1\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200");
    }

    @Test
    void aRunProducesAReportThatIsRecordedAndSurvivesARestart() throws Exception {
        Http.Response submitted = http.post("/api/runs", """
                {"strategy":"donchian-breakout","data":"2006-day-001.txt","params":{"entry":20,"exit":10},
                 "from":"2006-02-01","cash":50000,"commission_pct":0.05}""");
        assertThat(submitted.status()).isEqualTo(202);
        String id = submitted.json().get("id").asText();
        JsonNode run = await(http, id);
        assertThat(run.get("status").asText()).isEqualTo("done");
        assertThat(run.get("report").asBoolean()).isTrue();
        assertThat(run.get("summary").get("trades").asInt()).isPositive();

        JsonNode report = http.get("/api/runs/" + id + "/report").json();
        int bars = report.get("bars").get("time").size();
        assertThat(bars).isEqualTo(report.get("stats").get("bars").asInt());
        assertThat(report.get("bars").get("time").get(0).asLong()).isEqualTo(1138752000L); // 2006-02-01 UTC
        assertThat(report.get("account").get("equity").size()).isEqualTo(bars);
        assertThat(report.get("trades").size()).isEqualTo(run.get("summary").get("trades").asInt());
        assertThat(report.get("indicators").findValuesAsText("spec")).containsExactly("highest(high,20)", "lowest(low,10)");
        assertThat(report.get("config").get("cash").asDouble()).isEqualTo(50000);
        assertThat(report.get("request").get("strategy").asText()).isEqualTo("donchian-breakout");

        Http.Response html = http.get("/api/runs/" + id + "/report.html");
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).startsWith("<!doctype html>").doesNotContain("<script src").doesNotContain("<link rel=\"stylesheet\"");

        List<String> listed = http.get("/api/runs?strategy=donchian-breakout").json().findValuesAsText("id");
        assertThat(listed).contains(id);

        try (WebServer again = WebServer.start(options())) {
            Http other = new Http("http://127.0.0.1:" + again.port());
            assertThat(other.get("/api/runs?status=done").json().findValuesAsText("id")).contains(id);
            JsonNode stored = other.get("/api/runs/" + id + "/report").json();
            assertThat(stored.get("trades")).isEqualTo(report.get("trades"));
            assertThat(stored.get("account")).isEqualTo(report.get("account"));
            assertThat(stored.get("levels")).isEqualTo(report.get("levels"));
            assertThat(stored.get("indicators")).isEqualTo(report.get("indicators"));
            assertThat(stored.get("stats").get("orders_hash")).isEqualTo(report.get("stats").get("orders_hash"));
            JsonNode asked = report.get("request");
            JsonNode again2 = stored.get("request");
            for (String field : List.of("strategy", "data", "from", "to")) {
                assertThat(again2.get(field)).as(field).isEqualTo(asked.get(field));
            }
            assertThat(again2.get("settings").get("cash").asDouble()).isEqualTo(50000);
            assertThat(again2.get("settings").get("commission").get("percent").asDouble()).isEqualTo(0.05);
            assertThat(again2.get("params").get("entry").asText()).isEqualTo("20");
            assertThat(again2.get("params").get("riskPct").asText()).isEqualTo("1.0");
        }
    }

    @Test
    void aReportIsDrawnInAtMostTheAskedPointsAndCutToATimeWindow() throws Exception {
        Http.Response submitted = http.post("/api/runs", "{\"strategy\":\"sma-cross\",\"data\":\"2006-day-001.txt\"}");
        String id = submitted.json().get("id").asText();
        assertThat(await(http, id).get("status").asText()).isEqualTo("done");
        JsonNode whole = http.get("/api/runs/" + id + "/report").json();
        int bars = whole.get("bars").get("time").size();
        assertThat(whole.get("sampling").toString()).isEqualTo("{\"bars\":" + bars + ",\"from\":0,\"to\":" + bars + ",\"every\":1}");

        JsonNode merged = http.get("/api/runs/" + id + "/report?points=100").json();
        int every = (bars + 99) / 100;
        assertThat(merged.get("sampling").get("every").asInt()).isEqualTo(every);
        assertThat(merged.get("bars").get("time").size()).isEqualTo((bars + every - 1) / every);
        assertThat(merged.get("bars").get("close").get(0)).isEqualTo(whole.get("bars").get("close").get(every - 1));
        assertThat(merged.get("trades").size()).isEqualTo(whole.get("trades").size());
        assertThat(merged.get("stats")).isEqualTo(whole.get("stats"));

        JsonNode time = whole.get("bars").get("time");
        JsonNode window = http.get("/api/runs/" + id + "/report?from=" + time.get(10).asLong() + "&to=" + time.get(29).asLong()).json();
        assertThat(window.get("sampling").toString()).isEqualTo("{\"bars\":" + bars + ",\"from\":10,\"to\":30,\"every\":1}");
        assertThat(window.get("bars").get("time").get(0)).isEqualTo(time.get(10));
        assertThat(window.get("account").get("equity").get(19)).isEqualTo(whole.get("account").get("equity").get(29));

        assertError(http.get("/api/runs/" + id + "/report?points=5"), 400, "points: expected a whole number from 100 to 1000000, got 5");
        assertError(http.get("/api/runs/" + id + "/report?from=x"), 400, "from: expected a whole number, got 'x'");
        assertError(http.get("/api/runs/" + id + "/report?from=2&to=1"), 400, "from 2 is after to 1");
    }

    @Test
    void catalogDataIsListedAndRuns() {
        JsonNode listed = http.get("/api/data").json();
        assertThat(listed.findValuesAsText("id")).contains(DATA, "catalog:EUSTX:1d");
        JsonNode entry = http.get("/api/data/catalog:EUSTX:1d").json();
        assertThat(entry.get("source").asText()).isEqualTo("catalog");
        assertThat(entry.get("bars").asInt()).isEqualTo(255);
        assertThat(entry.get("gap_count").asInt()).isZero();

        Http.Response submitted = http.post("/api/runs", "{\"strategy\":\"sma-cross\",\"data\":\"catalog:EUSTX:1d\"}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        JsonNode run = await(http, submitted.json().get("id").asText());
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("done");
        JsonNode report = http.get("/api/runs/" + run.get("id").asText() + "/report").json();
        assertThat(report.get("run").get("symbol").asText()).isEqualTo("EUSTX");
        assertThat(report.get("bars").get("time").size()).isEqualTo(255);
    }

    @Test
    void aFailingStrategyReportsItsOwnLine() throws Exception {
        Files.writeString(folder.resolve("Boom.java"), """
                import dev.tradewind.strategy.*;

                public class Boom implements Strategy {
                    @Override public void onBar(Context ctx) {
                        if (ctx.barIndex() == 3) throw new IllegalStateException("bad bar");
                    }
                }
                """);
        server.reloadStrategies();
        Http.Response submitted = http.post("/api/runs", "{\"strategy\":\"Boom.java\",\"data\":\"" + DATA + "\"}");
        assertThat(submitted.status()).isEqualTo(202);
        JsonNode run = await(http, submitted.json().get("id").asText());
        assertThat(run.get("status").asText()).isEqualTo("failed");
        assertThat(run.get("error").asText()).isEqualTo("the run failed: IllegalStateException: bad bar at Boom.java:5");
        assertError(http.get("/api/runs/" + run.get("id").asText() + "/report"), 409,
                "run " + run.get("id").asText() + " failed: the run failed: IllegalStateException: bad bar at Boom.java:5");
    }

    private static void assertError(Http.Response r, int status, String message) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.json().get("error").asText()).isEqualTo(message);
    }
}
