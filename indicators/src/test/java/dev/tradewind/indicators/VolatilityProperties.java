package dev.tradewind.indicators;

import static dev.tradewind.indicators.Naive.nan;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Ranges, bands and deviations against naive implementations on random bars. */
class VolatilityProperties {

    @Property(tries = 150)
    void trueRangeAtrNatr(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] atr = Naive.atr(b, n);
        double[] natr = new double[size];
        for (int i = 0; i < size; i++) natr[i] = 100 * atr[i] / b.close()[i];
        Lines.assertClose(b.spec("tr"), Naive.trueRange(b), "tr");
        Lines.assertClose(b.spec("atr(" + n + ")"), atr, "atr");
        Lines.assertClose(b.spec("natr(" + n + ")"), natr, "natr");
    }

    @Property(tries = 150)
    void bollinger(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 0, max = 4) int k,
                   @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] x = b.close();
        double[] mid = Naive.sma(x, n);
        double[] sd = Naive.stdev(x, n);
        double[] up = Naive.plus(1, mid, k, sd);
        double[] lo = Naive.plus(1, mid, -k, sd);
        double[] pctb = nan(size);
        double[] width = nan(size);
        double[] z = nan(size);
        for (int i = n - 1; i < size; i++) {
            pctb[i] = up[i] == lo[i] ? 0.5 : (x[i] - lo[i]) / (up[i] - lo[i]);
            width[i] = (up[i] - lo[i]) / mid[i];
            z[i] = sd[i] == 0 ? 0 : (x[i] - mid[i]) / sd[i];
        }
        String spec = "bbands(close," + n + "," + k + ")";
        Lines.assertClose(b.spec(spec), mid, "middle");
        Lines.assertClose(b.spec(spec + ".upper"), up, "upper");
        Lines.assertClose(b.spec(spec + ".lower"), lo, "lower");
        Lines.assertClose(b.spec(spec + ".pctb"), pctb, "pctb");
        Lines.assertClose(b.spec(spec + ".bandwidth"), width, "bandwidth");
        Lines.assertClose(b.spec("stddev(close," + n + ")"), sd, "stddev");
        Lines.assertClose(b.spec("zscore(close," + n + ")"), z, "zscore");
    }

    @Property(tries = 150)
    void keltnerAndDonchian(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 1, max = 20) int atrN,
                            @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] mid = Naive.ema(b.close(), n);
        double[] atr = Naive.atr(b, atrN);
        String keltner = "keltner(" + n + ",1.5," + atrN + ")";
        Lines.assertClose(b.spec(keltner), mid, "keltner middle");
        Lines.assertClose(b.spec(keltner + ".upper"), Naive.plus(1, mid, 1.5, atr), "keltner upper");
        Lines.assertClose(b.spec(keltner + ".lower"), Naive.plus(1, mid, -1.5, atr), "keltner lower");
        double[] hh = Naive.highest(b.high(), n);
        double[] ll = Naive.lowest(b.low(), n);
        Lines.assertClose(b.spec("donchian(" + n + ").upper"), hh, "donchian upper");
        Lines.assertClose(b.spec("donchian(" + n + ").lower"), ll, "donchian lower");
        Lines.assertClose(b.spec("donchian(" + n + ")"), Naive.plus(0.5, hh, 0.5, ll), "donchian middle");
    }
}
