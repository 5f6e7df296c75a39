package dev.tradewind.bench.engine;

import dev.tradewind.model.BarSeries;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded synthetic one-minute bars for the benchmarks: a geometric random walk (no drift, 0.08% volatility per
 * bar, about 58% a year) starting at 100. Each bar opens at the previous close; its high and low extend beyond the
 * body by a random half-volatility wick; volume is a whole number, log-normal around 1,000 units. Bar times are
 * 1 minute apart from 2024-01-01T00:00:00Z, in epoch nanoseconds. The same seed gives the same bars.
 *
 * <p>Prices are not rounded to a tick: on a cent grid the two averages are often exactly equal, and whether such a
 * tie counts as a cross then depends on each implementation's floating-point rounding, so the engine, the hand loop
 * and ta4j would not make the same trades. Off the grid they do, and the comparison is like for like.
 */
public final class SyntheticBars {
    /** The seed every benchmark uses, so all of them see the same bars. */
    public static final long SEED = 20_240_101L;
    /** 2024-01-01T00:00:00Z in epoch nanoseconds. */
    public static final long START = 1_704_067_200L * 1_000_000_000L;
    /** One minute in nanoseconds. */
    public static final long STEP = 60L * 1_000_000_000L;

    private static final double SIGMA = 0.0008;

    private SyntheticBars() {}

    /** {@code n} bars of symbol {@code SYN} from {@link #SEED}. */
    public static BarSeries generate(int n) { return generate(n, SEED); }

    /** {@code n} bars of symbol {@code SYN} from the given seed. */
    public static BarSeries generate(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] time = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        double last = 100.0;
        for (int i = 0; i < n; i++) {
            double o = last;
            double c = o * Math.exp(SIGMA * rnd.nextGaussian());
            double wickUp = Math.abs(rnd.nextGaussian()) * SIGMA / 2;
            double wickDown = Math.abs(rnd.nextGaussian()) * SIGMA / 2;
            time[i] = START + i * STEP;
            open[i] = o;
            close[i] = c;
            high[i] = Math.max(o, c) * Math.exp(wickUp);
            low[i] = Math.min(o, c) * Math.exp(-wickDown);
            volume[i] = Math.rint(1000 * Math.exp(0.5 * rnd.nextGaussian()));
            last = c;
        }
        return new BarSeries("SYN", time, open, high, low, close, volume);
    }

    /** The first {@code n} bars of a series, copied. */
    public static BarSeries head(BarSeries s, int n) {
        return new BarSeries(s.symbol(), Arrays.copyOf(s.time(), n), Arrays.copyOf(s.open(), n),
                Arrays.copyOf(s.high(), n), Arrays.copyOf(s.low(), n), Arrays.copyOf(s.close(), n),
                Arrays.copyOf(s.volume(), n));
    }
}
