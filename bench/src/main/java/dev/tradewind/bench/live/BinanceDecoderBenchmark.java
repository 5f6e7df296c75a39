package dev.tradewind.bench.live;

import dev.tradewind.live.MarketEvent;
import dev.tradewind.live.binance.BinanceDecoder;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Messages per second the Binance decoder sustains on one thread (one core): websocket text in the combined-stream
 * envelope to a {@link MarketEvent}. {@link #closedKline} and {@link #aggTrade} are single message types;
 * {@link #mix} cycles through closed and forming klines, aggTrades, bookTickers and 5-level depth updates in the
 * proportions of a busy symbol's streams (trades and quotes dominate). Score: messages per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class BinanceDecoderBenchmark {
    private static final int N = 4096;
    private final BinanceDecoder decoder = new BinanceDecoder();
    private String[] klines;
    private String[] trades;
    private String[] mix;
    private int i;

    @Setup
    public void messages() {
        klines = new String[N];
        trades = new String[N];
        mix = new String[N];
        long t0 = 1690848000000L;
        for (int k = 0; k < N; k++) {
            double p = 4.25 + (k % 97) * 0.001;
            klines[k] = kline(t0 + 60_000L * k, p, true);
            trades[k] = String.format(Locale.ROOT, "{\"stream\":\"filusdt@aggTrade\",\"data\":{\"e\":\"aggTrade\",\"E\":%d,"
                    + "\"s\":\"FILUSDT\",\"a\":%d,\"p\":\"%.3f\",\"q\":\"%.1f\",\"f\":%d,\"l\":%d,\"T\":%d,\"m\":%b,\"M\":true}}",
                    t0 + k, 226532 + k, p, 10 + k % 50 * 0.5, 228423 + k, 228423 + k, t0 + k, k % 2 == 0);
            mix[k] = switch (k % 10) {
                case 0 -> kline(t0 + 60_000L * k, p, k % 20 == 0);
                case 1, 2, 3, 4 -> trades[k];
                case 5, 6, 7, 8 -> String.format(Locale.ROOT, "{\"stream\":\"filusdt@bookTicker\",\"data\":{\"e\":\"bookTicker\","
                        + "\"u\":%d,\"E\":%d,\"T\":%d,\"s\":\"FILUSDT\",\"b\":\"%.3f\",\"B\":\"%.1f\",\"a\":\"%.3f\",\"A\":\"%.1f\"}}",
                        400900217L + k, t0 + k, t0 + k, p, 1200.5, p + 0.001, 830.1);
                default -> depth(t0 + k, p, k);
            };
        }
    }

    private static String kline(long open, double p, boolean closed) {
        return String.format(Locale.ROOT, "{\"stream\":\"filusdt@kline_1m\",\"data\":{\"e\":\"kline\",\"E\":%d,\"s\":\"FILUSDT\","
                + "\"k\":{\"t\":%d,\"T\":%d,\"s\":\"FILUSDT\",\"i\":\"1m\",\"f\":1054217725,\"L\":1054218306,\"o\":\"%.3f\","
                + "\"c\":\"%.3f\",\"h\":\"%.3f\",\"l\":\"%.3f\",\"v\":\"25259.1\",\"n\":208,\"x\":%b,\"q\":\"107451.0165\","
                + "\"V\":\"5452.3\",\"Q\":\"23199.1103\",\"B\":\"0\"}}}", open + 60_000, open, open + 59_999, p, p + 0.002, p + 0.004,
                p - 0.003, closed);
    }

    private static String depth(long t, double p, int k) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "{\"stream\":\"filusdt@depth@100ms\",\"data\":{\"e\":"
                + "\"depthUpdate\",\"E\":%d,\"T\":%d,\"s\":\"FILUSDT\",\"U\":%d,\"u\":%d,\"pu\":%d,\"b\":[", t, t, 390497796L + k,
                390497878L + k, 390497794L + k));
        for (int l = 0; l < 5; l++) b.append(l > 0 ? "," : "").append(String.format(Locale.ROOT, "[\"%.3f\",\"%.1f\"]", p - l * 0.001, 100.0 + l));
        b.append("],\"a\":[");
        for (int l = 0; l < 5; l++) b.append(l > 0 ? "," : "").append(String.format(Locale.ROOT, "[\"%.3f\",\"%.1f\"]", p + (l + 1) * 0.001, 90.0 + l));
        return b.append("]}}").toString();
    }

    @Benchmark
    public MarketEvent closedKline() throws Exception { return decoder.decode(klines[i++ & (N - 1)], 0); }

    @Benchmark
    public MarketEvent aggTrade() throws Exception { return decoder.decode(trades[i++ & (N - 1)], 0); }

    @Benchmark
    public MarketEvent mix() throws Exception { return decoder.decode(mix[i++ & (N - 1)], 0); }
}
