package dev.tradewind.bench.options;

import dev.tradewind.model.OptionType;

import dev.tradewind.options.Black76;
import dev.tradewind.options.BlackScholes;
import dev.tradewind.options.Greeks;
import dev.tradewind.options.ChainFormat;
import dev.tradewind.options.ChainLoader;
import dev.tradewind.options.ChainVols;
import dev.tradewind.options.ImpliedVol;
import dev.tradewind.options.VolSurface;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Price and greeks (delta, gamma, vega, theta, rho in one pass) of every contract of a 300-strike chain, calls and
 * puts (600 contracts), and the implied volatility of each from its price. One operation = one contract, so the score
 * is nanoseconds per contract. The chain: spot 5,000, strikes 3,505 to 6,495 by 10 (deep in to deep out of the money),
 * 30 days, a volatility smile from 12% to 45%, rate 4%, dividend yield 1.5%. {@code -prof gc} shows the bytes per
 * contract (0 for the pricing loop). {@code surfacePriceAndGreeks} takes each contract's volatility from the surface of
 * the 2019-06-26 SPXW snapshot ({@code sample-data/chains/full}, read from the working directory or its parent) on a
 * 300-strike chain around that day's forward, 30 days out (between two of the snapshot's expiries).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Thread)
public class ChainGreeksBenchmark {
    static final int STRIKES = 300;
    static final int CONTRACTS = 2 * STRIKES;
    static final double SPOT = 5000, T = 30 / 365.0, R = 0.04, Q = 0.015;

    private final double[] strikes = new double[STRIKES];
    private final double[] vols = new double[STRIKES];
    private final double[] callPrices = new double[STRIKES];
    private final double[] putPrices = new double[STRIKES];
    private final Greeks greeks = new Greeks();
    private VolSurface surface;
    private final double[] surfaceStrikes = new double[STRIKES];
    static final double SURFACE_SPOT = 2918.11, SURFACE_T = 30 / 365.0, SURFACE_R = 0.0247, SURFACE_Q = 0.019;

    @Setup
    public void setUp() throws Exception {
        Path file = Path.of("sample-data/chains/full/spxw20190626.csv.gz");
        if (!Files.exists(file)) file = Path.of("..").resolve(file);
        surface = VolSurface.fromChain(ChainVols.solve(ChainLoader.load(file, ChainFormat.SPXW), Double.NaN), "spxw20190626");
        for (int i = 0; i < STRIKES; i++) surfaceStrikes[i] = 2170 + 5 * i;
        for (int i = 0; i < STRIKES; i++) {
            strikes[i] = 3505 + 10 * i;
            double m = Math.log(strikes[i] / SPOT);
            vols[i] = Math.min(0.45, Math.max(0.12, 0.16 - 0.35 * m + 0.9 * m * m));
            callPrices[i] = BlackScholes.price(OptionType.CALL, SPOT, strikes[i], T, vols[i], R, Q);
            putPrices[i] = BlackScholes.price(OptionType.PUT, SPOT, strikes[i], T, vols[i], R, Q);
        }
    }

    /** BSM price and five greeks per contract. */
    @Benchmark
    @OperationsPerInvocation(CONTRACTS)
    public double bsmPriceAndGreeks() {
        double sum = 0;
        Greeks g = greeks;
        for (int i = 0; i < STRIKES; i++) {
            BlackScholes.greeks(OptionType.CALL, SPOT, strikes[i], T, vols[i], R, Q, g);
            sum += g.price() + g.delta() + g.gamma() + g.vega() + g.theta() + g.rho();
            BlackScholes.greeks(OptionType.PUT, SPOT, strikes[i], T, vols[i], R, Q, g);
            sum += g.price() + g.delta() + g.gamma() + g.vega() + g.theta() + g.rho();
        }
        return sum;
    }

    /** The surface's volatility for the strike, then BSM price and five greeks, per contract. */
    @Benchmark
    @OperationsPerInvocation(CONTRACTS)
    public double surfacePriceAndGreeks() {
        double sum = 0;
        Greeks g = greeks;
        double f = SURFACE_SPOT * Math.exp((SURFACE_R - SURFACE_Q) * SURFACE_T);
        for (int i = 0; i < STRIKES; i++) {
            double k = surfaceStrikes[i];
            BlackScholes.greeks(OptionType.CALL, SURFACE_SPOT, k, SURFACE_T, surface.vol(k, f, SURFACE_T), SURFACE_R, SURFACE_Q, g);
            sum += g.price() + g.delta() + g.gamma() + g.vega() + g.theta() + g.rho();
            BlackScholes.greeks(OptionType.PUT, SURFACE_SPOT, k, SURFACE_T, surface.vol(k, f, SURFACE_T), SURFACE_R, SURFACE_Q, g);
            sum += g.price() + g.delta() + g.gamma() + g.vega() + g.theta() + g.rho();
        }
        return sum;
    }

    /** Black-76 price and five greeks per contract (forward = spot). */
    @Benchmark
    @OperationsPerInvocation(CONTRACTS)
    public double black76PriceAndGreeks() {
        double sum = 0;
        Greeks g = greeks;
        for (int i = 0; i < STRIKES; i++) {
            Black76.greeks(OptionType.CALL, SPOT, strikes[i], T, vols[i], R, g);
            sum += g.price() + g.delta() + g.gamma() + g.vega() + g.theta() + g.rho();
            Black76.greeks(OptionType.PUT, SPOT, strikes[i], T, vols[i], R, g);
            sum += g.price() + g.delta() + g.gamma() + g.vega() + g.theta() + g.rho();
        }
        return sum;
    }

    /** Implied volatility from the price, per contract (the allocation-free entry point). */
    @Benchmark
    @OperationsPerInvocation(CONTRACTS)
    public double impliedVol() {
        double sum = 0;
        for (int i = 0; i < STRIKES; i++) {
            sum += ImpliedVol.blackScholesVol(OptionType.CALL, callPrices[i], SPOT, strikes[i], T, R, Q);
            sum += ImpliedVol.blackScholesVol(OptionType.PUT, putPrices[i], SPOT, strikes[i], T, R, Q);
        }
        return sum;
    }
}
