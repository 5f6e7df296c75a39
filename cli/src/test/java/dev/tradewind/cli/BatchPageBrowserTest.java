package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradewind.runner.Json;
import dev.tradewind.web.Browser;
import dev.tradewind.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web UI's Batches page on a real batch and weighting made by the CLI (part of examples/research/run: batch in
 * sample, binary winners by Sortino): the table lists every member with its weight and statistics, sorts by a column
 * click, and opens a member's report, a backtest of that member alone whose trades are the batch's trades of it.
 */
class BatchPageBrowserTest {
    @TempDir static Path tmp;
    static Browser browser;
    static WebServer server;
    static Path config;
    static JsonNode results;

    @BeforeAll
    static void start() throws Exception {
        ObjectNode crypto = (ObjectNode) Json.MAPPER.readTree(Subprocess.ROOT.resolve("examples/research/crypto.json").toFile());
        ArrayNode kept = Json.MAPPER.createArrayNode();
        for (JsonNode m : crypto.get("strategies")) {
            String id = m.get("id").asText();
            if (id.endsWith("/FILUSDT/15m") || id.endsWith("/FILUSDT/1h")) {
                ObjectNode copy = m.deepCopy();
                copy.put("data", Subprocess.ROOT.resolve(m.get("data").asText()).toString());
                kept.add(copy);
            }
        }
        crypto.set("strategies", kept);
        config = tmp.resolve("candidates.json");
        Files.writeString(config, Json.pretty(crypto));
        Path loop = tmp.resolve("out/loop");
        CliRun.of("batch", "--config", config.toString(), "--to", "2023-08-21", "--out", loop.resolve("batch").toString(), "-q").ok();
        CliRun.of("weight", loop.resolve("batch/trades.csv").toString(), "--method", "binary", "--metric", "sortino",
                "--config", config.toString(), "--out", loop.resolve("winners").toString()).ok();
        assertThat(loop.resolve("batch/batch.json")).exists();
        results = Json.MAPPER.readTree(loop.resolve("winners/results.json").toFile());
        browser = Browser.start();
        server = WebServer.start(WebServer.Options.defaults(Subprocess.ROOT).withPort(0).withStore(true, tmp.resolve("runs.db").toString())
                .withCatalog(tmp.resolve("no-catalog")).withBatches(tmp.resolve("out")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    private static List<String> order() {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) browser.js(
                "return [...document.querySelectorAll('#batch-table tbody tr')].map(r => r.dataset.member);");
        return names;
    }

    private static List<String> expected(String stat, boolean descending) {
        List<JsonNode> members = new ArrayList<>();
        results.get("strategies").forEach(members::add);
        Comparator<JsonNode> by = Comparator.comparingDouble(m -> m.get(stat).asDouble());
        members.sort(descending ? by.reversed() : by); // stable: ties keep the weighting's order, as Array.sort does
        return members.stream().map(m -> m.get("name").asText()).toList();
    }

    private static void sortBy(String key, String direction) {
        browser.driver.findElement(By.cssSelector("#batch-table th[data-sort='" + key + "']")).click();
        browser.wait.until(d -> (key + ":" + direction).equals(browser.js("return document.querySelector('#batch-table').dataset.sort;")));
    }

    @Test
    void theTableListsTheWeightsSortsAndOpensAMembersReport() throws Exception {
        browser.driver.get(server.url() + "#/batches");
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#batches-table tr[data-batch='loop/winners'] a"))).click();
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#batch-table tbody tr"), results.get("strategies").size()));
        browser.screenshot("batch-01-table");

        // the weights: the winners first (sorted by weight), each with the weighting's share
        int winners = 0;
        for (JsonNode m : results.get("strategies")) if (m.get("weight").asDouble() > 0) winners++;
        assertThat(winners).as("some candidates win and some lose in sample").isBetween(1, results.get("strategies").size() - 1);
        assertThat(browser.driver.findElements(By.cssSelector("#batch-table tbody tr.weighted"))).hasSize(winners);
        assertThat(order()).isEqualTo(expected("weight", true));
        for (JsonNode m : results.get("strategies")) {
            String cell = (String) browser.js("return document.querySelector(`#batch-table tr[data-member='${arguments[0]}'] td[data-col=weight]`).textContent;",
                    m.get("name").asText());
            assertThat(cell).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f%%", m.get("weight").asDouble() * 100));
        }

        sortBy("sortino", "desc");
        assertThat(order()).isEqualTo(expected("sortino", true));
        sortBy("sortino", "asc");
        assertThat(order()).isEqualTo(expected("sortino", false));
        sortBy("trades", "desc");
        assertThat(order()).isEqualTo(expected("trades", true));
        browser.screenshot("batch-02-sorted-by-trades");

        // open the report of the member with the most trades: a backtest of it alone over the batch's window
        String member = order().get(0);
        browser.driver.findElement(By.cssSelector("#batch-table button[data-open='" + member + "']")).click();
        browser.wait.until(ExpectedConditions.urlMatches("#/runs/\\d+$"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chart canvas")));
        String url = browser.driver.getCurrentUrl();
        String run = url.substring(url.lastIndexOf('/') + 1);
        browser.wait.until(d -> browser.js("const c = document.querySelector('#chart'); return c && c.dataset.trades;") != null);
        browser.screenshot("batch-03-member-report");

        JsonNode report = Json.MAPPER.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url() + "api/runs/" + run + "/report")).build(), HttpResponse.BodyHandlers.ofString()).body());
        Map<String, double[]> batchTrades = tradesOf(tmp.resolve("out/loop/batch/trades.csv"), member);
        double[] mine = batchTrades.get(member);
        assertThat(report.get("trades").size()).isEqualTo((int) mine[0]).isPositive();
        double net = 0;
        for (JsonNode t : report.get("trades")) net += t.get("net_pnl").asDouble();
        assertThat(net).isCloseTo(mine[1], org.assertj.core.data.Offset.offset(1e-6));
        assertThat(report.get("run").get("timeframe").asText()).isEqualTo(member.substring(member.lastIndexOf('/') + 1));
        assertThat(report.get("config").get("to").asText()).isEqualTo("2023-08-21");
        assertThat(Integer.parseInt((String) browser.js("return document.querySelector('#chart').dataset.trades;"))).isEqualTo((int) mine[0]);

        // back on the batch page the member links to that run
        browser.driver.get(server.url() + "#/batches/loop/winners");
        browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("#batch-table button[data-open='" + member + "']"), "Open report"));
        browser.driver.findElement(By.cssSelector("#batch-table button[data-open='" + member + "']")).click();
        browser.wait.until(ExpectedConditions.urlMatches("#/runs/" + run + "$"));
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void theApiNamesBatchesOnlyByTheIdsItListsAndRefusesUnknownMembers() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JsonNode list = Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/batches")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(list.get("batches").findValuesAsText("id")).containsExactly("loop/winners");
        assertThat(list.get("batches").get(0).get("to").asText()).isEqualTo("2023-08-21");
        for (String id : List.of("loop/nothing", "loop/../loop/winners/..", "..%2F..%2Fetc", "loop/batch")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/batches/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(id + ": " + r.body()).isIn(400, 404);
        }
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/batch-runs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"batch\":\"loop/winners\",\"member\":\"nope/FILUSDT/1h\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Json.MAPPER.readTree(unknown.body()).get("error").asText()).isEqualTo("batch loop/winners: no config names member 'nope/FILUSDT/1h'");
    }

    /** Per member of a batch trades.csv: {trades, sum of net_pnl}. */
    private static Map<String, double[]> tradesOf(Path csv, String member) throws Exception {
        Map<String, double[]> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv);
        List<String> head = List.of(lines.get(0).split(","));
        int net = head.indexOf("net_pnl");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double[] acc = out.computeIfAbsent(f[0], k -> new double[2]);
            acc[0]++;
            acc[1] += Double.parseDouble(f[net]);
        }
        return out;
    }
}
