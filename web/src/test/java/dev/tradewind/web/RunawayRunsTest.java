package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that do not end by themselves: cancel takes effect within a second, a run over its time limit is stopped, and a
 * strategy that ignores the stop is reported and its worker replaced, so later runs still run. Two workers.
 */
class RunawayRunsTest {
    static final Path HOME = Path.of(System.getProperty("tradewind.home", ".."));
    static final String FIL = "FILUSDT-1m-2023-08.csv.gz";
    @TempDir static Path folder;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        // ignores interruption and never returns to the engine; gives up after 20 s so the test JVM gets its CPU back
        Files.createDirectories(folder.resolve("spinning"));
        Files.writeString(folder.resolve("Spin.java"), """
                import dev.tradewind.strategy.*;
                public class Spin implements Strategy {
                    @Override public void onBar(Context ctx) {
                        long end = System.nanoTime() + 20_000_000_000L;
                        while (System.nanoTime() < end) { Thread.interrupted(); }
                    }
                    @Override public void onStart(Context ctx) {
                        try { java.nio.file.Files.createTempFile(java.nio.file.Path.of("DIR"), "run", ""); } catch (Exception e) {}
                    }
                }
                """.replace("DIR", folder.resolve("spinning").toString()));
        // slow but well-behaved: 100 µs a bar (the engine offers a stop every 4,096 bars: 0.4 s), the month about 4.5 s
        Files.writeString(folder.resolve("Slow.java"), """
                import dev.tradewind.strategy.*;
                public class Slow implements Strategy {
                    @Override public void onBar(Context ctx) {
                        long end = System.nanoTime() + 100_000L;
                        while (System.nanoTime() < end) { Thread.onSpinWait(); }
                    }
                }
                """);
        System.setProperty(Runs.TIME_LIMIT_PROPERTY, "8");
        try {
            server = WebServer.start(WebServer.Options.defaults(HOME).withPort(0).withStrategies(folder).withStore(false, null));
        } finally {
            System.clearProperty(Runs.TIME_LIMIT_PROPERTY);
        }
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String submit(String strategy, String data) {
        Http.Response r = http.post("/api/runs", "{\"strategy\":\"" + strategy + "\",\"data\":\"" + data + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json().get("id").asText();
    }

    private static JsonNode awaitStatus(String id, String status, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        JsonNode run = http.get("/api/runs/" + id).json();
        while (!run.get("status").asText().equals(status) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(20_000_000);
            run = http.get("/api/runs/" + id).json();
        }
        return run;
    }

    private static long spinning() {
        try (var started = Files.list(folder.resolve("spinning"))) {
            return started.count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anInfiniteNumberIsABadRequest() {
        Http.Response r = http.post("/api/runs", "{\"strategy\":\"sma-cross\",\"data\":\"" + FIL + "\",\"cash\":1e309}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("cash: expected a number between 1 and 1000000000000000, got \"Infinity\"");
    }

    @Test
    void cancelStopsAWellBehavedRunWithinASecond() {
        String id = submit("Slow.java", FIL);
        assertThat(awaitStatus(id, "running", 30).get("status").asText()).isEqualTo("running");
        LockSupport.parkNanos(300_000_000);
        long asked = System.nanoTime();
        http.post("/api/runs/" + id + "/cancel", "{}");
        JsonNode run = awaitStatus(id, "cancelled", 5);
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("cancelled");
        double took = (System.nanoTime() - asked) / 1e9;
        assertThat(run.get("status").asText()).isEqualTo("cancelled");
        assertThat(run.get("error").isNull()).as("stopped by itself, not given up on").isTrue();
        assertThat(took).isLessThan(1.0);
    }

    @Test
    void strategiesThatIgnoreStopsAreReportedAndTheirWorkersReplaced() {
        // both workers taken by spinning strategies: one cancelled, one left to its time limit
        String cancelled = submit("Spin.java", FIL);
        String limited = submit("Spin.java", FIL);
        String after = submit("sma-cross", FIL);
        long wait = System.nanoTime() + 60_000_000_000L;
        while (spinning() < 2 && System.nanoTime() < wait) LockSupport.parkNanos(20_000_000); // both in onBar
        LockSupport.parkNanos(200_000_000);
        long asked = System.nanoTime();
        Http.Response cr = http.post("/api/runs/" + cancelled + "/cancel", "{}");
        assertThat(cr.status()).as(cr.body()).isEqualTo(200);
        JsonNode c = awaitStatus(cancelled, "cancelled", 5);
        assertThat(c.get("status").asText()).as(c.toString()).isEqualTo("cancelled");
        assertThat((System.nanoTime() - asked) / 1e9).isLessThan(1.5);
        assertThat(c.get("status").asText()).isEqualTo("cancelled");
        assertThat(c.get("error").asText()).startsWith("cancelled; the strategy did not stop when asked (at Spin.java:5)")
                .endsWith("its thread was left running and another worker took its place");

        JsonNode l = awaitStatus(limited, "failed", 20);
        assertThat(l.get("status").asText()).isEqualTo("failed");
        assertThat(l.get("error").asText()).startsWith("stopped after the time limit of 8 s; the strategy did not stop when asked");

        JsonNode done = awaitStatus(after, "done", 30);
        assertThat(done.get("status").asText()).as("a later run still runs").isEqualTo("done");
    }
}
