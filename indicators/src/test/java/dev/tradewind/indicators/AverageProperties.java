package dev.tradewind.indicators;

import static dev.tradewind.indicators.Naive.chain;
import static dev.tradewind.indicators.Naive.ema;
import static dev.tradewind.indicators.Naive.plus;
import static dev.tradewind.indicators.Naive.wma;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Moving averages against naive window recomputation on random bars. */
class AverageProperties {

    @Property(tries = 150)
    void sma(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        Lines.assertClose(b.spec("sma(close," + n + ")"), Naive.sma(b.close(), n), "sma");
    }

    @Property(tries = 150)
    void emaBothSeeds(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        Lines.assertClose(b.spec("ema(close," + n + ")"), ema(b.close(), n), "ema");
        Lines.assertClose(b.spec("ema(close," + n + ",first)"), ema(b.close(), n, 2.0 / (n + 1), true), "ema first");
        Lines.assertClose(b.spec("rma(close," + n + ")"), ema(b.close(), n, 1.0 / n, false), "rma");
    }

    @Property(tries = 150)
    void wmaDemaTemaHma(@ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] x = b.close();
        Lines.assertClose(b.spec("wma(close," + n + ")"), wma(x, n), "wma");
        double[] e1 = ema(x, n);
        double[] e2 = chain(e1, y -> ema(y, n));
        double[] e3 = chain(e2, y -> ema(y, n));
        Lines.assertClose(b.spec("dema(close," + n + ")"), plus(2, e1, -1, e2), "dema");
        Lines.assertClose(b.spec("tema(close," + n + ")"), plus(1, plus(3, e1, -3, e2), 1, e3), "tema");
        double[] raw = plus(2, wma(x, n / 2), -1, wma(x, n));
        Lines.assertClose(b.spec("hma(close," + n + ")"), chain(raw, y -> wma(y, (int) Math.sqrt(n))), "hma");
    }

    @Property(tries = 150)
    void kama(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] x = b.close();
        double[] expected = Naive.nan(size);
        double fast = 2.0 / 3;
        double slow = 2.0 / 31;
        double k = Double.NaN;
        for (int i = n; i < size; i++) {
            double noise = 0;
            for (int j = i - n + 1; j <= i; j++) noise += Math.abs(x[j] - x[j - 1]);
            double direction = Math.abs(x[i] - x[i - n]);
            double er = noise <= direction ? 1 : direction / noise;
            double sc = Math.pow(er * (fast - slow) + slow, 2);
            if (Double.isNaN(k)) k = x[i - 1];
            k = k + sc * (x[i] - k);
            expected[i] = k;
        }
        Lines.assertClose(b.spec("kama(close," + n + ")"), expected, "kama");
    }

    @Property(tries = 150)
    void vwma(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] expected = Naive.nan(size);
        for (int i = n - 1; i < size; i++) {
            double pv = 0;
            double v = 0;
            for (int j = i - n + 1; j <= i; j++) {
                pv += b.close()[j] * b.volume()[j];
                v += b.volume()[j];
            }
            expected[i] = v == 0 ? Naive.sum(b.close(), i - n + 1, i) / n : pv / v;
        }
        Lines.assertClose(b.spec("vwma(close," + n + ")"), expected, "vwma");
    }
}
