package dev.tradewind.cli.store;

import dev.tradewind.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.tradewind.runner.Json;
import dev.tradewind.store.RecordAndHang;
import dev.tradewind.store.StoreTarget;
import dev.tradewind.store.testing.Backend;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RunsCommandTest {
    static final String DAILY = "../sample-data/2006-day-001.txt";
    @TempDir Path tmp;

    static long backtest(String store, String strategy, String... more) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("backtest", "--data", DAILY, "--strategy", strategy, "--store", store));
        args.addAll(List.of(more));
        CliRun r = CliRun.of(args.toArray(String[]::new)).ok();
        String line = r.err().lines().filter(l -> l.startsWith("Recorded as run ")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'Recorded as run' line in: " + r.err()));
        return Long.parseLong(line.substring("Recorded as run ".length(), line.indexOf(' ', "Recorded as run ".length())));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyBacktestIsRecordedAndExportsAsTheBacktestWroteIt(Backend b) throws Exception {
        String store = b.location(tmp);
        Path out = tmp.resolve("out");
        long id = backtest(store, "sma-cross", "--param", "fast=1", "--param", "slow=15", "--param", "units=1",
                "--commission", "0.1%", "--out", out.toString());
        CliRun list = CliRun.of("runs", "list", "--store", store).ok();
        assertThat(list.out().lines().toList()).hasSize(2);
        assertThat(list.out()).contains(" completed ", "sma-cross", "fast=1 ", "slow=15");
        CliRun show = CliRun.of("runs", "show", Long.toString(id), "--store", store).ok();
        assertThat(show.out()).startsWith("Run " + id + " (completed)\n").containsPattern("mode\\s+backtest").contains("final_equity", "orders hash", "code",
                "tradewind ", "sqn_stdev", "margin_used").doesNotContain("returns"); // returns by period: too long for a row
        Path exported = tmp.resolve("exported");
        CliRun.of("runs", "export", Long.toString(id), "--store", store, "--out", exported.toString()).ok();
        for (String f : List.of("results.json", "config.json", "signals.csv", "ledger.csv")) {
            assertThat(Files.readString(exported.resolve(f))).as(f).isEqualTo(Files.readString(out.resolve(f)));
        }
        for (String f : List.of("orders.csv", "fills.csv", "equity.csv", "trades.csv")) sameColumns(exported.resolve(f), out.resolve(f));
        assertThat(Files.readAllLines(exported.resolve("order_events.csv")).get(0))
                .isEqualTo("seq,time,order_id,event,status,fill_id,quantity,reason");
        JsonNode run = Json.MAPPER.readTree(exported.resolve("run.json").toFile());
        assertThat(run.get("status").asText()).isEqualTo("completed");
        assertThat(run.get("rows").get("orders").asLong()).isEqualTo(Files.readAllLines(out.resolve("orders.csv")).size() - 1);

        CliRun again = CliRun.of("backtest", "--config", exported.resolve("config.json").toString(), "--store", store, "--json", "-q").ok();
        JsonNode first = Json.MAPPER.readTree(out.resolve("results.json").toFile());
        assertThat(Json.MAPPER.readTree(again.out()).get("orders_hash")).isEqualTo(first.get("orders_hash"));
        assertThat(CliRun.of("runs", "list", "--store", store).ok().out().lines().toList()).hasSize(3);
    }

    /** Every column the export shares with the backtest's file has the same values, row by row. */
    static void sameColumns(Path exported, Path written) throws IOException {
        List<NamedCsvRecord> a, b;
        try (var r = CsvReader.builder().ofNamedCsvRecord(exported)) {
            a = r.stream().toList();
        }
        try (var r = CsvReader.builder().ofNamedCsvRecord(written)) {
            b = r.stream().toList();
        }
        assertThat(a).as(exported.getFileName().toString()).hasSameSizeAs(b);
        List<String> shared = Files.readAllLines(exported).get(0).lines().flatMap(l -> List.of(l.split(",")).stream())
                .filter(c -> Files.exists(written) && header(written).contains(c)).toList();
        assertThat(shared).as(exported.getFileName() + " shares columns").isNotEmpty();
        for (int i = 0; i < a.size(); i++) {
            for (String c : shared) assertThat(a.get(i).getField(c)).as(exported.getFileName() + " row " + i + " " + c)
                    .isEqualTo(b.get(i).getField(c));
        }
    }

    private static List<String> header(Path f) {
        try {
            return List.of(Files.readAllLines(f).get(0).split(","));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void listFiltersAndCompareShowsStatisticsSideBySide(Backend b) throws Exception {
        String store = b.location(tmp);
        long a = backtest(store, "sma-cross", "--param", "fast=1", "--param", "slow=15", "-q");
        long c = backtest(store, "sma-cross", "--param", "fast=3", "--param", "slow=20", "-q");
        long r = backtest(store, "rsi-reversion", "-q");
        CliRun bad = CliRun.of("backtest", "--data", DAILY, "--strategy", "sma-cross", "--param", "fast=0", "--store", store, "-q");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("error: parameter 'fast': expected an integer between 1 and 1000, got '0'");

        assertThat(ids(CliRun.of("runs", "list", "--store", store, "--strategy", "sma-cross").ok().out())).hasSize(3);
        assertThat(ids(CliRun.of("runs", "list", "--store", store, "--status", "completed").ok().out()))
                .containsExactly(r, c, a);
        CliRun failed = CliRun.of("runs", "list", "--store", store, "--status", "failed").ok();
        assertThat(failed.out()).contains(" failed ", "fast=0");
        assertThat(ids(CliRun.of("runs", "list", "--store", store, "--limit", "2").ok().out())).hasSize(2);
        assertThat(CliRun.of("runs", "list", "--store", store, "--from", "2200-01-01").ok().out()).startsWith("No runs in ")
                .endsWith(" match.\n");
        assertThat(ids(CliRun.of("runs", "list", "--store", store, "--from", "2000-01-01", "--to", "2200-01-01").ok().out()))
                .hasSize(4);
        JsonNode json = Json.MAPPER.readTree(CliRun.of("runs", "list", "--store", store, "--json").ok().out());
        assertThat(json).hasSize(4);
        assertThat(json.get(0).get("status").asText()).isEqualTo("failed");

        CliRun cmp = CliRun.of("runs", "compare", Long.toString(a), Long.toString(c), Long.toString(r), "--store", store).ok();
        List<String> lines = cmp.out().lines().toList();
        assertThat(lines.get(0)).matches("run\\s+" + a + "\\s+" + c + "\\s+" + r);
        assertThat(lines).anyMatch(l -> l.matches("\\s+fast\\s+1\\s+3\\s*.*"));
        assertThat(lines).anyMatch(l -> l.startsWith("sharpe ")).anyMatch(l -> l.startsWith("total_return "))
                .anyMatch(l -> l.startsWith("orders_hash "));
        CliRun missing = CliRun.of("runs", "compare", Long.toString(a), "999", "--store", store);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: store ").endsWith(": no run 999\n").hasLineCount(1);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void deleteRemovesARun(Backend b) throws Exception {
        String store = b.location(tmp);
        long keep = backtest(store, "sma-cross", "-q");
        long gone = backtest(store, "rsi-reversion", "-q");
        assertThat(CliRun.of("runs", "delete", Long.toString(gone), "--store", store).ok().out())
                .isEqualTo("Deleted run " + gone + " (rsi-reversion, completed)\n");
        assertThat(ids(CliRun.of("runs", "list", "--store", store).ok().out())).containsExactly(keep);
        CliRun again = CliRun.of("runs", "show", Long.toString(gone), "--store", store);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("error: store " + StoreTarget.parse(store).display() + ": no run " + gone + "\n");
        assertThat(CliRun.of("runs", "delete", Long.toString(gone), "--store", store).code()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aKilledRunIsShownIncompleteNeverCompleted(Backend b) throws Exception {
        String store = b.location(tmp);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), RecordAndHang.class.getName(), store)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String id;
        try {
            id = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine().strip();
            assertThat(CliRun.of("runs", "list", "--store", store).ok().out()).contains(" running ");
            CliRun refused = CliRun.of("runs", "delete", id, "--store", store);
            assertThat(refused.code()).isEqualTo(2);
            assertThat(refused.err()).contains("is still running").hasLineCount(1);
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        String shown = "";
        for (int i = 0; i < 100 && !shown.contains("incomplete"); i++) {
            shown = CliRun.of("runs", "list", "--store", store, "--status", "incomplete").ok().out();
            if (!shown.contains("incomplete")) Thread.sleep(100);
        }
        assertThat(ids(shown)).containsExactly(Long.parseLong(id));
        assertThat(CliRun.of("runs", "show", id, "--store", store).ok().out()).startsWith("Run " + id + " (incomplete)");
        assertThat(CliRun.of("runs", "list", "--store", store, "--status", "completed").ok().out()).startsWith("No runs");
        assertThat(CliRun.of("runs", "delete", id, "--store", store).ok().out()).contains("incomplete");
    }

    @Test
    void aReaderListsWhileAWriterHoldsTheStore() throws Exception {
        String store = tmp.resolve("runs.db").toString();
        long done = backtest(store, "sma-cross", "-q");
        StoreTarget t = StoreTarget.parse(store);
        try (Connection writer = dev.tradewind.store.RunStore.dataSource(t).getConnection()) {
            try (var s = writer.createStatement()) {
                s.execute("BEGIN IMMEDIATE"); // SQLite's write lock, as a recording in progress holds it
                s.execute("INSERT INTO runs (strategy, parameters, code_version, started_ns, status, host, pid) "
                        + "VALUES ('in-flight', '{}', 'x', 1, 'running', 'h', 1)");
            }
            ExecutorService reader = Executors.newSingleThreadExecutor();
            try {
                Future<CliRun> list = reader.submit(() -> CliRun.of("runs", "list", "--store", store));
                CliRun r = list.get(20, TimeUnit.SECONDS); // a blocked reader would wait out the 60 s busy timeout
                assertThat(r.code()).isZero();
                assertThat(ids(r.out())).containsExactly(done);
            } finally {
                reader.shutdownNow();
            }
            try (var s = writer.createStatement()) {
                s.execute("COMMIT");
            }
        }
        assertThat(CliRun.of("runs", "list", "--store", store).ok().out()).contains("in-flight");
    }

    @Test
    void storeFaultsAreOneLineWithExitCode2() throws Exception {
        Path corrupt = tmp.resolve("corrupt.db");
        Files.writeString(corrupt, "not a database at all, just some text that is long enough to be a header".repeat(100));
        CliRun bt = CliRun.of("backtest", "--data", DAILY, "--strategy", "sma-cross", "--store", corrupt.toString(), "-q");
        assertThat(bt.code()).isEqualTo(2);
        assertThat(bt.err()).isEqualTo("error: store " + corrupt + ": cannot open: not an SQLite database (the file is corrupt "
                + "or another kind of file); move it away or use --store for another store (--no-store runs without recording)\n");
        assertThat(bt.out()).isEmpty();
        CliRun list = CliRun.of("runs", "list", "--store", corrupt.toString());
        assertThat(list.code()).isEqualTo(2);
        assertThat(list.err()).hasLineCount(1).contains("not an SQLite database");

        int port;
        try (var s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRun pg = CliRun.of("runs", "list", "--store", "jdbc:postgresql://127.0.0.1:" + port + "/runs?user=x");
        assertThat(pg.code()).isEqualTo(2);
        assertThat(pg.err()).startsWith("error: store jdbc:postgresql://127.0.0.1:" + port + "/runs?user=x: cannot open: "
                + "cannot connect to PostgreSQL: Connection to 127.0.0.1:" + port + " refused").hasLineCount(1);

        Path none = tmp.resolve("none.db");
        CliRun missing = CliRun.of("runs", "list", "--store", none.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: store " + none + ": no run store there").hasLineCount(1);
        assertThat(none).doesNotExist();

        CliRun noStore = CliRun.of("backtest", "--data", DAILY, "--strategy", "sma-cross", "--store", none.toString(), "--no-store", "-q");
        assertThat(noStore.code()).isZero();
        assertThat(none).doesNotExist();
        CliRun badStatus = CliRun.of("runs", "list", "--store", none.toString(), "--status", "done");
        assertThat(badStatus.code()).isEqualTo(2);
        assertThat(badStatus.err()).isEqualTo("error: --status: expected running, completed, failed, incomplete or stopped, got 'done'\n");
    }

    static List<Long> ids(String listing) {
        return listing.lines().skip(1).filter(l -> !l.isBlank()).map(l -> Long.parseLong(l.strip().split("\\s+")[0])).toList();
    }
}
