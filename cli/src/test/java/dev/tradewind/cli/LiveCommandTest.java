package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.live.binance.FakeExchange;
import dev.tradewind.live.binance.trade.FakeOrder;
import dev.tradewind.live.binance.trade.FakeSpot;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tradewind live} end to end against two local stand-ins: the market-data fake (real FIL/USDT klines over the
 * websocket) and the spot-trading fake (signatures, filters, books, user data stream). Also what it refuses.
 */
class LiveCommandTest {
    static final String KEY = "cli-test-key-4711";
    static final String SECRET = "cli-test-secret-never-printed-0815";

    static Path keys(Path dir) throws Exception {
        Path f = dir.resolve("binance.keys");
        Files.writeString(f, "key=" + KEY + "\nsecret=" + SECRET + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    static List<String> args(FakeExchange md, FakeSpot spot, Path dir, String... more) throws Exception {
        List<String> a = new ArrayList<>(List.of("live", "--symbol", "FILUSDT", "--interval", "1m", "--max-notional", "500",
                "--confirm-live", "--credentials", keys(dir).toString(), "--rest-url", md.restUrl(), "--ws-url", md.wsUrl(),
                "--trade-url", spot.restUrl(), "--ws-api-url", spot.wsApiUrl(), "--control-dir", dir.resolve("control").toString(),
                "--store", dir.resolve("runs.db").toString(), "--catalog", dir.resolve("catalog").toString()));
        a.addAll(List.of(more));
        return a;
    }

    /** The open time of the fake's bar {@code i} (its klines are of 2023: a run given --from starts there). */
    static String time(FakeExchange md, int i) { return java.time.Instant.ofEpochMilli(md.klines().get(i).open()).toString(); }

    @Test
    void smaCrossTradesOnTheFakeExchangeAndEndsReconciled(@TempDir Path dir) throws Exception {
        try (FakeExchange md = new FakeExchange(FakeExchange.filUsdt(120)); FakeSpot spot = new FakeSpot(KEY, SECRET)) {
            spot.price("4.150");
            md.then(s -> {
                Thread.sleep(1500); // the run subscribes to its user data stream first
                for (int i = 0; i < 80; i++) {
                    s.closed(i);
                    Thread.sleep(40); // bars apart, as a minute is: each order's fill is back before the next bar
                }
            });
            CliRun r = CliRun.of(args(md, spot, dir, "--strategy", "sma-cross", "--param", "fast=2", "--param", "slow=5",
                    "--param", "units=10", "--bars", "80", "--max-orders-per-minute", "100", "--from", time(md, 0)).toArray(String[]::new));
            r.ok();
            assertThat(r.err()).doesNotContain("rejected");
            assertThat(r.out()).contains("80 bars").contains("reconciled with the exchange: clean");
            assertThat(spot.orders()).isNotEmpty().allMatch(o -> o.client.matches("tw[0-9a-f]{8}s1-\\d+"));
            assertThat(spot.orders()).anyMatch(o -> o.side.equals("SELL")).anyMatch(o -> o.side.equals("BUY"));
            Matcher m = Pattern.compile("position (\\S+) FILUSDT").matcher(r.out());
            assertThat(m.find()).isTrue();
            assertThat(new BigDecimal(m.group(1))).isEqualByComparingTo(spot.balance("FIL").subtract(new BigDecimal("100")));
            assertThat(r.out() + r.err()).doesNotContain(SECRET).doesNotContain(KEY);
            String runId = r.out().substring(4, 14);
            Path control = dir.resolve("control");
            assertThat(Files.readString(control.resolve(runId + ".status"), StandardCharsets.UTF_8)).contains("state=stopped");
            assertThat(Files.readString(control.resolve(runId + ".journal"), StandardCharsets.UTF_8)).doesNotContain(SECRET);
            System.out.println("live e2e: " + spot.orders().size() + " orders, " + spot.trades().size() + " trades; " + r.out().strip());
        }
    }

    @Test
    void theKillSwitchCancelsFlattensAndHaltsARunningRun(@TempDir Path dir) throws Exception {
        Path strategy = buyAndRest(dir);
        try (FakeExchange md = new FakeExchange(FakeExchange.filUsdt(120)); FakeSpot spot = new FakeSpot(KEY, SECRET)) {
            spot.price("4.150");
            md.then(s -> {
                Thread.sleep(1500);
                s.closed(0, 2);
                Thread.sleep(60_000); // then quiet: the run waits for bars
            });
            AtomicInteger code = new AtomicInteger(-1);
            List<String> a = args(md, spot, dir, "--strategy", strategy.toString(), "--from", time(md, 1));
            Thread run = new Thread(() -> code.set(Main.execute(a.toArray(String[]::new))), "live-run");
            run.start();
            waitFor(() -> spot.orders().size() == 2 && spot.trades().size() == 1);
            Path control = dir.resolve("control");
            waitFor(() -> statusSays(control, "fills=1"));
            assertThat(Main.execute("live", "kill-switch", "--all", "--control-dir", control.toString())).isZero();
            run.join(20_000);
            assertThat(code.get()).isZero();
            assertThat(spot.orders()).noneMatch(FakeOrder::open);
            assertThat(spot.balance("FIL")).isEqualByComparingTo("100"); // bought 20 (0.02 commission), sold 19.98
            assertThat(statusSays(control, "halted=kill switch")).isTrue();
            assertThat(Main.execute("live", "kill-switch", "--all", "--control-dir", control.toString())).isEqualTo(2); // none running
        }
    }

    static boolean statusSays(Path control, String text) {
        try (var files = Files.list(control)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".status")).toList()) {
                if (Files.readString(f, StandardCharsets.UTF_8).contains(text)) return true;
            }
        } catch (Exception e) {
            return false;
        }
        return false;
    }

    /** Writes a strategy that buys 20 at market and bids for 10 more below on its first bar, then waits. */
    static Path buyAndRest(Path dir) throws java.io.IOException {
        Path strategy = dir.resolve("BuyAndRest.java");
        Files.writeString(strategy, """
                import dev.tradewind.strategy.Context;
                import dev.tradewind.strategy.Strategy;

                /** Buys 20 at market and bids for 10 more below, then waits. */
                public class BuyAndRest implements Strategy {
                    @Override
                    public void onBar(Context ctx) {
                        if (ctx.barIndex() == 0) {
                            ctx.buy(20);
                            ctx.buyLimit(10, 3.5);
                        }
                    }
                }
                """);
        return strategy;
    }

    /** The fake closes bars {@code first..last} 0.4 s apart, 1.5 s after the stream opens, then stays quiet. */
    static void closes(FakeExchange md, int first, int last) {
        md.then(s -> {
            Thread.sleep(1500);
            for (int i = first; i <= last; i++) {
                s.closed(i);
                Thread.sleep(400);
            }
            Thread.sleep(120_000);
        });
    }

    static void waitFor(java.util.function.BooleanSupplier b) throws InterruptedException {
        for (int i = 0; i < 2000 && !b.getAsBoolean(); i++) Thread.sleep(10);
        assertThat(b.getAsBoolean()).as("condition within 20 s").isTrue();
    }

    @Test
    void refusesWithoutConfirmationOrALimitOrWithAnOpenKeyFile(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("live", "--symbol", "FILUSDT", "--strategy", "sma-cross", "--max-notional", "500");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("add --confirm-live").doesNotContain("Exception");
        r = CliRun.of("live", "--symbol", "FILUSDT", "--strategy", "sma-cross", "--confirm-live");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("add --max-notional");
        Path f = keys(dir);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        r = CliRun.of("live", "--testnet", "--symbol", "FILUSDT", "--strategy", "sma-cross", "--confirm-live", "--max-notional", "500",
                "--credentials", f.toString(), "--control-dir", dir.resolve("c").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("mode 0644").contains("chmod 600").doesNotContain(SECRET);
    }

    @Test
    void aWrongSecretIsOneLineWithTheExchangesCode(@TempDir Path dir) throws Exception {
        try (FakeExchange md = new FakeExchange(FakeExchange.filUsdt(10)); FakeSpot spot = new FakeSpot(KEY, "another-secret")) {
            CliRun r = CliRun.of(args(md, spot, dir, "--strategy", "sma-cross").toArray(String[]::new));
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().strip().lines().toList().getLast()).contains("-1022").contains("Signature for this request is not valid");
            assertThat(r.err()).doesNotContain(SECRET).doesNotContain("at dev.");
        }
    }
}
