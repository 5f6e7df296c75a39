package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A run's timeframe through the API: resampled bars in the report, recorded and re-run, refused when impossible. */
class WebTimeframeTest {
    static final String FIL = "FILUSDT-1m-2023-08.csv.gz";
    @TempDir static Path folder;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(WebServer.Options.defaults(WebApiTest.HOME).withPort(0)
                .withStore(true, folder.resolve("runs.db").toString()).withCatalog(folder.resolve("catalog")));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static JsonNode run(String settings) {
        Http.Response r = http.post("/api/runs", "{\"strategy\":\"sma-cross\",\"data\":\"" + FIL + "\",\"from\":\"2023-08-01\","
                + "\"to\":\"2023-08-08\",\"params\":{\"fast\":\"5\",\"slow\":\"20\"},\"settings\":" + settings + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        JsonNode done = WebApiTest.await(http, r.json().get("id").asText());
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("done");
        return done;
    }

    @Test
    void aFifteenMinuteRunSeesFifteenMinuteBarsAndRunsAgainOnThem() {
        JsonNode done = run("{\"timeframe\":\"15m\"}");
        JsonNode report = http.get("/api/runs/" + done.get("id").asText() + "/report").json();
        JsonNode time = report.get("bars").get("time");
        assertThat(time.size()).isEqualTo(7 * 96); // a week of 15-minute bars, none missing in the file
        for (int i = 0; i < time.size(); i++) assertThat(time.get(i).asLong() % 900).isZero();
        assertThat(report.get("run").get("timeframe").asText()).isEqualTo("15m");
        assertThat(report.get("config").get("timeframe").asText()).isEqualTo("15m");
        assertThat(report.get("stats").get("bars").asInt()).isEqualTo(7 * 96);
        // the recorded run's request (Run again) carries it
        JsonNode again = http.get("/api/runs/" + done.get("id").asText()).json().get("request");
        assertThat(again.get("settings").get("timeframe").asText()).isEqualTo("15m");
        // and the data's own bars without it
        JsonNode own = run("{}");
        assertThat(http.get("/api/runs/" + own.get("id").asText() + "/report").json().get("bars").get("time").size())
                .isEqualTo(7 * 1440);
        assertThat(own.get("request").get("settings").path("timeframe").isMissingNode()
                || own.get("request").get("settings").get("timeframe").isNull()).isTrue();
    }

    @Test
    void theRunFormsTimeframeRunsOnResampledBarsAndShowsTheRefusalOfAnImpossibleOne() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.driver.get(server.url() + "#/strategies/sma-cross");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#run-form[data-strategy='sma-cross']")));
            new Select(browser.driver.findElement(By.id("run-data"))).selectByValue(FIL);
            browser.js("for (const [id, v] of [['run-from', '2023-08-01'], ['run-to', '2023-08-04']]) {"
                    + " const e = document.getElementById(id); e.value = v; e.dispatchEvent(new Event('input')); e.dispatchEvent(new Event('change')); }");
            WebElement timeframe = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("set-timeframe")));
            assertThat(browser.driver.findElement(By.cssSelector("[data-setting=timeframe] label")).getText()).isEqualTo("Timeframe");
            timeframe.sendKeys("90s");
            browser.driver.findElement(By.id("run-button")).click();
            WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#run-error .alert")));
            assertThat(error.getText()).isEqualTo("settings.timeframe: 90s cannot be built from " + FIL + "'s 1m bars: expected 1m or a multiple of it");
            timeframe.clear();
            timeframe.sendKeys("15m");
            browser.driver.findElement(By.id("run-button")).click();
            browser.wait.until(ExpectedConditions.urlMatches("#/runs/\\d+$"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chart canvas")));
            browser.wait.until(d -> String.valueOf(3 * 96).equals(browser.js("const c = document.querySelector('#chart'); return c && c.dataset.bars;")));
            assertThat(browser.driver.findElement(By.cssSelector(".report h1")).getText()).contains("15m");
            browser.screenshot("timeframe-15m-report");
        }
    }

    @Test
    void aTimeframeTheDataCannotGiveIsA400NamingIt() {
        Http.Response bad = http.post("/api/runs", "{\"strategy\":\"sma-cross\",\"data\":\"" + FIL + "\",\"settings\":{\"timeframe\":\"5x\"}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).startsWith("settings.timeframe: timeframe '5x': expected a count and a unit");
        Http.Response finer = http.post("/api/runs", "{\"strategy\":\"sma-cross\",\"data\":\"" + WebApiTest.DATA
                + "\",\"settings\":{\"timeframe\":\"1h\"}}");
        assertThat(finer.status()).isEqualTo(400);
        assertThat(finer.json().get("error").asText())
                .isEqualTo("settings.timeframe: 1h cannot be built from 2006-day-001.txt's 1d bars: expected 1d or a multiple of it");
        Http.Response odd = http.post("/api/runs", "{\"strategy\":\"sma-cross\",\"data\":\"" + FIL + "\",\"settings\":{\"timeframe\":\"90s\"}}");
        assertThat(odd.status()).isEqualTo(400);
        assertThat(odd.json().get("error").asText()).contains("expected 1m or a multiple of it");
    }
}
