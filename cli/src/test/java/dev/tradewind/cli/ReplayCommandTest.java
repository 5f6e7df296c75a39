package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Fill;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.model.Side;
import dev.tradewind.runner.Json;
import dev.tradewind.store.RunStart;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoredRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tradewind replay} on a real paper run recorded against the fake Binance on 127.0.0.1 (600 FIL/USDT perpetual 1m
 * klines of 2023-08-01): the run replays to no difference at all; a copy of its store with one fill's price, time and
 * fee altered and its last filled order removed reports exactly those differences; bad input is one line, exit code 2.
 */
class ReplayCommandTest {
    @TempDir static Path tmp;
    static PaperRecording paper;

    static Path store() { return paper.store(); }

    static String catalog() { return paper.catalog().toString(); }

    @BeforeAll
    static void record() { paper = PaperRecording.record(tmp); }

    @AfterAll
    static void stop() { paper.close(); }

    static CliRun replay(Path db, String... more) {
        List<String> a = new java.util.ArrayList<>(List.of("replay", "1", "--store", db.toString(), "--catalog", catalog()));
        a.addAll(List.of(more));
        return CliRun.of(a.toArray(String[]::new));
    }

    @Test
    void aPaperRunWithoutSlippageReplaysToNoDifference() throws Exception {
        List<Fill> fills;
        try (RunStore s = RunStore.open(store().toString())) {
            fills = s.fills(1);
        }
        assertThat(fills).hasSizeGreaterThan(4);
        Path out = tmp.resolve("same");
        CliRun r = replay(store(), "--out", out.toString()).ok();
        assertThat(r.out()).startsWith("Run 1 (sma-cross, paper:binance:future:FILUSDT:1m) replayed as a backtest over 600 bars")
                .contains("fills     " + fills.size() + " live, " + fills.size() + " backtest: " + fills.size()
                        + " matched, 0 only live, 0 only backtest")
                .contains("slippage  0.0000 paid vs the model").contains("latency   mean 0.0 ms, max 0.0 ms")
                .contains("gap 0.00 (largest 0.00)");
        JsonNode s = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
        assertThat(s.get("run").asLong()).isEqualTo(1);
        assertThat(s.get("fills").get("matched").asInt()).isEqualTo(fills.size());
        assertThat(s.get("orders").get("only_live").asInt() + s.get("orders").get("only_backtest").asInt()).isZero();
        assertThat(s.get("fills").get("only_live").asInt() + s.get("fills").get("only_backtest").asInt()).isZero();
        for (String zero : List.of("slippage/total", "slippage/per_fill", "slippage/bps_per_fill", "latency/mean_ms",
                "latency/max_ms", "fees/difference", "equity/final_gap", "equity/max_gap")) {
            assertThat(s.at("/" + zero).isDouble()).as(zero).isTrue();
            assertThat(s.at("/" + zero).asDouble()).as(zero).isZero();
        }
        assertThat(s.get("equity").get("bars").asInt()).isEqualTo(600);
        List<String> lines = Files.readAllLines(out.resolve("fills.csv"));
        assertThat(lines).hasSize(fills.size() + 1);
        assertThat(lines.get(0)).startsWith("presence,live_order,backtest_order,side,live_time,backtest_time,latency_ms,");
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.startsWith("both,")).allMatch(l -> l.endsWith(",0"));
        assertThat(Files.readAllLines(out.resolve("equity.csv"))).hasSize(601).element(1).asString().endsWith(",0");
        assertThat(out.resolve("orders.csv")).exists();
        assertThat(out.resolve("INCOMPLETE")).doesNotExist();

        JsonNode json = Json.MAPPER.readTree(replay(store(), "--json").ok().out());
        assertThat(json.get("fills").get("matched").asInt()).isEqualTo(fills.size());
    }

    @Test
    void alteredFillsAndAMissingOrderAreReportedExactly() throws Exception {
        Path copy = tmp.resolve("altered.db");
        Files.copy(store(), copy);
        for (String side : List.of("-wal", "-shm")) {
            if (Files.exists(Path.of(store() + side))) Files.copy(Path.of(store() + side), Path.of(copy + side));
        }
        List<Fill> fills;
        List<OrderRecord> orders;
        try (RunStore s = RunStore.open(copy.toString())) {
            fills = s.fills(1);
            orders = s.orders(1);
        }
        Fill altered = fills.get(2);
        OrderRecord removed = orders.stream().filter(o -> o.status() == OrderStatus.FILLED).reduce((a, b) -> b).orElseThrow();
        List<Fill> removedFills = fills.stream().filter(f -> f.orderId() == removed.order().id()).toList();
        assertThat(removed.order().id()).isNotEqualTo(altered.orderId());
        StoredRows.rewrite(copy.toString(), 1, r -> new BacktestResult(r.params(), r.warmup(),
                r.orders().stream().filter(o -> o.order().id() != removed.order().id()).toList(), r.events(),
                r.fills().stream().filter(f -> f.orderId() != removed.order().id())
                        .map(f -> f.id() != altered.id() ? f : new Fill(f.id(), f.orderId(), f.time() + 1_500_000_000L,
                                f.symbol(), f.side(), f.quantity(), f.price() + 0.005, f.fee() + 0.25, f.liquidity()))
                        .toList(),
                r.trades(), r.time(), r.equity(), r.cash(), r.position(), r.marginUsed(), r.startingCash(), r.openTradePnl(),
                r.unrealizedPnl(), r.fees(), r.log(), r.signals(), r.ledger(), r.notes()));
        Path out = tmp.resolve("altered");
        CliRun r = replay(copy, "--out", out.toString()).ok();
        int n = fills.size() - removedFills.size(); // matched
        double diff = (altered.price() + 0.005) - altered.price();
        double sign = altered.side() == Side.BUY ? 1 : -1;
        JsonNode s = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
        assertThat(s.get("orders").get("only_backtest").asInt()).isEqualTo(1);
        assertThat(s.get("orders").get("only_live").asInt()).isZero();
        assertThat(s.get("orders").get("matched").asInt()).isEqualTo(orders.size() - 1);
        assertThat(s.get("fills").get("matched").asInt()).isEqualTo(n);
        assertThat(s.get("fills").get("only_backtest").asInt()).isEqualTo(removedFills.size());
        assertThat(s.get("fills").get("only_live").asInt()).isZero();
        assertThat(s.get("slippage").get("total").asDouble()).isEqualTo(sign * diff * altered.quantity());
        assertThat(s.get("slippage").get("per_fill").asDouble()).isEqualTo(sign * diff * altered.quantity() / n);
        assertThat(s.get("slippage").get("bps_per_fill").asDouble()).isEqualTo(sign * diff / altered.price() * 10_000 / n);
        assertThat(s.get("latency").get("mean_ms").asDouble()).isEqualTo(1500.0 / n);
        assertThat(s.get("latency").get("max_ms").asDouble()).isEqualTo(1500.0);
        double removedFees = removedFills.stream().mapToDouble(Fill::fee).sum();
        assertThat(s.get("fees").get("difference").asDouble()).isCloseTo(0.25 - removedFees, within(1e-9));
        assertThat(s.get("equity").get("final_gap").asDouble()).isZero(); // the stored equity was left as it was
        assertThat(r.out()).contains("orders    " + (orders.size() - 1) + " live, " + orders.size() + " backtest: "
                + (orders.size() - 1) + " matched, 0 only live, 1 only backtest").contains("latency   mean "
                + String.format(java.util.Locale.ROOT, "%.1f", 1500.0 / n) + " ms, max 1500.0 ms");

        List<Map<String, String>> rows = csv(out.resolve("fills.csv"));
        assertThat(rows).hasSize(fills.size());
        Map<String, String> row = rows.stream().filter(m -> m.get("live_order").equals(Long.toString(altered.orderId()))
                && m.get("backtest_time").equals(dev.tradewind.model.Times.format(altered.time()))).findFirst().orElseThrow();
        assertThat(row.get("presence")).isEqualTo("both");
        assertThat(Double.parseDouble(row.get("price_diff"))).isEqualTo(diff);
        assertThat(Double.parseDouble(row.get("latency_ms"))).isEqualTo(1500.0);
        assertThat(Double.parseDouble(row.get("fee_diff"))).isEqualTo((altered.fee() + 0.25) - altered.fee());
        assertThat(Double.parseDouble(row.get("quantity_diff"))).isZero();
        assertThat(rows.stream().filter(m -> m.get("presence").equals("backtest only")).map(m -> m.get("backtest_order")))
                .containsOnly(Long.toString(removed.order().id())).hasSize(removedFills.size());
        assertThat(rows.stream().filter(m -> m.get("presence").equals("both") && m != row))
                .allMatch(m -> Double.parseDouble(m.get("price_diff")) == 0 && Double.parseDouble(m.get("latency_ms")) == 0);
        List<Map<String, String>> orderRows = csv(out.resolve("orders.csv"));
        assertThat(orderRows.stream().filter(m -> m.get("presence").equals("backtest only")).map(m -> m.get("backtest_id")))
                .containsExactly(Long.toString(removed.order().id()));
    }

    private static List<Map<String, String>> csv(Path file) throws Exception {
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().ofNamedCsvRecord(file)) {
            return reader.stream().map(r -> r.getFieldsAsMap()).toList();
        }
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws Exception {
        Path db = tmp.resolve("bad.db");
        Files.copy(store(), db);
        CliRun.of("backtest", "--data", Subprocess.ROOT.resolve("sample-data/FILUSDT-1m-2023-08.csv.gz").toString(), "--strategy",
                "sma-cross", "--to", "2023-08-02", "--store", db.toString(), "-q").ok();
        try (RunStore s = RunStore.open(db.toString())) {
            s.begin(new RunStart("sma-cross", "FILUSDT", "paper:binance:future:FILUSDT:1m", Map.of(), s.get(1).config(), "test")).close();
        }
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        cases.put("error: run 9: no such run in ", List.of("replay", "9"));
        cases.put("error: run 2 is a backtest (data " + Subprocess.ROOT.resolve("sample-data/FILUSDT-1m-2023-08.csv.gz")
                + "): replay compares a paper or live run with the backtest of the bars it saw", List.of("replay", "2"));
        cases.put("error: run 3 recorded no bars: nothing to replay", List.of("replay", "3"));
        cases.put("error: run 1: cannot read the bars it saw: catalog " + tmp.resolve("empty") + ": no FILUSDT 1m bars", List.of("replay", "1", "--catalog", tmp.resolve("empty").toString()));
        for (Map.Entry<String, List<String>> e : cases.entrySet()) {
            List<String> a = new java.util.ArrayList<>(e.getValue());
            a.addAll(List.of("--store", db.toString()));
            if (!a.contains("--catalog")) a.addAll(List.of("--catalog", catalog()));
            CliRun r = CliRun.of(a.toArray(String[]::new));
            assertThat(r.code()).as(e.getKey()).isEqualTo(2);
            assertThat(r.err()).as(e.getKey()).startsWith(e.getKey()).hasLineCount(1);
        }
        CliRun missing = CliRun.of("replay", "1", "--store", tmp.resolve("none.db").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: ").hasLineCount(1);
    }
}
