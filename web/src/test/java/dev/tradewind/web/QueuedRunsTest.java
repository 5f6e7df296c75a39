package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A queued run holds no store connection: a long queue neither exhausts the database nor the process's files. */
class QueuedRunsTest {
    static final Path HOME = Path.of(System.getProperty("tradewind.home", ".."));
    @TempDir Path folder;

    /** Files of the store this process has open (each SQLite connection opens the database and its WAL). */
    private long storeFiles() throws IOException {
        long n = 0;
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    if (Files.readSymbolicLink(fd).toString().startsWith(folder.resolve("runs.db").toString())) n++;
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        return n;
    }

    @Test
    void queuedRunsTakeTheirConnectionWhenTheyStart() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc");
        Files.writeString(folder.resolve("Slow.java"), """
                import dev.tradewind.strategy.*;
                public class Slow implements Strategy {
                    @Override public void onBar(Context ctx) {
                        long end = System.nanoTime() + 200_000L;
                        while (System.nanoTime() < end) { Thread.onSpinWait(); }
                    }
                }
                """);
        try (WebServer server = WebServer.start(WebServer.Options.defaults(HOME).withPort(0).withStrategies(folder)
                .withStore(true, folder.resolve("runs.db").toString()))) {
            Http http = new Http("http://127.0.0.1:" + server.port());
            List<String> busy = new ArrayList<>();
            for (int i = 0; i < 2; i++) { // both workers busy for several seconds
                busy.add(http.post("/api/runs", "{\"strategy\":\"Slow.java\",\"data\":\"FILUSDT-1m-2023-08.csv.gz\"}").json().get("id").asText());
            }
            for (String id : busy) {
                while (!http.get("/api/runs/" + id).json().get("status").asText().equals("running")) LockSupport.parkNanos(20_000_000);
            }
            long before = storeFiles();
            List<String> queued = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                queued.add(http.post("/api/runs", "{\"strategy\":\"sma-cross\",\"data\":\"2006-day-001.txt\"}").json().get("id").asText());
            }
            long after = storeFiles();
            assertThat(http.get("/api/runs/" + queued.get(29)).json().get("status").asText()).isEqualTo("queued");
            assertThat(after - before).as("store files opened by 30 queued runs").isLessThan(4);
            for (String id : busy) http.post("/api/runs/" + id + "/cancel", "{}");
            for (String id : queued) {
                JsonNode run = WebApiTest.await(http, id);
                assertThat(run.get("status").asText()).isEqualTo("done");
                assertThat(run.get("note").isNull()).as(run.toString()).isTrue();
                assertThat(id).as("the store's id").matches("\\d+");
            }
        }
    }
}
