package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Run again" on a run recorded by the CLI reproduces it exactly: the demo's futures run (tick 0.001, lot 0.1, margin
 * 10%, 0.04% commission, 1 bps slippage) is recorded as {@code tradewind backtest} records it, then submitted again
 * through the API with the request its view carries (what the Run again button sends), and must give the same orders
 * hash, with every setting of its config.json, including those the form has no input for.
 */
class RunAgainTest {
    static final Path HOME = CliRuns.HOME;
    static final String DEMO_DATA = CliRuns.DEMO_DATA;

    @TempDir static Path folder;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(WebServer.Options.defaults(HOME).withPort(0)
                .withStore(true, folder.resolve("runs.db").toString()).withCatalog(folder.resolve("catalog")));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** What the Run again button does: the run's request, parameters limited to the strategy's schema, posted. */
    static JsonNode runAgain(String id) {
        JsonNode request = http.get("/api/runs/" + id).json().get("request");
        assertThat(request).as("run " + id + " offers a request to run it again").isNotNull();
        assertThat(request.isNull()).isFalse();
        Http.Response submitted = http.post("/api/runs", request.toString());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        JsonNode done = WebApiTest.await(http, submitted.json().get("id").asText());
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("done");
        return done;
    }

    @Test
    void theDemoFuturesRunComesBackWithTheSameOrdersHash() throws Exception {
        CliRuns.Recorded recorded0 = CliRuns.record(folder.resolve("runs.db"), CliRuns.demo(n -> {}));
        Backtester.Outcome cli = recorded0.outcome();
        String id = recorded0.id();
        assertThat(cli.results().get("trades")).isNotEqualTo(0);

        JsonNode request = http.get("/api/runs/" + id).json().get("request");
        JsonNode settings = request.get("settings");
        assertThat(settings.get("instrument").get("kind").asText()).isEqualTo("future");
        assertThat(settings.get("instrument").get("lot").asDouble()).isEqualTo(0.1);
        assertThat(settings.get("instrument").get("tick").asDouble()).isEqualTo(0.001);
        assertThat(settings.get("instrument").get("margin").asDouble()).isEqualTo(0.1);
        assertThat(settings.get("commission").get("percent").asDouble()).isEqualTo(0.04);
        assertThat(settings.get("slippage_bps").asDouble()).isEqualTo(1);
        assertThat(request.get("data").asText()).isEqualTo(DEMO_DATA);

        JsonNode again = runAgain(id);
        assertThat(again.get("summary").get("orders_hash").asText()).isEqualTo(cli.results().get("orders_hash"));
        assertThat(again.get("summary").get("final_equity").asDouble()).isEqualTo(((Number) cli.results().get("final_equity")).doubleValue());
        JsonNode config = http.get("/api/runs/" + again.get("id").asText() + "/report").json().get("config");
        JsonNode recorded = Json.MAPPER.valueToTree(cli.config());
        for (String field : RunSettings.SPECS.stream().map(RunSettings.Spec::key).toList()) {
            assertThat(same(at(config, field), at(recorded, field))).as(field + ": " + at(config, field) + " vs " + at(recorded, field)).isTrue();
        }
    }

    @Test
    void everyOtherSettingOfTheRecordedRunIsCarriedThrough() throws Exception {
        CliRuns.Recorded run = CliRuns.record(folder.resolve("runs.db"), CliRuns.demo(n -> {
            n.putArray("factors").add(7).add(21);
            n.put("symbol", "FIL-PERP");
            n.with("commission").put("maker_percent", 0.02).put("per_unit", 0.001);
            n.with("instrument").put("min_notional", 5.0);
            n.with("rules").put("funding_rate", 0.0001).put("latency_bars", 1).put("same_bar", "nearest-to-open");
        }));
        Backtester.Outcome cli = run.outcome();
        String id = run.id();
        JsonNode again = runAgain(id);
        assertThat(again.get("summary").get("orders_hash").asText()).isEqualTo(cli.results().get("orders_hash"));
        assertThat(again.get("symbol").asText()).isEqualTo("FIL-PERP");
        JsonNode config = http.get("/api/runs/" + again.get("id").asText() + "/report").json().get("config");
        JsonNode recorded = Json.MAPPER.valueToTree(cli.config());
        for (String field : new String[] {"factors", "symbol", "commission", "instrument", "rules", "zone", "gaps", "fill"}) {
            assertThat(same(config.get(field), recorded.get(field))).as(field + ": " + config.get(field) + " vs " + recorded.get(field)).isTrue();
        }
        // Funding changes the result: the rerun did not silently fall back to the default rules.
        Backtester.Outcome plain = Backtester.run(CliRuns.demo(n -> {}), null);
        assertThat(plain.results().get("final_equity")).isNotEqualTo(cli.results().get("final_equity"));
    }

    /** Equal JSON, numbers compared by value (0 and 0.0 alike). */
    static boolean same(JsonNode a, JsonNode b) {
        return a.equals((x, y) -> x.isNumber() && y.isNumber() ? Double.compare(x.asDouble(), y.asDouble())
                : x.equals(y) ? 0 : 1, b);
    }

    private static JsonNode at(JsonNode root, String dotted) {
        JsonNode n = root;
        for (String part : dotted.split("\\.")) n = n == null ? null : n.get(part);
        return n == null ? com.fasterxml.jackson.databind.node.NullNode.instance : n; // config.json leaves an unset timeframe out
    }
}
