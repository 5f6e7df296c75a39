package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.options.Black76;
import dev.tradewind.options.Chain;
import dev.tradewind.options.ChainFormat;
import dev.tradewind.options.ChainLoader;
import dev.tradewind.options.ChainSlice;
import dev.tradewind.model.OptionType;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The smile of an expiry of the bundled SPXW snapshots: the API's volatilities reprice their mids on the parity
 * forward at the chain's parity rate, bad chain or expiry names are 4xx, and the Options page draws the curve and
 * switches expiry in Chromium.
 */
class SmileBrowserTest {
    static final Path HOME = Path.of(System.getProperty("tradewind.home", ".."));
    static final String CHAIN = "spxw20190626.csv.gz";
    @TempDir static Path folder;
    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(WebServer.Options.defaults(HOME).withPort(0).withStore(false, null).withCatalog(folder.resolve("no-catalog")));
        http = new Http("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void theSmilesVolatilitiesRepriceTheirMidsOnTheParityForward() throws Exception {
        JsonNode chains = http.get("/api/chains").json();
        assertThat(chains.findValuesAsText("id")).containsExactly("spxw20190626.csv.gz", "spxw20250903.csv.gz");
        JsonNode c2019 = chains.get(0);
        assertThat(c2019.get("spot").asDouble()).isCloseTo(2918.11, within(1e-9));
        assertThat(c2019.get("expiries")).hasSize(8);
        assertThat(chains.get(1).get("spot").isNull()).isTrue(); // the wide layout has no spot

        Chain chain = ChainLoader.load(HOME.resolve("sample-data/chains").resolve(CHAIN), ChainFormat.SPXW);
        double r = chain.impliedRate(30 / 365.0);
        ChainSlice slice = chain.slice(LocalDate.parse("2019-07-19"));
        double f = slice.forward(r);
        JsonNode smile = http.get("/api/chains/" + CHAIN + "/smile?expiry=2019-07-19").json();
        assertThat(smile.get("rate").asDouble()).isEqualTo(r);
        assertThat(smile.get("forward").asDouble()).isEqualTo(f);
        assertThat(smile.get("years").asDouble()).isEqualTo(slice.years());
        int fits = 0;
        for (JsonNode p : smile.get("points")) {
            double k = p.get("strike").asDouble();
            for (OptionType type : OptionType.values()) {
                String side = type == OptionType.CALL ? "call" : "put";
                JsonNode iv = p.get(side + "_iv");
                if (iv.isNull()) {
                    assertThat(p.get(side + "_status").isNull() || !p.get(side + "_status").asText().equals("fit")).isTrue();
                    continue;
                }
                fits++;
                assertThat(p.get(side + "_status").asText()).isEqualTo("fit");
                double mid = p.get(side + "_mid").asDouble();
                assertThat(Black76.price(type, f, k, slice.years(), iv.asDouble(), r)).as("%s %s", side, k).isCloseTo(mid, within(1e-9));
            }
        }
        assertThat(fits).isEqualTo(smile.get("fitted").asInt()).isGreaterThan(100);
        // the out-of-the-money curve: puts below the forward, calls above, ascending strikes, a smile's skew
        JsonNode otm = smile.get("otm");
        double low = otm.get(0).get(1).asDouble(), atm = Double.NaN;
        for (int i = 1; i < otm.size(); i++) assertThat(otm.get(i).get(0).asDouble()).isGreaterThan(otm.get(i - 1).get(0).asDouble());
        for (JsonNode p : otm) if (Math.abs(p.get(0).asDouble() - f) < 5) atm = p.get(1).asDouble();
        assertThat(low).as("the deep out-of-the-money puts are dearer than at the money").isGreaterThan(atm);

        assertThat(http.get("/api/chains/nope.csv/smile?expiry=2019-07-19").status()).isEqualTo(404);
        assertThat(http.get("/api/chains/" + CHAIN + "/smile?expiry=2019-07-20").json().get("error").asText())
                .startsWith("expiry: spxw20190626.csv.gz has no expiry 2019-07-20; it has [2019-06-26,");
        assertThat(http.get("/api/chains/" + CHAIN + "/smile?expiry=July").status()).isEqualTo(400);
        assertThat(http.get("/api/chains/" + CHAIN + "/smile").status()).isEqualTo(400);
        assertThat(http.get("/api/chains/..%2Fruns.db/smile?expiry=2019-07-19").status()).isIn(400, 404);
    }

    @Test
    void theOptionsPageDrawsTheSmileAndSwitchesExpiry() throws Exception {
        JsonNode july = http.get("/api/chains/" + CHAIN + "/smile?expiry=2019-07-19").json();
        try (Browser browser = Browser.start()) {
            browser.driver.get(server.url() + "#/smile/" + CHAIN + "?expiry=2019-07-19");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#smile-chart canvas")));
            browser.wait.until(d -> "2019-07-19".equals(browser.js("return document.querySelector('#smile-chart').dataset.expiry;")));
            assertThat(browser.js("return document.querySelector('#smile-chart').dataset.points;")).isEqualTo(String.valueOf(july.get("otm").size()));
            assertThat(browser.driver.findElement(By.id("smile-info")).getText()).contains("expiry 2019-07-19").contains("forward");
            // the table row of the strike nearest the forward shows its put volatility as the API gives it
            JsonNode near = null;
            for (JsonNode p : july.get("points")) {
                if (!p.get("put_iv").isNull() && (near == null || Math.abs(p.get("strike").asDouble() - july.get("forward").asDouble())
                        < Math.abs(near.get("strike").asDouble() - july.get("forward").asDouble()))) near = p;
            }
            String cell = browser.driver.findElement(By.cssSelector("#smile-table tr[data-strike='" + near.get("strike").asText().replace(".0", "")
                    + "'] td[data-col=put_iv]")).getText();
            assertThat(cell).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f%%", near.get("put_iv").asDouble() * 100));
            browser.screenshot("smile-01-2019-07-19");

            new Select(browser.driver.findElement(By.id("smile-expiry"))).selectByValue("2019-09-20");
            browser.wait.until(d -> "2019-09-20".equals(browser.js("return document.querySelector('#smile-chart').dataset.expiry;")));
            JsonNode september = http.get("/api/chains/" + CHAIN + "/smile?expiry=2019-09-20").json();
            assertThat(browser.js("return document.querySelector('#smile-chart').dataset.points;")).isEqualTo(String.valueOf(september.get("otm").size()));
            assertThat(browser.driver.getCurrentUrl()).endsWith("#/smile/" + CHAIN + "?expiry=2019-09-20");
            browser.screenshot("smile-02-2019-09-20");
            assertThat(browser.severeConsoleMessages()).isEmpty();
        }
    }

}
