package dev.tradewind.indicators;

import static dev.tradewind.indicators.Naive.nan;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Trend indicators against naive implementations and invariants on random bars. */
class TrendProperties {

    @Property(tries = 150)
    void directionalMovement(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] pdi = nan(size);
        double[] mdi = nan(size);
        double[] dx = nan(size);
        double sp = 0;
        double sm = 0;
        double st = 0;
        for (int i = 1; i < size; i++) {
            double up = b.high()[i] - b.high()[i - 1];
            double down = b.low()[i - 1] - b.low()[i];
            double p = up > down && up > 0 ? up : 0;
            double m = down > up && down > 0 ? down : 0;
            double tr = Math.max(b.high()[i], b.close()[i - 1]) - Math.min(b.low()[i], b.close()[i - 1]);
            if (i < n) {
                sp += p;
                sm += m;
                st += tr;
                continue;
            }
            sp = sp - sp / n + p;
            sm = sm - sm / n + m;
            st = st - st / n + tr;
            pdi[i] = st == 0 ? 0 : 100 * sp / st;
            mdi[i] = st == 0 ? 0 : 100 * sm / st;
            dx[i] = pdi[i] + mdi[i] == 0 ? 0 : 100 * Math.abs(pdi[i] - mdi[i]) / (pdi[i] + mdi[i]);
        }
        Lines.assertClose(b.spec("adx(" + n + ").plusdi"), pdi, "+di");
        Lines.assertClose(b.spec("adx(" + n + ").minusdi"), mdi, "-di");
        Lines.assertClose(b.spec("adx(" + n + ").dx"), dx, "dx");
        Lines.assertClose(b.spec("adx(" + n + ")"), Naive.wilder(dx, n), "adx");
    }

    @Property(tries = 150)
    void aroon(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] up = nan(size);
        double[] down = nan(size);
        for (int i = n; i < size; i++) {
            int hi = i - n;
            int lo = i - n;
            for (int j = i - n; j <= i; j++) {
                if (b.high()[j] >= b.high()[hi]) hi = j;
                if (b.low()[j] <= b.low()[lo]) lo = j;
            }
            up[i] = 100.0 * (n - (i - hi)) / n;
            down[i] = 100.0 * (n - (i - lo)) / n;
        }
        Lines.assertClose(b.spec("aroon(" + n + ")"), up, "up");
        Lines.assertClose(b.spec("aroon(" + n + ").down"), down, "down");
        Lines.assertClose(b.spec("aroon(" + n + ").osc"), Naive.plus(1, up, -1, down), "osc");
    }

    @Property(tries = 200)
    void parabolicSarStaysOutsideTheBar(@ForAll long seed, @ForAll @IntRange(min = 1, max = 10) int step, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        String spec = "sar(" + step / 100.0 + "," + step / 10.0 + ")";
        double[] sar = b.spec(spec);
        double[] dir = b.spec(spec + ".dir");
        for (int i = 0; i < size; i++) {
            if (i == 0) {
                assertThat(sar[i]).isNaN();
                continue;
            }
            if (dir[i] > 0) {
                assertThat(sar[i]).as("long stop at row %d", i).isLessThanOrEqualTo(b.low()[i]);
            } else {
                assertThat(dir[i]).isEqualTo(-1);
                assertThat(sar[i]).as("short stop at row %d", i).isGreaterThanOrEqualTo(b.high()[i]);
            }
        }
    }

    @Property(tries = 150)
    void superTrend(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int n, @ForAll @IntRange(min = 1, max = 4) int mult,
                    @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] atr = Naive.atr(b, n);
        double[] value = nan(size);
        double[] dir = nan(size);
        double upper = Double.NaN;
        double lower = Double.NaN;
        int d = 0;
        for (int i = n; i < size; i++) {
            double mid = (b.high()[i] + b.low()[i]) / 2;
            double bu = mid + mult * atr[i];
            double bl = mid - mult * atr[i];
            double pc = b.close()[i - 1];
            if (d == 0) {
                upper = bu;
                lower = bl;
                d = -1;
            } else {
                upper = bu < upper || pc > upper ? bu : upper;
                lower = bl > lower || pc < lower ? bl : lower;
                if (d < 0 && b.close()[i] > upper) d = 1;
                else if (d > 0 && b.close()[i] < lower) d = -1;
            }
            value[i] = d > 0 ? lower : upper;
            dir[i] = d;
        }
        Lines.assertClose(b.spec("supertrend(" + n + "," + mult + ")"), value, "supertrend");
        Lines.assertClose(b.spec("supertrend(" + n + "," + mult + ").dir"), dir, "supertrend dir");
    }

    @Property(tries = 150)
    void ichimoku(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int t, @ForAll @IntRange(min = 1, max = 30) int k,
                  @ForAll @IntRange(min = 1, max = 60) int s, @ForAll @IntRange(min = 1, max = 30) int displacement,
                  @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] tenkan = Naive.midpoint(b, t);
        double[] kijun = Naive.midpoint(b, k);
        double[] leadA = Naive.plus(0.5, tenkan, 0.5, kijun);
        double[] leadB = Naive.midpoint(b, s);
        String spec = "ichimoku(" + t + "," + k + "," + s + "," + displacement + ")";
        Lines.assertClose(b.spec(spec), tenkan, "tenkan");
        Lines.assertClose(b.spec(spec + ".kijun"), kijun, "kijun");
        Lines.assertClose(b.spec(spec + ".leada"), leadA, "leada");
        Lines.assertClose(b.spec(spec + ".leadb"), leadB, "leadb");
        Lines.assertClose(b.spec(spec + ".spana"), Naive.shift(leadA, displacement - 1), "spana");
        Lines.assertClose(b.spec(spec + ".spanb"), Naive.shift(leadB, displacement - 1), "spanb");
    }

    @Property(tries = 200)
    void crossoverAndCrossunder(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] a = b.close();
        double[] m = Naive.sma(a, n);
        double[] over = nan(size);
        double[] under = nan(size);
        double[] both = nan(size);
        for (int i = n; i < size; i++) {
            double last = 0;
            for (int j = i - 1; j >= n - 1 && last == 0; j--) last = a[j] - m[j];
            double now = a[i] - m[i];
            over[i] = last < 0 && now > 0 ? 1 : 0;
            under[i] = last > 0 && now < 0 ? 1 : 0;
            both[i] = over[i] - under[i];
        }
        Lines.assertClose(b.spec("crossover(close,sma(close," + n + "))"), over, "crossover");
        Lines.assertClose(b.spec("crossunder(close,sma(close," + n + "))"), under, "crossunder");
        Lines.assertClose(b.spec("cross(close,sma(close," + n + "))"), both, "cross");
    }
}
