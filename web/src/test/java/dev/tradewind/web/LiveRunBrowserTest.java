package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EventLoop;
import dev.tradewind.engine.Inbound;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Clock;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.StrategySource;
import dev.tradewind.store.Recording;
import dev.tradewind.store.RunStart;
import dev.tradewind.store.RunStatus;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoreSink;
import dev.tradewind.strategy.ParamSchema;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper run seen while it runs: the test drives an event loop bar by bar (as the paper command does) with a
 * {@link StoreSink} writing checkpoints into a real SQLite store, while Chromium shows the run's page from a server
 * reading that store. The chart grows with each checkpoint (bars, trades and equity as stored), the page says it is
 * live, and once the run is completed it shows the final report and stops polling. (The status line is redrawn on
 * every poll: it is read by script, never held as an element.)
 */
class LiveRunBrowserTest {
    private static final Path HOME = Path.of(System.getProperty("tradewind.home", ".."));
    private static final long MINUTE = 60_000_000_000L;
    /** A checkpoint every 100 bars: the sink's clock is the bar index in seconds. */
    private static final long EVERY = 100_000_000_000L;

    @TempDir Path folder;

    private static String attr(Browser b, String css, String name) {
        return (String) b.js("const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;", css, name);
    }

    private static void feed(EventLoop loop, BarSeries bars, int from, int to) {
        for (int i = from; i < to; i++) {
            loop.offer(new Inbound.BarClosed(bars.time()[i], bars.time()[i] + MINUTE, bars.open()[i], bars.high()[i], bars.low()[i],
                    bars.close()[i], bars.volume()[i], i));
        }
    }

    private static void drained(EventLoop loop, int last) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (loop.lastInit() != last) {
            if (System.nanoTime() > deadline) throw new AssertionError("the loop did not reach bar " + last);
            Thread.sleep(5);
        }
    }

    /**
     * A paper run's configuration as it may be recorded: the backtest's fields and its own (mode, exchange), without
     * the data (named by the run's record) and the instrument: the page reads what it knows and defaults the rest.
     */
    private static String paperConfig(RunConfig c) {
        ObjectNode n = Json.MAPPER.valueToTree(c);
        n.put("mode", "paper");
        n.put("exchange", "binance");
        n.remove("data");
        n.remove("instrument");
        return Json.compact(n);
    }

    @Test
    void aPaperRunsPageGrowsWithEachCheckpointAndShowsTheFinalReportWhenItEnds() throws Exception {
        ObjectNode n = Json.MAPPER.valueToTree(RunConfig.defaults());
        n.put("data", HOME.resolve("sample-data/FILUSDT-1m-2023-08.csv.gz").toAbsolutePath().normalize().toString());
        n.put("strategy", "sma-cross");
        n.set("params", Json.MAPPER.valueToTree(Map.of("fast", "5", "slow", "20")));
        n.put("from", "2023-08-01");
        n.put("to", "2023-08-02");
        n.with("commission").put("percent", 0.04);
        RunConfig config = Json.MAPPER.treeToValue(n, RunConfig.class);
        Backtester.Prepared prepared = Backtester.prepare(config);
        BarSeries bars = prepared.bars();
        Map<String, String> params = Map.of("fast", "5", "slow", "20");
        var strategy = ParamSchema.of(StrategySource.resolve("sma-cross").type()).create(params);

        Path db = folder.resolve("runs.db");
        try (RunStore store = RunStore.open(db.toString());
                Recording rec = store.begin(new RunStart("sma-cross", "FILUSDT", config.data(), params, paperConfig(prepared.config()),
                        "tradewind test"));
                WebServer server = WebServer.start(WebServer.Options.defaults(HOME).withPort(0).withStore(true, db.toString())
                        .withCatalog(folder.resolve("no-catalog")));
                Browser browser = Browser.start()) {
            AtomicReference<EventLoop> running = new AtomicReference<>();
            Clock seconds = () -> running.get().lastInit() * 1_000_000_000L;
            StoreSink sink = new StoreSink(rec, params, config.cash(), seconds, EVERY);
            EventLoop loop = new Engine(prepared.engine()).withSink(sink).paper(strategy, params, Clock.SYSTEM, 0);
            running.set(loop);
            AtomicReference<dev.tradewind.model.BacktestResult> result = new AtomicReference<>();
            Thread kernel = new Thread(() -> {
                try {
                    result.set(loop.run());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "paper-loop");
            kernel.start();
            long id = rec.id();

            feed(loop, bars, 0, 101); // checkpoints after bars 0 and 100
            drained(loop, 100);
            browser.driver.get(server.url() + "#/runs/" + id);
            browser.wait.until(d -> "101".equals(attr(browser, "#chart", "data-bars")));
            browser.wait.until(d -> "running".equals(attr(browser, "#live-status", "data-state")));
            assertThat((String) browser.js("return document.querySelector('#live-status').textContent;")).startsWith("Live: run " + id + " is running")
                    .contains("101 bars so far");
            browser.screenshot("live-01-first-checkpoint");

            for (int[] burst : new int[][] {{101, 201}, {201, 301}}) {
                feed(loop, bars, burst[0], burst[1]);
                drained(loop, burst[1] - 1);
                String want = String.valueOf(burst[1]);
                browser.wait.until(d -> want.equals(attr(browser, "#chart", "data-bars")));
                int storedTrades = store.trades(id).size();
                assertThat(Integer.parseInt(attr(browser, "#chart", "data-trades"))).isEqualTo(storedTrades);
                assertThat(attr(browser, "#live-status", "data-state")).isEqualTo("running");
            }
            assertThat(store.trades(id)).as("the run traded while it was watched").isNotEmpty();
            browser.screenshot("live-02-grown");

            // the run stops with its results, as the paper command does at Ctrl-C: it reads as stopped
            loop.offer(new Inbound.Stop(bars.time()[300] + MINUTE, 301));
            kernel.join(30_000);
            RunConfig done = prepared.config();
            rec.stop(new dev.tradewind.store.Completion(done.symbol(), Json.compact(done), done.dataSha256(), null,
                    dev.tradewind.metrics.StatisticsCalculator.compute(new dev.tradewind.metrics.RunInput(result.get().time(),
                            result.get().equity(), new boolean[result.get().bars()], result.get().trades(), done.cash(),
                            result.get().finalCash()), dev.tradewind.metrics.StatisticsOptions.DEFAULT),
                    Map.of("bars", result.get().bars()), result.get()), "stopped (Ctrl-C or kill); continue with: tradewind paper --resume " + id);
            assertThat(store.get(id).status()).isEqualTo(RunStatus.STOPPED);
            browser.wait.until(d -> "stopped".equals(attr(browser, "#live-status", "data-state")));
            assertThat(attr(browser, "#chart", "data-bars")).isEqualTo("301");
            assertThat(Integer.parseInt(attr(browser, "#chart", "data-trades"))).isEqualTo(result.get().trades().size());
            browser.screenshot("live-03-ended");

            // it stopped polling: no request for a while after the end
            browser.js("window.__calls = 0; const f = window.fetch; window.fetch = (...a) => { window.__calls++; return f(...a); };");
            Thread.sleep(2500); // proving an absence: more than two polling intervals
            assertThat(((Number) browser.js("return window.__calls;")).intValue()).isZero();
            assertThat(browser.severeConsoleMessages()).isEmpty();
        }
    }
}
