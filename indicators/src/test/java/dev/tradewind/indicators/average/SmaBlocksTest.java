package dev.tradewind.indicators.average;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The average computed a block at a time, alone or paired with another of the same input (random block lengths),
 * gives bit for bit the values of the definition computed bar by bar: the compensated running sum divided by the period
 * as each bar arrives, NaN inputs skipped, NaN before the first full window.
 */
class SmaBlocksTest {

    /** The definition, one bar at a time. */
    private static double[] reference(double[] in, int p) {
        double[] window = new double[p];
        double[] out = new double[in.length];
        double total = 0;
        double comp = 0;
        double v = Double.NaN;
        int n = 0;
        int next = 0;
        for (int g = 0; g < in.length; g++) {
            double x = in[g];
            if (!Double.isNaN(x)) {
                double old = n == p ? window[next] : 0;
                window[next] = x;
                next = (next + 1) % p;
                double d = x - old;
                double bv = d - x;
                double e = (x - (d - bv)) + (-old - bv);
                double t = total + d;
                comp += (Math.abs(total) >= Math.abs(d) ? (total - t) + d : (d - t) + total) + e;
                total = t;
                if (n < p) n++;
                if (n == p) v = (total + comp) / p;
            }
            out[g] = v;
        }
        return out;
    }

    /** A random walk of {@code size} prices, some whole, about one in {@code nanOneIn} NaN. */
    private static double[] prices(SplittableRandom random, int size, int nanOneIn) {
        double[] in = new double[size];
        double price = 50 + random.nextDouble() * 100;
        for (int i = 0; i < size; i++) {
            price *= 1 + (random.nextDouble() - 0.5) / 50;
            in[i] = random.nextInt(nanOneIn) == 0 ? Double.NaN : random.nextInt(20) == 0 ? Math.rint(price) : price;
        }
        return in;
    }

    /** SMA(p) alone, SMA(p) paired with SMA(q), their three output columns over {@code size} bars. */
    private static final class Fed {
        final int p;
        final int q;
        final Sma alone;
        final Sma first;
        final Sma second;
        final double[] a;
        final double[] b;
        final double[] c;

        Fed(int p, int q, int size) {
            this.p = p;
            this.q = q;
            alone = new Sma(p);
            first = new Sma(p);
            second = new Sma(q);
            a = new double[size];
            b = new double[size];
            c = new double[size];
        }

        /** Bars {@code [from, to)} of the column {@code in} at base {@code base}, to all three. */
        void block(double[] in, int base, int from, int to) {
            alone.updateLine(in, base, a, 0, from, to);
            first.updateBoth(second, in, base, b, 0, c, 0, from, to);
        }

        /** All three hold the definition's values of {@code in}. */
        void assertDefinition(int round, double[] in) {
            assertThat(a).as("round %d, SMA(%d)", round, p).containsExactly(reference(in, p));
            assertThat(b).as("round %d, SMA(%d) paired", round, p).containsExactly(reference(in, p));
            assertThat(c).as("round %d, SMA(%d) paired", round, q).containsExactly(reference(in, q));
        }
    }

    @Test
    void blocksAloneAndPairedEqualTheDefinitionBarByBar() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 300; round++) {
            int size = 1 + random.nextInt(600);
            double[] in = prices(random, size, 12);
            int p = 1 + random.nextInt(40);
            int q = 1 + random.nextInt(40);
            Fed fed = new Fed(p, q, size);
            for (int from = 0; from < size; ) { // blocks of random length, 0 included
                int to = Math.min(size, from + random.nextInt(random.nextBoolean() ? 4 : 90));
                fed.block(in, 0, from, to);
                from = to;
            }
            fed.assertDefinition(round, in);
            double[] ref = reference(in, p);
            assertThat(Double.doubleToRawLongBits(fed.alone.value())).isEqualTo(Double.doubleToRawLongBits(ref[size - 1]));
            assertThat(fed.alone.ready()).isEqualTo(!Double.isNaN(ref[size - 1]));
        }
    }
    /**
     * Once its window is full an average reads the inputs leaving it from the column it is fed (not from its ring) while
     * blocks continue one another: fed the same inputs from a column, from a copy of it at another base, and one at a
     * time, switching at random (rare NaNs, long windows), it still gives the definition's values bit for bit.
     */
    @Test
    void switchingBetweenColumnsAndSingleInputsKeepsTheDefinitionsValues() {
        SplittableRandom random = new SplittableRandom(17);
        for (int round = 0; round < 300; round++) {
            int size = 1 + random.nextInt(3000);
            double[] in = prices(random, size, 400);
            int shift = random.nextInt(50);
            double[] copy = new double[size + shift]; // in[g] at copy[g + shift]: base -shift
            System.arraycopy(in, 0, copy, shift, size);
            int p = 1 + random.nextInt(random.nextBoolean() ? 12 : 300);
            int q = 1 + random.nextInt(random.nextBoolean() ? 12 : 300);
            Fed fed = new Fed(p, q, size);
            for (int from = 0; from < size; ) {
                int to = Math.min(size, from + random.nextInt(random.nextBoolean() ? 5 : 700));
                switch (random.nextInt(3)) {
                    case 0 -> fed.block(in, 0, from, to);
                    case 1 -> fed.block(copy, -shift, from, to);
                    default -> {
                        for (int g = from; g < to; g++) {
                            fed.alone.update(in[g]);
                            fed.a[g] = fed.alone.value();
                            fed.first.update(in[g]);
                            fed.b[g] = fed.first.value();
                            fed.second.update(in[g]);
                            fed.c[g] = fed.second.value();
                        }
                    }
                }
                from = to;
            }
            fed.assertDefinition(round, in);
        }
    }
    /**
     * An average written over its own input column, block by block, gives the definition's values too: over flat
     * stretches its outputs equal the inputs they replaced, so the column before a block looks like its inputs.
     */
    @Test
    void anAverageWrittenOverItsInputKeepsTheDefinitionsValues() {
        SplittableRandom random = new SplittableRandom(23);
        for (int round = 0; round < 200; round++) {
            int size = 1 + random.nextInt(2000);
            double[] in = new double[size];
            double price = 100;
            for (int i = 0; i < size; i++) { // flat for tens of bars at a time
                if (random.nextInt(40) == 0) price = Math.rint(price + random.nextInt(9) - 4);
                in[i] = price;
            }
            int p = 1 + random.nextInt(random.nextBoolean() ? 4 : 30);
            double[] expected = reference(in, p);
            double[] column = in.clone();
            Sma sma = new Sma(p);
            for (int from = 0; from < size; ) {
                int to = Math.min(size, from + random.nextInt(300));
                sma.updateLine(column, 0, column, 0, from, to);
                from = to;
            }
            assertThat(column).as("round %d, SMA(%d) in place", round, p).containsExactly(expected);
        }
    }
}
