package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.engine.Engine;
import dev.tradewind.live.binance.BinanceMarket;
import dev.tradewind.live.binance.FakeExchange;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Instrument;
import dev.tradewind.runner.ConfigReader;
import dev.tradewind.runner.EngineSettings;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.StrategySource;
import dev.tradewind.store.RunStatus;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoredRun;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tradewind paper} against the fake Binance on 127.0.0.1 (real FIL/USDT perpetual 1m klines of 2023-08-01): the
 * run is in the store from its start and updated while it runs, ends at --to stored with its orders, continues with
 * --resume, and trades as the backtest of the same bars with the stored configuration; bad input is one line, exit
 * code 2 and no run.
 */
class PaperCommandTest {
    @TempDir Path tmp;
    FakeExchange fx;

    @BeforeEach
    void start() { fx = new FakeExchange(FakeExchange.filUsdt(2600)); }

    @AfterEach
    void stop() { fx.close(); }

    String time(int bar) { return Instant.ofEpochMilli(fx.klines().get(bar).open()).toString(); }

    List<String> args(String... more) {
        List<String> a = new ArrayList<>(List.of("paper", "--exchange", "binance", "--kind", "future", "--symbol", "FILUSDT",
                "--interval", "1m", "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=20", "--cash", "10000",
                "--commission", "0.04%", "--rest-url", fx.restUrl(), "--ws-url", fx.wsUrl(), "--store", store().toString(),
                "--catalog", tmp.resolve("catalog").toString(), "-q"));
        a.addAll(List.of(more));
        return a;
    }

    Path store() { return tmp.resolve("runs.db"); }

    CliRun paper(String... more) { return CliRun.of(args(more).toArray(String[]::new)); }

    /** The backtest of bars 0..n-1 with the configuration the run stored. */
    BacktestResult backtest(StoredRun run, int n) throws Exception {
        RunConfig c = ConfigReader.parse("stored", run.config());
        RunConfig.InstrumentConfig i = c.instrument();
        Instrument instrument = new Instrument("FILUSDT", Instrument.Kind.FUTURE, i.tick(), i.lot(), i.multiplier(), i.margin(),
                i.maintenance(), i.minNotional());
        ParamSchema schema = ParamSchema.of(StrategySource.resolve(c.strategy()).type());
        Strategy s = schema.create(c.params());
        return new Engine(EngineSettings.of(c, instrument, ZoneOffset.UTC)).backtest(s, schema.values(s),
                FakeExchange.series("FILUSDT", fx.klines().subList(0, n)));
    }

    @Test
    void aRunToItsEndIsStoredAsPaperAndTradesAsTheBacktestThenResumes() throws Exception {
        fx.now(fx.klines().get(1500).open() + 1); // bars 0..1499 are history
        CliRun first = paper("--from", time(0), "--to", time(600)).ok();
        assertThat(first.out()).startsWith("Paper run 1 reached --to after 600 bars: position ");
        try (RunStore s = RunStore.open(store().toString())) {
            StoredRun run = s.get(1);
            assertThat(run.status()).isEqualTo(RunStatus.STOPPED);
            assertThat(run.data()).isEqualTo("paper:binance:future:FILUSDT:1m");
            assertThat(run.message()).isEqualTo("stopped at --to " + time(600) + "; continue with: tradewind paper --resume 1");
            BacktestResult expected = backtest(run, 600);
            assertThat(expected.fills()).hasSizeGreaterThan(4);
            assertThat(run.ordersHash()).isEqualTo(expected.ordersHash());
            assertThat(s.fills(1)).isEqualTo(expected.fills());
            assertThat(s.equity(1).equity()).containsExactly(expected.equity());
            RunConfig c = ConfigReader.parse("stored", run.config());
            assertThat(c.instrument().tick()).isEqualTo(0.001); // from exchangeInfo, not inferred
        }
        assertThat(CliRun.of("runs", "show", "1", "--store", store().toString()).ok().out()).contains("Run 1 (stopped)").containsPattern("mode\\s+paper")
                .contains("paper:binance:future:FILUSDT:1m").contains("stopped at --to");

        CliRun resumed = paper("--resume", "1", "--to", time(1200));
        // --resume takes no settings but the endpoints, store, catalog and --to
        assertThat(resumed.code()).isEqualTo(2);
        assertThat(resumed.err()).startsWith("error: --resume 1 continues the run with its own settings").hasLineCount(1);
        CliRun again = CliRun.of("paper", "--resume", "1", "--to", time(1200), "--rest-url", fx.restUrl(), "--ws-url", fx.wsUrl(),
                "--store", store().toString(), "--catalog", tmp.resolve("catalog").toString(), "-q").ok();
        assertThat(again.err()).contains("Run 1 rebuilt from its bars up to " + time(599)).contains("as stored; continuing live");
        assertThat(again.out()).startsWith("Paper run 1 reached --to after 1200 bars");
        try (RunStore s = RunStore.open(store().toString())) {
            StoredRun run = s.get(1);
            BacktestResult expected = backtest(run, 1200);
            assertThat(run.status()).isEqualTo(RunStatus.STOPPED);
            assertThat(run.ordersHash()).isEqualTo(expected.ordersHash());
            assertThat(s.fills(1)).isEqualTo(expected.fills());
            assertThat(s.list(new dev.tradewind.store.RunFilter(null, null, null, null, null, 100))).hasSize(1);
        }
    }

    @Test
    void theRunIsInTheStoreFromItsStartAndUpdatedWhileItRuns() throws Exception {
        fx.now(fx.klines().get(100).open() + 1);
        fx.then(s -> {
            for (int i = 100; i < 400; i++) {
                s.closed(i);
                Thread.sleep(15);
            }
        });
        Thread paper = new Thread(() -> paper("--from", time(0), "--to", time(400)).ok());
        paper.start();
        List<Integer> seen = new ArrayList<>();
        long end = System.nanoTime() + 60_000_000_000L;
        while (paper.isAlive() && System.nanoTime() < end) {
            Thread.sleep(200);
            if (!Files.exists(store())) continue;
            try (RunStore s = RunStore.open(store().toString())) {
                if (s.find(1).isEmpty()) continue;
                if (s.get(1).status() == RunStatus.RUNNING) seen.add(s.equity(1).size());
            } catch (java.nio.channels.OverlappingFileLockException creating) {
                // the command is creating the store in this JVM right now: read it on the next round
            }
        }
        paper.join();
        assertThat(seen).as("checkpoints read while running").hasSizeGreaterThan(2);
        assertThat(seen.get(seen.size() - 1)).isGreaterThan(seen.get(0));
        try (RunStore s = RunStore.open(store().toString())) {
            assertThat(s.get(1).status()).isEqualTo(RunStatus.STOPPED);
            assertThat(s.equity(1).size()).isEqualTo(400);
        }
    }

    @Test
    void ctrlCStopsCleanlyWithOrdersPositionAndEquityStoredAndTheRunMarkedStopped() throws Exception {
        fx.now(fx.klines().get(100).open() + 1);
        fx.then(s -> {
            for (int i = 100; i < 2000; i++) {
                s.closed(i);
                Thread.sleep(20);
            }
        });
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args("--from", time(0)));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            int stored = 0;
            for (int i = 0; i < 600 && stored < 150; i++) {
                Thread.sleep(100);
                if (!Files.exists(store())) continue;
                try (RunStore s = RunStore.open(store().toString())) {
                    if (s.find(1).isPresent()) stored = s.equity(1).size();
                } catch (RuntimeException busy) {
                    // the other process is creating the store
                }
            }
            assertThat(stored).as("equity rows stored while running").isGreaterThanOrEqualTo(150);
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        String printed = Files.readString(out);
        assertThat(printed).startsWith("Paper run 1 stopped after ");
        try (RunStore s = RunStore.open(store().toString())) {
            StoredRun run = s.get(1);
            assertThat(run.status()).isEqualTo(RunStatus.STOPPED);
            assertThat(run.message()).isEqualTo("stopped (Ctrl-C or kill); continue with: tradewind paper --resume 1");
            int bars = s.equity(1).size();
            assertThat(printed).contains("after " + bars + " bars");
            BacktestResult expected = backtest(run, bars);
            assertThat(run.ordersHash()).isEqualTo(expected.ordersHash());
            assertThat(s.orders(1)).isEqualTo(expected.orders()); // open ones too, with their state
            assertThat(s.equity(1).position()).containsExactly(expected.position().toArray());
        }
    }

    @Test
    void aKilledPaperProcessKeepsItsLastCheckpointAndResumeContinuesItToTheBacktestsResult() throws Exception {
        fx.now(fx.klines().get(100).open() + 1);
        fx.then(s -> {
            for (int i = 100; i < 2000; i++) {
                s.closed(i);
                Thread.sleep(20);
            }
        });
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args("--from", time(0)));
        Process p = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile())
                .start();
        int stored = 0;
        try {
            for (int i = 0; i < 600 && stored < 150; i++) {
                Thread.sleep(100);
                if (!Files.exists(store())) continue;
                try (RunStore s = RunStore.open(store().toString())) {
                    if (s.find(1).isPresent()) stored = s.equity(1).size();
                } catch (RuntimeException busy) {
                    // the other process is creating the store
                }
            }
        } finally {
            p.destroyForcibly(); // SIGKILL: no hook runs
            p.waitFor();
        }
        assertThat(stored).isGreaterThanOrEqualTo(150);
        try (RunStore s = RunStore.open(store().toString())) {
            assertThat(s.get(1).status()).isEqualTo(RunStatus.INCOMPLETE);
            assertThat(s.equity(1).size()).isGreaterThanOrEqualTo(stored);
        }
        fx.now(fx.klines().get(700).open() + 1); // what the dead process missed is history now
        CliRun resumed = CliRun.of("paper", "--resume", "1", "--to", time(600), "--rest-url", fx.restUrl(), "--ws-url", fx.wsUrl(),
                "--store", store().toString(), "--catalog", tmp.resolve("catalog").toString(), "-q").ok();
        assertThat(resumed.err()).contains("as stored; continuing live");
        try (RunStore s = RunStore.open(store().toString())) {
            StoredRun run = s.get(1);
            BacktestResult expected = backtest(run, 600);
            assertThat(run.status()).isEqualTo(RunStatus.STOPPED);
            assertThat(run.ordersHash()).isEqualTo(expected.ordersHash());
            assertThat(s.fills(1)).isEqualTo(expected.fills());
            assertThat(s.equity(1).equity()).containsExactly(expected.equity());
        }
    }

    @Test
    void badInputIsOneLineExitCodeTwoAndNoRun() throws Exception {
        fx.now(fx.klines().get(100).open() + 1);
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("error: --exchange: unknown exchange 'kraken' (known: binance)", new String[] {"--exchange", "kraken"});
        cases.put("error: --interval: unknown interval '7m' (Binance serves 1s, 1m,", new String[] {"--interval", "7m"});
        cases.put("error: binance: Invalid symbol. (code -1121)", new String[] {"--symbol", "NOSUCHUSDT"});
        cases.put("error: --kind: expected spot or future, got 'option'", new String[] {"--kind", "option"});
        cases.put("error: --ws-url: expected ws://HOST[:PORT] or wss://HOST[:PORT], got 'http://x'", new String[] {"--ws-url", "http://x"});
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        cases.put("error: binance: cannot reach http://127.0.0.1:" + closed + ": connection refused",
                new String[] {"--rest-url", "http://127.0.0.1:" + closed});
        cases.put("error: binance: cannot reach http://no-such-host.invalid: unknown host",
                new String[] {"--rest-url", "http://no-such-host.invalid"});
        // the strategy and its parameters are checked before the exchange is asked anything
        cases.put("error: --strategy: unknown strategy 'nosuch'", new String[] {"--strategy", "nosuch", "--rest-url", "http://127.0.0.1:" + closed});
        cases.put("error: parameter 'fast': expected an integer between 1 and 1000, got 'abc'", new String[] {"--param", "fast=abc", "--rest-url", "http://127.0.0.1:" + closed});
        for (Map.Entry<String, String[]> e : cases.entrySet()) {
            List<String> a = args();
            for (int i = 0; i < e.getValue().length; i += 2) {
                int at = e.getValue()[i].equals("--param") ? a.indexOf("fast=5") - 1 : a.indexOf(e.getValue()[i]);
                a.set(at + 1, e.getValue()[i + 1]);
            }
            CliRun r = CliRun.of(a.toArray(String[]::new));
            assertThat(r.code()).as(e.getKey()).isEqualTo(2);
            assertThat(r.err()).as(e.getKey()).startsWith(e.getKey()).hasLineCount(1);
        }
        assertThat(Files.exists(store())).as("no store, no run").isFalse();
    }
}
