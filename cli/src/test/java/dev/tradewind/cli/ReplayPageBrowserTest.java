package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.model.Fill;
import dev.tradewind.store.RunStore;
import dev.tradewind.web.Browser;
import dev.tradewind.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web UI's Replay page on a real paper run recorded against the fake Binance: the run's page links to it, and it
 * shows the summary (every fill matched, no slippage, no latency, no gap), one table row per fill and the equity gap
 * chart over the run's 600 bars; the API refuses a run that is not there with 404.
 */
class ReplayPageBrowserTest {
    @TempDir static Path tmp;
    static PaperRecording paper;
    static Browser browser;
    static WebServer server;
    static String catalogBefore;

    @BeforeAll
    static void start() throws Exception {
        paper = PaperRecording.record(tmp);
        catalogBefore = System.getProperty(Catalog.PROPERTY);
        System.setProperty(Catalog.PROPERTY, paper.catalog().toString()); // where backtests read catalog: data
        browser = Browser.start();
        server = WebServer.start(WebServer.Options.defaults(Subprocess.ROOT).withPort(0).withStore(true, paper.store().toString())
                .withCatalog(paper.catalog()));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
        if (paper != null) paper.close();
        if (catalogBefore == null) System.clearProperty(Catalog.PROPERTY);
        else System.setProperty(Catalog.PROPERTY, catalogBefore);
    }

    private static String stat(String key) {
        return browser.driver.findElement(By.cssSelector("#replay-summary [data-key='" + key + "'] .stat-value")).getText();
    }

    @Test
    void theReplayPageShowsARecordedPaperRunAgainstItsBacktest() throws Exception {
        List<Fill> fills;
        try (RunStore s = RunStore.open(paper.store().toString())) {
            fills = s.fills(1);
        }
        browser.driver.get(server.url() + "#/runs/1");
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("replay-link"))).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#replay-summary")));
        assertThat(browser.driver.getCurrentUrl()).endsWith("#/replay/1");
        assertThat(stat("fills.matched")).isEqualTo(Integer.toString(fills.size()));
        assertThat(stat("fills.only_live")).isEqualTo("0");
        assertThat(stat("fills.only_backtest")).isEqualTo("0");
        assertThat(stat("slippage.total")).isEqualTo("0.0000");
        assertThat(stat("latency.max_ms")).isEqualTo("0.0");
        assertThat(stat("equity.final_gap")).isEqualTo("0.00");
        assertThat(browser.driver.findElements(By.cssSelector("#replay-fills tbody tr[data-presence=both]"))).hasSize(fills.size());
        String firstPrice = browser.driver.findElement(By.cssSelector("#replay-fills tbody tr td[data-col=live_price]")).getText();
        assertThat(Double.parseDouble(firstPrice)).isEqualTo(fills.get(0).price());
        assertThat(browser.driver.findElement(By.id("replay-orders")).getText()).endsWith("orders are in both.");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#replay-gap canvas")));
        assertThat(browser.js("return document.querySelector('#replay-gap').dataset.points;")).isEqualTo("600");
        browser.screenshot("replay-01-paper-run");
        assertThat(browser.severeConsoleMessages()).isEmpty();

        HttpResponse<String> missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url() + "api/runs/7/replay")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no run 7 in the run store");
    }
}
