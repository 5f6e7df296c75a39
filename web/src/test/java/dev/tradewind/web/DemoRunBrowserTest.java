package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a user sees of runs the CLI recorded, in a real browser: the demo's futures run (a month of 1-minute bars,
 * tens of trades) opens with a readable chart (arrows without text where labels would collide, text on the selected
 * and the hovered trade, quantities at the lot's precision), "Run again" and "Edit parameters" keep its instrument
 * and costs and give the same orders hash, and Compare shows the instrument and cost settings side by side with a
 * chart fitted to both runs' periods; the report drawn in fewer points than bars shows every bar of the range in view on
 * request, and a run with more trades in view than the chart marks marks them once zoomed in. Screenshots go to
 * target/screenshots (12-... to 22-...).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoRunBrowserTest {
    @TempDir static Path folder;
    static Browser browser;
    static WebServer server;
    static Http http;
    static CliRuns.Recorded demo;
    static CliRuns.Recorded spot;
    static CliRuns.Recorded busy;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        Path store = folder.resolve("runs.db");
        // factors: a setting the form has no input for, which must still reach the rerun.
        // Slower averages than the demo's: a few dozen trades on 19 days of 1-minute bars, so few that labelling every
        // trade in view (the chart's first rule, up to 60) piled their texts up.
        demo = CliRuns.record(store, CliRuns.demo(n -> {
            n.put("to", "2023-08-20").putArray("factors").add(7).add(21);
            n.with("params").put("fast", "120").put("slow", "480");
        }));
        spot = CliRuns.record(store, CliRuns.demo(n -> {
            n.put("from", "2023-08-10");
            n.with("instrument").put("kind", "spot").put("lot", 0.001).put("margin", 0.1);
            n.with("commission").put("percent", 0.1);
        }));
        // thousands of trades: more in view than the chart marks
        busy = CliRuns.record(store, CliRuns.demo(n -> n.with("params").put("fast", "2").put("slow", "5")));
        server = WebServer.start(WebServer.Options.defaults(CliRuns.HOME).withPort(0)
                .withStore(true, store.toString()).withCatalog(folder.resolve("no-catalog")));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    private static WebElement waitFor(String css) {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static String attr(String css, String name) {
        return (String) browser.js("const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;",
                css, name);
    }

    private static int intAttr(String css, String name) { return Integer.parseInt(attr(css, name)); }

    private static String value(String id) { return browser.driver.findElement(By.id(id)).getAttribute("value"); }

    @Test
    @Order(1)
    void aDenseChartShowsArrowsWithoutPiledUpText() {
        browser.driver.get(server.url() + "#/runs/" + demo.id());
        waitFor("#chart canvas");
        browser.wait.until(d -> attr("#chart", "data-visible-to") != null && !attr("#chart", "data-visible-to").isEmpty());
        int trades = intAttr("#chart", "data-trades");
        assertThat(trades).isBetween(20, 60);
        assertThat(intAttr("#chart", "data-markers")).isEqualTo(2 * trades);
        // The whole run is in view, and only markers with room beside their neighbours carry text.
        long first = Long.parseLong(attr("#chart", "data-visible-from"));
        long last = Long.parseLong(attr("#chart", "data-visible-to"));
        assertThat(last - first).isGreaterThan(18L * 86_400);
        int labelled = intAttr("#chart", "data-labelled");
        assertThat(labelled).isLessThan(trades / 2);
        assertThat(browser.driver.findElement(By.id("report-instrument")).getText())
                .isEqualTo("future, tick 0.001, lot 0.1, multiplier 1, margin 10%");
        assertThat(browser.driver.findElement(By.id("report-costs")).getText()).contains("commission 0.04%", "slippage 1 bps");
        // Quantities at the lot's precision (0.1): one decimal at most, in the trade list too.
        List<String> quantities = browser.driver.findElements(By.cssSelector("#trades tbody tr td:nth-child(3)")).stream()
                .map(WebElement::getText).toList();
        assertThat(quantities).isNotEmpty().allMatch(q -> q.matches("\\d+(\\.\\d)?"), "at most one decimal");
        browser.screenshot("12-dense-chart");
    }

    @Test
    @Order(2)
    void hoveringATradeLabelsIt() {
        int before = intAttr("#chart", "data-labelled");
        WebElement chart = browser.driver.findElement(By.id("chart"));
        int width = chart.getSize().getWidth();
        // Sweep the price pane until the pointer is over a trade's bars.
        for (int x = -width / 2 + 40; x < width / 2 - 80 && (attr("#chart", "data-hovered-trade") == null
                || attr("#chart", "data-hovered-trade").isEmpty()); x += 15) {
            new Actions(browser.driver).moveToElement(chart, x, -chart.getSize().getHeight() / 4).perform();
        }
        String hovered = attr("#chart", "data-hovered-trade");
        assertThat(hovered).as("some trade under the pointer").isNotEmpty();
        waitFor(".chart-tooltip");
        String qty = (String) browser.js("return document.querySelector(\"#trades tbody tr[data-trade='\" + arguments[0] + \"'] td:nth-child(3)\").textContent;", hovered);
        String shown = qty;
        browser.wait.until(d -> Arrays.asList(attr("#chart", "data-labels").split("\\|")).stream()
                .anyMatch(l -> l.matches("(Buy|Sell) " + java.util.regex.Pattern.quote(shown) + "( .*)?")));
        assertThat(intAttr("#chart", "data-labelled")).isGreaterThanOrEqualTo(Math.min(before + 1, 2));
        List<String> labels = Arrays.asList(attr("#chart", "data-labels").split("\\|"));
        assertThat(labels).allMatch(l -> l.matches("(Buy|Sell) \\d+(\\.\\d)?( [+-]?[\\d,]+\\.\\d\\d)?"), "quantities with one decimal");
        browser.screenshot("13-hovered-trade-labelled");
    }

    @Test
    @Order(3)
    void zoomingToATradeShowsItsLabels() {
        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.id("trades"))).perform();
        WebElement row = browser.driver.findElements(By.cssSelector("#trades tbody tr")).get(3);
        browser.js("arguments[0].scrollIntoView({block: 'center'});", row);
        row.click();
        browser.wait.until(d -> row.getAttribute("data-trade").equals(attr("#chart", "data-selected-trade")));
        browser.wait.until(d -> intAttr("#chart", "data-labelled") >= 2);
        long span = Long.parseLong(attr("#chart", "data-visible-to")) - Long.parseLong(attr("#chart", "data-visible-from"));
        assertThat(span).isLessThan(5L * 86_400);
        browser.screenshot("14-zoomed-trade-labels");
    }

    @Test
    @Order(4)
    void runAgainKeepsTheInstrumentAndGivesTheSameOrdersHash() {
        browser.driver.findElement(By.id("run-again")).click();
        browser.wait.until(d -> attr(".report", "data-run") != null && !demo.id().equals(attr(".report", "data-run")));
        waitFor("#reload-status[data-state=ok]");
        String again = attr(".report", "data-run");
        assertThat(http.get("/api/runs/" + again).json().get("summary").get("orders_hash").asText()).isEqualTo(demo.ordersHash());
        assertThat(browser.driver.findElement(By.id("report-instrument")).getText()).startsWith("future, tick 0.001, lot 0.1");
        browser.screenshot("15-run-again");
    }

    @Test
    @Order(5)
    void editParametersShowsTheRecordedInstrumentAndCostsAndRunsTheSame() {
        browser.driver.get(server.url() + "#/strategies/sma-cross?from=" + demo.id());
        waitFor("#run-form[data-strategy='sma-cross']");
        browser.wait.until(d -> "future".equals(value("set-instrument-kind")));
        assertThat(value("set-instrument-tick")).isEqualTo("0.001");
        assertThat(value("set-instrument-lot")).isEqualTo("0.1");
        assertThat(value("set-instrument-margin")).isEqualTo("0.1");
        assertThat(value("set-commission-percent")).isEqualTo("0.04");
        assertThat(value("set-slippage_bps")).isEqualTo("1");
        assertThat(value("param-fast")).isEqualTo("120");
        assertThat(value("run-to")).isEqualTo("2023-08-20");
        assertThat(browser.driver.findElement(By.cssSelector("#run-carried [data-setting='factors']")).getText())
                .isEqualTo("7, 21");
        browser.screenshot("16-form-from-cli-run");

        browser.driver.findElement(By.id("run-button")).click();
        browser.wait.until(ExpectedConditions.urlMatches("#/runs/\\d+$"));
        waitFor("#chart canvas");
        String id = attr(".report", "data-run");
        assertThat(id).isNotEqualTo(demo.id());
        assertThat(http.get("/api/runs/" + id).json().get("summary").get("orders_hash").asText()).isEqualTo(demo.ordersHash());
        assertThat(http.get("/api/runs/" + id + "/report").json().get("config").get("factors").toString()).isEqualTo("[7,21]");
    }

    @Test
    @Order(6)
    void resetPutsBackTheDefaultsAndKeepsTheParameters() {
        browser.driver.get(server.url() + "#/strategies/sma-cross?from=" + demo.id());
        browser.wait.until(d -> "future".equals(value("set-instrument-kind")));
        browser.driver.findElement(By.id("settings-reset")).click();
        browser.wait.until(d -> "spot".equals(value("set-instrument-kind")));
        assertThat(value("set-instrument-lot")).isEqualTo("1e-8");
        assertThat(value("set-commission-percent")).isEqualTo("0");
        assertThat(value("param-fast")).isEqualTo("120");
        assertThat(browser.driver.findElement(By.cssSelector("#run-carried legend")).getText()).isEqualTo("Other settings (the CLI's defaults)");
        assertThat(browser.driver.findElement(By.cssSelector("#run-carried [data-setting='factors']")).getText())
                .isEqualTo("10, 20, 30, 50, 100");

        // A wrong value in a closed group: the group opens and says what is expected, nothing is submitted.
        assertThat(browser.driver.findElement(By.cssSelector("details[data-group='Risk limits']")).getAttribute("open")).isNull();
        browser.js("const i = document.getElementById('set-rules-max_drawdown_percent'); i.value = '150';"
                + " i.dispatchEvent(new Event('input', {bubbles: true}));");
        String url = browser.driver.getCurrentUrl();
        browser.driver.findElement(By.id("run-button")).click();
        WebElement error = waitFor("#set-rules-max_drawdown_percent-error");
        assertThat(error.getText()).isEqualTo("Halt at drawdown %: expected a number between 0 and 100, got 150");
        assertThat(browser.driver.findElement(By.cssSelector("details[data-group='Risk limits']")).getAttribute("open")).isNotNull();
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(url);
        browser.screenshot("18-settings-reset-and-checked");
    }

    @Test
    @Order(7)
    void compareShowsInstrumentAndCostsSideBySideAndFitsBothPeriods() {
        browser.driver.get(server.url() + "#/compare/" + demo.id() + "/" + spot.id());
        waitFor("#compare-params");
        WebElement kind = browser.driver.findElement(By.xpath("//table[@id='compare-params']//tr[th='Instrument']"));
        assertThat(kind.getText()).isEqualTo("Instrument future spot");
        assertThat(kind.getAttribute("class")).contains("differs");
        WebElement lot = browser.driver.findElement(By.xpath("//table[@id='compare-params']//tr[th='Lot size']"));
        assertThat(lot.getText()).isEqualTo("Lot size 0.1 0.001");
        WebElement commission = browser.driver.findElement(By.xpath("//table[@id='compare-params']//tr[th='Commission % (taker)']"));
        assertThat(commission.getText()).isEqualTo("Commission % (taker) 0.04 0.1");
        WebElement tick = browser.driver.findElement(By.xpath("//table[@id='compare-params']//tr[th='Tick size']"));
        assertThat(tick.getAttribute("class")).doesNotContain("differs");
        assertThat(browser.driver.findElement(By.id("compare-params")).getText()).contains("Slippage (bps)", "Margin rate",
                "Multiplier", "Funding rate", "factors");

        browser.wait.until(d -> attr("#compare-chart", "data-visible-to") != null && !attr("#compare-chart", "data-visible-to").isEmpty());
        long first = Long.parseLong(attr("#compare-chart", "data-first"));
        long last = Long.parseLong(attr("#compare-chart", "data-last"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(15), java.time.Duration.ofMillis(50))
                .withMessage(() -> "the chart shows " + attr("#compare-chart", "data-visible-from") + " .. "
                        + attr("#compare-chart", "data-visible-to") + ", not both runs' periods " + first + " .. " + last)
                .until(d -> Long.parseLong(attr("#compare-chart", "data-visible-from")) <= first
                        && Long.parseLong(attr("#compare-chart", "data-visible-to")) >= last);
        assertThat(last - first).isGreaterThan(29L * 86_400);
        browser.screenshot("17-compare-fitted");
        browser.js("arguments[0].scrollIntoView({block: 'start'});", kind);
        browser.screenshot("19-compare-settings");
    }

    @Test
    @Order(8)
    void aReportInFewerPointsShowsEveryBarOfTheRangeInViewOnRequest() {
        browser.driver.get(server.url() + "#/runs/" + demo.id() + "?points=500");
        waitFor("#sampling-note");
        waitFor("#chart canvas");
        int bars = intAttr("#sampling-note", "data-bars");
        int every = intAttr("#sampling-note", "data-every");
        assertThat(every).isEqualTo((bars + 499) / 500).isGreaterThan(1);
        assertThat(intAttr("#chart", "data-bars")).isEqualTo((bars + every - 1) / every);
        assertThat(browser.driver.findElement(By.id("sampling-note")).getText())
                .contains(String.format(java.util.Locale.ROOT, "%d bars drawn as %d candles of %d bars", bars, (bars + every - 1) / every, every));
        browser.screenshot("20-sampled-report");
        // Zoom to a trade, then ask for every bar of what is in view: a window of the run, one candle a bar.
        browser.wait.until(d -> attr("#chart", "data-visible-to") != null && !attr("#chart", "data-visible-to").isEmpty());
        String wholeTo = attr("#chart", "data-visible-to");
        browser.driver.findElement(By.cssSelector("#trades tbody tr")).click();
        browser.wait.until(d -> !wholeTo.equals(attr("#chart", "data-visible-to")));
        long from = Long.parseLong(attr("#chart", "data-visible-from"));
        browser.driver.findElement(By.id("sampling-detail")).click();
        browser.wait.until(d -> d.getCurrentUrl().contains("?from=" + from + "&to="));
        waitFor("#sampling-whole");
        browser.wait.until(d -> "1".equals(attr("#sampling-note", "data-every")));
        int window = intAttr("#chart", "data-bars");
        assertThat(window).isBetween(2, bars - 1);
        assertThat(browser.driver.findElement(By.id("sampling-note")).getText()).matches("Bars \\d+ to \\d+ of " + bars + ", one candle each\\. Whole run");
        browser.screenshot("21-report-window");
        browser.driver.findElement(By.id("sampling-whole")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("sampling-note")));
        browser.wait.until(d -> String.valueOf(bars).equals(attr("#chart", "data-bars")));
    }

    @Test
    @Order(9)
    void withMoreTradesInViewThanItMarksTheChartMarksThemOnceZoomedIn() {
        int trades = busy.outcome().result().trades().size();
        assertThat(trades).isGreaterThan(1000);
        browser.driver.get(server.url() + "#/runs/" + busy.id());
        waitFor("#chart canvas");
        browser.wait.until(d -> attr("#chart", "data-trades-in-view") != null && intAttr("#chart", "data-trades-in-view") > 1000);
        assertThat(intAttr("#chart", "data-markers")).isZero();
        assertThat(browser.driver.findElements(By.cssSelector("#trades tbody tr"))).hasSize(200);
        browser.driver.findElement(By.cssSelector("#trades tbody tr")).click();
        browser.wait.until(d -> intAttr("#chart", "data-trades-in-view") < 1000);
        int inView = intAttr("#chart", "data-trades-in-view");
        assertThat(inView).isPositive();
        browser.wait.until(d -> intAttr("#chart", "data-markers") == 2 * inView);
        browser.screenshot("22-busy-run-zoomed");
        // the list makes more rows as it is scrolled to its end
        browser.js("const w = document.querySelector('.trades .table-wrap'); w.scrollTop = w.scrollHeight;");
        browser.wait.until(d -> d.findElements(By.cssSelector("#trades tbody tr")).size() == 400);
    }

    @Test
    @Order(10)
    void theConsoleHasNoErrors() {
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }
}
