package dev.tradewind.indicators;

import static dev.tradewind.indicators.Naive.nan;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Window statistics against naive implementations on random bars. */
class StatsProperties {

    @Property(tries = 150)
    void extremesAndRange(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        Lines.assertClose(b.spec("highest(high," + n + ")"), Naive.highest(b.high(), n), "highest");
        Lines.assertClose(b.spec("lowest(low," + n + ")"), Naive.lowest(b.low(), n), "lowest");
        Lines.assertClose(b.spec("range(" + n + ")"), Naive.plus(1, Naive.highest(b.high(), n), -1, Naive.lowest(b.low(), n)), "range");
    }

    @Property(tries = 150)
    void linearRegression(@ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] y = b.close();
        double[] value = nan(size);
        double[] slope = nan(size);
        double[] intercept = nan(size);
        double[] r2 = nan(size);
        for (int i = n - 1; i < size; i++) {
            double mx = (n - 1) / 2.0;
            double my = Naive.sum(y, i - n + 1, i) / n;
            double sxy = 0;
            double sxx = 0;
            double syy = 0;
            for (int x = 0; x < n; x++) {
                double dy = y[i - n + 1 + x] - my;
                sxy += (x - mx) * dy;
                sxx += (x - mx) * (x - mx);
                syy += dy * dy;
            }
            boolean flat = Naive.flat(y, i - n + 1, i);
            slope[i] = flat ? 0 : sxy / sxx;
            intercept[i] = my - slope[i] * mx;
            value[i] = intercept[i] + slope[i] * (n - 1);
            r2[i] = flat ? 0 : sxy * sxy / (sxx * syy);
        }
        String spec = "linreg(close," + n + ")";
        Lines.assertClose(b.spec(spec), value, "value");
        Lines.assertClose(b.spec(spec + ".slope"), slope, "slope");
        Lines.assertClose(b.spec(spec + ".intercept"), intercept, "intercept");
        Lines.assertClose(b.spec(spec + ".r2"), r2, "r2");
    }

    @Property(tries = 150)
    void efficiencyRatio(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] x = b.close();
        double[] er = nan(size);
        for (int i = n; i < size; i++) {
            double noise = 0;
            for (int j = i - n + 1; j <= i; j++) noise += Math.abs(x[j] - x[j - 1]);
            double direction = Math.abs(x[i] - x[i - n]);
            er[i] = direction == 0 ? 0 : Math.min(1, direction / noise);
        }
        Lines.assertClose(b.spec("er(close," + n + ")"), er, "er");
    }
}
