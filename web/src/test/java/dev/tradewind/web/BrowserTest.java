package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.RunConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The UI in a real browser, step by step as a user goes: open the app, run a backtest from the form, see the chart
 * with its markers, click a trade and see the chart move to it, hover it for the tooltip, edit the strategy file and
 * see the report re-run, break it and see the compile error above the last good report, then the runs list, the
 * comparison, the data page and a report.html opened from disk. Every step saves a screenshot in
 * target/screenshots. Waits are explicit conditions on the page, never sleeps.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    private static final String DATA = "2006-day-001.txt";

    @TempDir static Path folder;
    static Browser browser;
    static WebServer server;
    static Path strategyFile;
    static String firstRun;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        strategyFile = folder.resolve("MyCross.java");
        Files.writeString(strategyFile, TestStrategies.cross("percent"));
        Path home = Path.of(System.getProperty("tradewind.home", ".."));
        server = WebServer.start(WebServer.Options.defaults(home).withPort(0).withStrategies(folder).withDebounceMillis(150)
                .withStore(true, folder.resolve("runs.db").toString()).withCatalog(folder.resolve("no-catalog")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    private static WebElement waitFor(String css) {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** An attribute read in one script call, so a re-rendered element cannot go stale between find and read. */
    private static String attr(String css, String name) {
        return (String) browser.js("const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;",
                css, name);
    }

    @Test
    @Order(1)
    void opensTheAppWithTheStrategyForm() {
        browser.driver.get(server.url() + "#/strategies/MyCross.java");
        waitFor("#run-form[data-strategy='MyCross.java']");
        browser.wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
        List<String> listed = browser.driver.findElements(By.cssSelector(".strategy-list [data-strategy]")).stream()
                .map(e -> e.getAttribute("data-strategy")).toList();
        assertThat(listed).contains("sma-cross", "donchian-breakout", "MyCross.java");
        assertThat(browser.driver.findElements(By.cssSelector("[data-param]"))).hasSize(3);
        assertThat(browser.driver.findElement(By.id("param-fast")).getAttribute("value")).isEqualTo("5");
        browser.screenshot("01-strategies");

        WebElement fast = browser.driver.findElement(By.id("param-fast"));
        fast.clear();
        fast.sendKeys("1");
        browser.driver.findElement(By.id("run-button")).click();
        WebElement error = waitFor("#param-fast-error");
        assertThat(error.getText()).isEqualTo("parameter 'fast': expected an integer between 2 and 200, got '1'");
        assertThat(browser.driver.getCurrentUrl()).endsWith("#/strategies/MyCross.java");
        browser.screenshot("02-form-validation");
    }

    @Test
    @Order(2)
    void runsABacktestFromTheFormAndShowsTheChartWithMarkers() {
        WebElement fast = browser.driver.findElement(By.id("param-fast"));
        fast.clear();
        fast.sendKeys("5");
        new Select(browser.driver.findElement(By.id("run-data"))).selectByValue(DATA);
        browser.driver.findElement(By.id("run-button")).click();

        browser.wait.until(ExpectedConditions.urlMatches("#/runs/\\d+$"));
        waitFor("#chart canvas");
        browser.wait.until(d -> Integer.parseInt(attr("#chart", "data-markers")) > 0);
        firstRun = attr(".report", "data-run");
        int trades = Integer.parseInt(attr("#chart", "data-trades"));
        assertThat(trades).isGreaterThanOrEqualTo(2);
        assertThat(Integer.parseInt(attr("#chart", "data-markers"))).isEqualTo(2 * trades);
        assertThat(browser.driver.findElements(By.cssSelector("#trades tbody tr"))).hasSize(trades);
        assertThat(browser.driver.findElement(By.cssSelector(".report h1")).getText()).contains("MyCross");
        assertThat(browser.driver.findElements(By.cssSelector(".toggles input[data-spec]"))).hasSize(2);
        browser.screenshot("03-report-chart-markers");
    }

    @Test
    @Order(3)
    void clickingATradeMovesTheChartToItAndHighlightsIt() {
        String from = attr("#chart", "data-visible-from");
        String to = attr("#chart", "data-visible-to");
        WebElement row = browser.driver.findElements(By.cssSelector("#trades tbody tr")).get(1);
        row.click();
        browser.wait.until(d -> !attr("#chart", "data-visible-from").equals(from) || !attr("#chart", "data-visible-to").equals(to));
        assertThat(row.getAttribute("class")).contains("selected");
        assertThat(attr("#chart", "data-selected-trade")).isEqualTo(row.getAttribute("data-trade"));
        long visibleFrom = Long.parseLong(attr("#chart", "data-visible-from"));
        long visibleTo = Long.parseLong(attr("#chart", "data-visible-to"));
        assertThat(visibleTo - visibleFrom).isLessThan(Long.parseLong(to) - Long.parseLong(from));
        browser.screenshot("04-trade-selected");

        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.id("chart")), 0, -150).perform();
        WebElement tooltip = waitFor(".chart-tooltip");
        assertThat(tooltip.getText()).contains("Entry", "Exit", "MAE", "MFE", "Duration");
        browser.screenshot("05-trade-tooltip");

        browser.driver.findElement(By.xpath("//table[@id='trades']//th[.='Net PnL']")).click();
        @SuppressWarnings("unchecked")
        List<Object> pnl = (List<Object>) browser.js("return [...document.querySelectorAll('#trades tbody tr td:nth-child(8)')]"
                + ".map(td => Number(td.textContent.replace(/[+,]/g, '')));");
        List<Double> values = pnl.stream().map(x -> ((Number) x).doubleValue()).toList();
        assertThat(values).isSortedAccordingTo(Double::compare);
    }

    @Test
    @Order(4)
    void editingTheStrategyFileRerunsTheOpenReport() throws Exception {
        String netBefore = browser.driver.findElement(By.cssSelector(".stat[data-key=net_profit] .stat-value")).getText();
        Files.writeString(strategyFile, TestStrategies.cross("percent / 2"));
        browser.wait.until(d -> attr(".report", "data-run") != null && !firstRun.equals(attr(".report", "data-run")));
        WebElement banner = waitFor("#reload-status[data-state=ok]");
        assertThat(banner.getText()).contains("MyCross.java changed");
        String netAfter = browser.driver.findElement(By.cssSelector(".stat[data-key=net_profit] .stat-value")).getText();
        assertThat(netAfter).isNotEqualTo(netBefore);
        assertThat(browser.driver.getCurrentUrl()).endsWith("#/runs/" + attr(".report", "data-run"));
        browser.screenshot("06-hot-reload-rerun");
    }

    @Test
    @Order(5)
    void aCompileErrorIsShownAboveTheLastGoodReport() throws Exception {
        String run = attr(".report", "data-run");
        Files.writeString(strategyFile, TestStrategies.broken());
        WebElement banner = waitFor("#reload-status[data-state=error]");
        assertThat(banner.getText()).startsWith("MyCross.java:21: ").contains("';' expected");
        assertThat(attr(".report", "data-run")).isEqualTo(run);
        assertThat(browser.driver.findElement(By.id("chart")).isDisplayed()).isTrue();
        browser.screenshot("07-compile-error");

        Files.writeString(strategyFile, TestStrategies.cross("percent"));
        browser.wait.until(d -> attr(".report", "data-run") != null && !run.equals(attr(".report", "data-run")));
        waitFor("#reload-status[data-state=ok]");
    }

    @Test
    @Order(6)
    void runsAreListedAndTwoCompareSideBySide() {
        browser.driver.get(server.url() + "#/runs");
        browser.wait.until(d -> d.findElements(By.cssSelector("#runs-table tbody tr")).size() >= 3);
        // the table is redrawn while runs load: find each box afresh and click it until it is checked
        for (int row : new int[] {1, 2}) {
            By box = By.cssSelector("#runs-table tbody tr:nth-child(" + row + ") input[type=checkbox]");
            browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                WebElement b = d.findElement(box);
                if (!b.isSelected()) b.click();
                return d.findElement(box).isSelected();
            });
        }
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("compare-button")));
        browser.screenshot("08-runs");
        browser.driver.findElement(By.id("compare-button")).click();
        waitFor("#compare-stats");
        waitFor("#compare-chart canvas");
        assertThat(browser.driver.findElement(By.id("compare-stats")).getText()).contains("Net profit");
        assertThat(browser.driver.findElements(By.xpath("//table[@id='compare-stats']//td[starts-with(., 'run ')]"))).isNotEmpty();
        browser.screenshot("09-compare");
    }

    @Test
    @Order(7)
    void theDataPageListsTheBundledFiles() {
        browser.driver.get(server.url() + "#/data");
        waitFor("#data-table tr[data-id='FILUSDT-1m-2023-08.csv.gz']");
        assertThat(browser.driver.findElement(By.cssSelector("#data-table tr[data-id='" + DATA + "']")).getText()).contains("1d", "255");
        browser.screenshot("10-data");
    }

    @Test
    @Order(8)
    void theStaticReportOpensFromDiskWithoutAServer(@TempDir Path out) throws Exception {
        RunConfig d = RunConfig.defaults();
        Path data = Path.of(System.getProperty("tradewind.home", "..")).resolve("sample-data").resolve(DATA);
        RunConfig config = new RunConfig(data.toString(), null, null, d.zone(), d.priceColumn(), d.badRows(), null, null,
                "donchian-breakout", null, new java.util.LinkedHashMap<>(Map.of("entry", "20")), d.cash(), d.commission(),
                d.slippageBps(), d.fill(), d.instrument(), d.gaps(), d.factors());
        Path file = StaticReport.write(out, Backtester.run(config, null));
        browser.driver.get(file.toUri().toString());
        waitFor("#chart canvas");
        browser.wait.until(d2 -> Integer.parseInt(attr("#chart", "data-markers")) > 0);
        browser.driver.findElements(By.cssSelector("#trades tbody tr")).get(0).click();
        browser.wait.until(d2 -> attr("#chart", "data-selected-trade") != null);
        browser.screenshot("11-static-report");
    }

    @Test
    @Order(9)
    void theConsoleHasNoErrors() {
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }
}
