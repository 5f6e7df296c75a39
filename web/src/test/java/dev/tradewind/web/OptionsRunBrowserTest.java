package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The option built-ins in the web app: offered with the others, run from the API with the desk they declare (no
 * setting needed), their modelled pricing in the stored statistics, the report, and the run page's header.
 * Screenshot: target/screenshots/40-option-run.png.
 */
class OptionsRunBrowserTest {
    @TempDir static Path folder;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(WebServer.Options.defaults(CliRuns.HOME).withPort(0)
                .withStore(true, folder.resolve("runs.db").toString()).withCatalog(folder.resolve("no-catalog")));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void anIronCondorRunsFromTheApiAndItsPageSaysThePricesAreModelled() throws Exception {
        List<String> ids = new ArrayList<>();
        http.get("/api/strategies").json().forEach(s -> ids.add(s.get("id").asText()));
        assertThat(ids).contains("short-straddle", "iron-condor", "rolled-futures");

        Http.Response posted = http.post("/api/runs",
                "{\"strategy\":\"iron-condor\",\"data\":\"sp500-2000.csv.gz\",\"cash\":100000,\"to\":\"2017-07-01\"}");
        assertThat(posted.status()).as(posted.body()).isBetween(200, 202);
        String id = posted.json().get("id").asText();
        JsonNode run = WebApiTest.await(http, id);
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("done");
        JsonNode report = http.get("/api/runs/" + id + "/report").json();
        assertThat(report.get("stats").get("pricing").asText()).isEqualTo("options: modelled, constant volatility 18%");
        assertThat(report.get("stats").get("trades").asInt()).isGreaterThan(20);
        assertThat(report.get("config").get("desk").get("options").asText()).isEqualTo("spxw");
        assertThat(report.get("config").get("from").asText()).isEqualTo("2016-01-01");

        try (Browser browser = Browser.start()) {
            browser.driver.get(server.url() + "#/runs/" + id);
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-pricing")));
            assertThat(browser.driver.findElement(By.id("report-pricing")).getText())
                    .isEqualTo("options: modelled, constant volatility 18%");
            browser.screenshot("40-option-run");
        }
    }
}
