package dev.tradewind.bench.indicators;

import dev.tradewind.indicators.Indicator;
import dev.tradewind.indicators.average.Ema;
import dev.tradewind.indicators.average.Sma;
import dev.tradewind.indicators.momentum.Rsi;
import dev.tradewind.indicators.volatility.Atr;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Streaming throughput of single indicators on one core, one operation = one value fed (target: at least 100
 * million values/s each). Each invocation runs over a pre-generated array of {@link #SIZE} prices; the
 * indicator state carries over between invocations, as in a long run. {@code *ViaInterface} calls the
 * {@link Indicator} method the graph uses. Run with {@code -prof gc} to see zero bytes per operation.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class StreamingIndicatorBenchmark {

    static final int SIZE = 1 << 20;

    private PriceData data;
    private Sma sma;
    private Ema ema;
    private Rsi rsi;
    private Atr atr;
    private Indicator smaViaInterface;

    @Setup
    public void setUp() {
        data = new PriceData(SIZE);
        sma = new Sma(20);
        ema = new Ema(20);
        rsi = new Rsi(14);
        atr = new Atr(14);
        smaViaInterface = new Sma(20);
    }

    @Benchmark
    @OperationsPerInvocation(SIZE)
    public double sma() {
        double[] x = data.close;
        Sma s = sma;
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            s.update(x[i]);
            sum += s.value();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(SIZE)
    public double ema() {
        double[] x = data.close;
        Ema e = ema;
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            e.update(x[i]);
            sum += e.value();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(SIZE)
    public double rsi() {
        double[] x = data.close;
        Rsi r = rsi;
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            r.update(x[i]);
            sum += r.value();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(SIZE)
    public double atr() {
        PriceData d = data;
        Atr a = atr;
        double sum = 0;
        for (int i = 0; i < d.close.length; i++) {
            a.update(0L, d.open[i], d.high[i], d.low[i], d.close[i], d.volume[i], Double.NaN);
            sum += a.value();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(SIZE)
    public double smaViaInterface() {
        PriceData d = data;
        Indicator s = smaViaInterface;
        double sum = 0;
        for (int i = 0; i < d.close.length; i++) {
            s.update(0L, d.open[i], d.high[i], d.low[i], d.close[i], d.volume[i], d.close[i]);
            sum += s.value(0);
        }
        return sum;
    }
}
