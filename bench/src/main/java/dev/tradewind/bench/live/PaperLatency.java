package dev.tradewind.bench.live;

import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.live.Sleeper;
import dev.tradewind.live.binance.BinanceMarket;
import dev.tradewind.live.binance.BinanceMarketData;
import dev.tradewind.live.binance.BinanceRest;
import dev.tradewind.live.paper.PaperSession;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.Clock;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Order;
import dev.tradewind.model.RunSink;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.zip.GZIPInputStream;

/**
 * A harness (not a JMH benchmark, not a test): the whole paper path, websocket text to simulated order, measured on
 * real FIL/USDT 1m klines of 2023-08 sent as Binance kline messages by a stand-in exchange on 127.0.0.1 (Javalin, the
 * server the live tests use). A strategy that turns its position over on every bar creates one order per closed bar.
 *
 * <ol>
 *   <li>Latency: closed klines sent one every {@code pace} microseconds (queues empty); for each order, the time from
 *   the kline message's arrival at the client ({@code tsInit}, stamped in the websocket callback) to the order being
 *   created by the strategy and handed to the simulated venue (the run's sink sees it at that moment). p50, p99, max.</li>
 *   <li>Throughput: the same klines sent as fast as the server can; messages per second from the first message's
 *   arrival to the last bar stepped by the kernel (decode, sequencer, bridge, kernel, strategy, venue, one after the
 *   other, each on its own thread).</li>
 * </ol>
 * Usage: {@code java -cp bench/target/benchmarks.jar dev.tradewind.bench.live.PaperLatency [bars] [paceMicros]}.
 */
public final class PaperLatency {
    private PaperLatency() {}

    /** Buys one unit when flat, sells it when long: an order on every bar. */
    public static final class EveryBar implements Strategy {
        @Override public void onStart(Context ctx) {}

        @Override
        public void onBar(Context ctx) {
            if (ctx.position().isFlat()) ctx.buy(1);
            else ctx.flatten();
        }
    }

    public static void main(String[] args) throws Exception {
        int bars = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long paceMicros = args.length > 1 ? Long.parseLong(args[1]) : 500;
        List<String[]> klines = klines(Path.of(args.length > 2 ? args[2] : "sample-data/FILUSDT-1m-2023-08.csv.gz"), bars);
        System.out.printf(Locale.ROOT, "%d closed klines, FIL/USDT 1m 2023-08; %d cores; load average %.2f%n", klines.size(),
                Runtime.getRuntime().availableProcessors(), java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        run(klines, 0, "warm-up (not reported)", false);
        run(klines, paceMicros, "latency, one kline every " + paceMicros + " us", true);
        run(klines, 0, "throughput, klines sent back to back", true);
    }

    private static void run(List<String[]> klines, long paceMicros, String title, boolean report) throws Exception {
        long base = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
        Clock clock = () -> base + System.nanoTime(); // epoch ns, nanoTime resolution
        int n = klines.size();
        long[] latency = new long[n];
        int[] orders = new int[1];
        CountDownLatch connected = new CountDownLatch(1);
        Javalin server = Javalin.create(c -> c.showJavalinBanner = false)
                .get("/fapi/v1/klines", ctx -> ctx.contentType("application/json").result("[]"))
                .ws("/stream", ws -> ws.onConnect(ctx -> {
                    Thread t = new Thread(() -> {
                        try {
                            connected.await();
                            for (String[] k : klines) {
                                ctx.session.getRemote().sendString(message(k));
                                if (paceMicros > 0) java.util.concurrent.locks.LockSupport.parkNanos(paceMicros * 1000);
                            }
                        } catch (Exception e) {
                            // the client went away
                        }
                    }, "stand-in-exchange");
                    t.setDaemon(true);
                    t.start();
                }))
                .start("127.0.0.1", 0);
        try {
            String rest = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            BinanceMarketData.Options o = BinanceMarketData.Options.defaults(BinanceMarket.FUTURES).withUrls(rest, "ws://127.0.0.1:" + server.port())
                    .withClock(clock);
            BinanceRest history = new BinanceRest(http, rest, BinanceMarket.FUTURES, clock, Sleeper.SYSTEM);
            EngineConfig config = EngineConfig.of(new Instrument("FILUSDT", Instrument.Kind.FUTURE, 0.001, 0.1, 1, 0.1, 0.05, 0), 1e9);
            PaperSession[] session = new PaperSession[1];
            RunSink sink = new RunSink() {
                @Override
                public void order(Order order) {
                    long now = clock.nanos();
                    if (orders[0] < latency.length) latency[orders[0]++] = now - session[0].loop().lastInit();
                }
            };
            long first = Long.parseLong(klines.get(0)[0]) * 1_000_000L;
            long end = Long.parseLong(klines.get(n - 1)[0]) * 1_000_000L + 60_000_000_000L;
            session[0] = new PaperSession(new Engine(config).withSink(sink), new EveryBar(), Map.of(),
                    new BinanceMarketData(o, http, history), history, null, null,
                    new PaperSession.Settings("FILUSDT", "1m", Timeframe.of(Duration.ofMinutes(1)), first, end), clock);
            session[0].start();
            Thread.sleep(300); // connected and caught up (nothing to catch up: the stand-in has no history)
            long t0 = clock.nanos();
            connected.countDown();
            session[0].await();
            long t1 = clock.nanos();
            if (!report) return;
            long[] l = Arrays.copyOf(latency, orders[0]);
            Arrays.sort(l);
            System.out.printf(Locale.ROOT, "%s: %d bars, %d orders%n", title, session[0].feed().bars(), l.length);
            System.out.printf(Locale.ROOT, "  kline message -> order to venue: p50 %.1f us, p99 %.1f us, max %.1f us%n",
                    l[l.length / 2] / 1e3, l[(int) (l.length * 0.99)] / 1e3, l[l.length - 1] / 1e3);
            System.out.printf(Locale.ROOT, "  %.0f messages/s end to end (%.2f s for %d)%n", n / ((t1 - t0) / 1e9), (t1 - t0) / 1e9, n);
        } finally {
            server.stop();
        }
    }

    private static String message(String[] k) {
        long open = Long.parseLong(k[0]);
        long close = Long.parseLong(k[6]);
        return String.format(Locale.ROOT, "{\"stream\":\"filusdt@kline_1m\",\"data\":{\"e\":\"kline\",\"E\":%d,\"s\":\"FILUSDT\","
                + "\"k\":{\"t\":%d,\"T\":%d,\"s\":\"FILUSDT\",\"i\":\"1m\",\"f\":1,\"L\":2,\"o\":\"%s\",\"c\":\"%s\",\"h\":\"%s\","
                + "\"l\":\"%s\",\"v\":\"%s\",\"n\":%s,\"x\":true,\"q\":\"%s\",\"V\":\"%s\",\"Q\":\"%s\",\"B\":\"0\"}}}",
                close + 1, open, close, k[1], k[4], k[2], k[3], k[5], k[8], k[7], k[9], k[10]);
    }

    private static List<String[]> klines(Path file, int n) throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            List<String[]> out = new ArrayList<>();
            r.readLine();
            for (String line; out.size() < n && (line = r.readLine()) != null; ) out.add(line.split(","));
            return out;
        }
    }
}
