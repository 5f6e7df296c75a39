package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.runner.Json;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.store.Recording;
import dev.tradewind.store.RunStart;
import dev.tradewind.store.RunStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A live run's page in Chromium has a kill switch: the button asks for confirmation (dismissed: nothing is sent), then
 * sends the same kill switch as {@code tradewind live kill-switch}: the run's {@code RUN.kill} control file, found
 * through the {@code RUN.store} file that names the stored run. A paper run's page has no such button.
 */
class LiveKillSwitchBrowserTest {
    private static final Path HOME = Path.of(System.getProperty("tradewind.home", ".."));

    @TempDir Path folder;

    @Test
    void aLiveRunsPageSendsTheKillSwitchAfterAConfirmation() throws Exception {
        Path db = folder.resolve("runs.db");
        Path control = folder.resolve("live");
        Files.createDirectories(control);
        RunConfig c = RunConfig.defaults();
        try (RunStore store = RunStore.open(db.toString());
                Recording live = store.begin(new RunStart("sma-cross", "FILUSDT", "live:binance:spot:FILUSDT:1m", Map.of(), Json.compact(c), "test"));
                Recording paper = store.begin(new RunStart("sma-cross", "FILUSDT", "paper:binance:spot:FILUSDT:1m", Map.of(), Json.compact(c), "test"));
                WebServer server = WebServer.start(WebServer.Options.defaults(HOME).withPort(0).withStore(true, db.toString())
                        .withCatalog(folder.resolve("no-catalog")).withLiveControl(control));
                Browser browser = Browser.start()) {
            Files.writeString(control.resolve("twfeed0001.status"), "run=twfeed0001\nstate=running\nsession=1\n", StandardCharsets.UTF_8);
            Files.writeString(control.resolve("twfeed0001.store"), live.id() + "\n", StandardCharsets.UTF_8);
            Path kill = control.resolve("twfeed0001.kill");

            browser.driver.get(server.url() + "#/runs/" + paper.id());
            browser.wait.until(d -> "running".equals(browser.js("const e = document.querySelector('#live-status'); return e && e.dataset.state;")));
            assertThat(browser.driver.findElements(By.id("kill-switch"))).isEmpty();

            browser.driver.get(server.url() + "#/runs/" + live.id());
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("kill-switch")));
            browser.screenshot("kill-switch-01-live-run");
            browser.driver.findElement(By.id("kill-switch")).click();
            Alert first = browser.wait.until(ExpectedConditions.alertIsPresent());
            assertThat(first.getText()).contains("Kill switch for live run " + live.id()).contains("cancel all its orders, flatten its position and halt it");
            first.dismiss();
            Thread.sleep(500); // proving an absence: a dismissed confirmation sends nothing
            assertThat(kill).doesNotExist();

            browser.driver.findElement(By.id("kill-switch")).click();
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
            browser.wait.until(d -> "sent".equals(browser.js("return document.querySelector('#kill-switch-status').dataset.state;")));
            assertThat(kill).exists();
            assertThat((String) browser.js("return document.querySelector('#kill-switch-status').textContent;"))
                    .contains("Kill switch sent to live run twfeed0001");
            browser.screenshot("kill-switch-02-sent");

            // the run has stopped meanwhile: the switch says so instead of pretending
            Files.delete(kill);
            Files.writeString(control.resolve("twfeed0001.status"), "run=twfeed0001\nstate=stopped\n", StandardCharsets.UTF_8);
            browser.js("document.querySelector('#kill-switch').disabled = false;");
            browser.driver.findElement(By.id("kill-switch")).click();
            browser.wait.until(ExpectedConditions.alertIsPresent()).accept();
            browser.wait.until(d -> "failed".equals(browser.js("return document.querySelector('#kill-switch-status').dataset.state;")));
            assertThat((String) browser.js("return document.querySelector('#kill-switch-status').textContent;")).contains("is not running");
            assertThat(kill).doesNotExist();
            assertThat(browser.severeConsoleMessages()).allMatch(m -> m.contains("409"));
        }
    }
}
