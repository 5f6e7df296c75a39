package dev.tradewind.indicators;

import static dev.tradewind.indicators.Naive.chain;
import static dev.tradewind.indicators.Naive.ema;
import static dev.tradewind.indicators.Naive.nan;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Oscillators against naive implementations on random bars. */
class MomentumProperties {

    @Property(tries = 150)
    void rsi(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        Lines.assertClose(b.spec("rsi(close," + n + ")"), Naive.rsi(b.close(), n), "rsi");
    }

    @Property(tries = 150)
    void stochRsi(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int n, @ForAll @IntRange(min = 1, max = 20) int stoch,
                  @ForAll @IntRange(min = 1, max = 5) int k, @ForAll @IntRange(min = 1, max = 5) int d,
                  @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        Lines.assertClose(b.spec("rsi(close," + n + ")"), Naive.rsi(b.close(), n), "rsi");
        // the stochastic of a computed line flips at near-ties, so it is checked on our RSI line
        double[] rsi = b.spec("rsi(close," + n + ")");
        double[] raw = chain(rsi, r -> {
            double[] out = nan(r.length);
            for (int i = stoch - 1; i < r.length; i++) {
                double hh = Naive.max(r, i - stoch + 1, i);
                double ll = Naive.min(r, i - stoch + 1, i);
                out[i] = hh == ll ? 0 : 100 * (r[i] - ll) / (hh - ll);
            }
            return out;
        });
        double[] kLine = chain(raw, y -> Naive.sma(y, k));
        String spec = "stochrsi(close," + n + "," + stoch + "," + k + "," + d + ")";
        Lines.assertClose(b.spec(spec), kLine, "stochrsi k");
        Lines.assertClose(b.spec(spec + ".d"), chain(kLine, y -> Naive.sma(y, d)), "stochrsi d");
    }

    @Property(tries = 150)
    void macdAndPpoBothSeedings(@ForAll long seed, @ForAll @IntRange(min = 1, max = 15) int fast, @ForAll @IntRange(min = 1, max = 20) int extra,
                                @ForAll @IntRange(min = 1, max = 12) int signal, @ForAll @IntRange(min = 1, max = 300) int size) {
        int slow = fast + extra;
        Bars b = RandomBars.generate(seed, size);
        double[] x = b.close();
        double[] slowEma = ema(x, slow);
        double[] talibFast = nan(size);
        if (size > slow - fast) {
            double[] tail = ema(java.util.Arrays.copyOfRange(x, slow - fast, size), fast);
            System.arraycopy(tail, 0, talibFast, slow - fast, tail.length);
        }
        for (String seeding : new String[] {"talib", "ttr"}) {
            double[] fastEma = seeding.equals("talib") ? talibFast : ema(x, fast);
            double[] macd = Naive.plus(1, fastEma, -1, slowEma);
            double[] sig = chain(macd, y -> ema(y, signal));
            String spec = "macd(close," + fast + "," + slow + "," + signal + "," + seeding + ")";
            Lines.assertClose(b.spec(spec), macd, spec);
            Lines.assertClose(b.spec(spec + ".signal"), sig, spec + ".signal");
            Lines.assertClose(b.spec(spec + ".hist"), Naive.plus(1, macd, -1, sig), spec + ".hist");
        }
        double[] ppo = new double[size];
        for (int i = 0; i < size; i++) ppo[i] = slowEma[i] == 0 ? 0 : 100 * (talibFast[i] - slowEma[i]) / slowEma[i];
        double[] ppoSignal = chain(ppo, y -> ema(y, signal));
        String spec = "ppo(close," + fast + "," + slow + "," + signal + ")";
        Lines.assertClose(b.spec(spec), ppo, "ppo");
        Lines.assertClose(b.spec(spec + ".signal"), ppoSignal, "ppo signal");
        Lines.assertClose(b.spec(spec + ".hist"), Naive.plus(1, ppo, -1, ppoSignal), "ppo hist");
    }

    @Property(tries = 150)
    void rocMomentumTrix(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] x = b.close();
        double[] roc = nan(size);
        double[] mom = nan(size);
        for (int i = n; i < size; i++) {
            roc[i] = 100 * (x[i] / x[i - n] - 1);
            mom[i] = x[i] - x[i - n];
        }
        Lines.assertClose(b.spec("roc(close," + n + ")"), roc, "roc");
        Lines.assertClose(b.spec("mom(close," + n + ")"), mom, "mom");
        double[] e3 = chain(chain(ema(x, n), y -> ema(y, n)), y -> ema(y, n));
        double[] trix = nan(size);
        for (int i = 1; i < size; i++) {
            if (!Double.isNaN(e3[i - 1])) trix[i] = 100 * (e3[i] / e3[i - 1] - 1);
        }
        Lines.assertClose(b.spec("trix(close," + n + ")"), trix, "trix");
    }

    @Property(tries = 150)
    void cci(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] tp = Naive.typical(b);
        double[] expected = nan(size);
        for (int i = n - 1; i < size; i++) {
            double mean = Naive.sum(tp, i - n + 1, i) / n;
            double mad = 0;
            for (int j = i - n + 1; j <= i; j++) mad += Math.abs(tp[j] - mean);
            mad /= n;
            expected[i] = Naive.flat(tp, i - n + 1, i) || mad == 0 ? 0 : (tp[i] - mean) / (0.015 * mad);
        }
        Lines.assertClose(b.spec("cci(" + n + ")"), expected, "cci");
    }

    @Property(tries = 150)
    void stochasticsAndWilliams(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 1, max = 5) int slowK,
                                @ForAll @IntRange(min = 1, max = 5) int d, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] fastK = Naive.percentK(b, n);
        double[] k = chain(fastK, y -> Naive.sma(y, slowK));
        String stoch = "stoch(" + n + "," + slowK + "," + d + ")";
        Lines.assertClose(b.spec(stoch + ".fastk"), fastK, "fastk");
        Lines.assertClose(b.spec(stoch), k, "k");
        Lines.assertClose(b.spec(stoch + ".d"), chain(k, y -> Naive.sma(y, d)), "d");
        Lines.assertClose(b.spec("stochf(" + n + "," + d + ")"), fastK, "stochf fastk");
        Lines.assertClose(b.spec("stochf(" + n + "," + d + ").fastd"), chain(fastK, y -> Naive.sma(y, d)), "stochf fastd");
        double[] willr = nan(size);
        for (int i = n - 1; i < size; i++) {
            double hh = Naive.max(b.high(), i - n + 1, i);
            double ll = Naive.min(b.low(), i - n + 1, i);
            willr[i] = hh == ll ? 0 : -100 * (hh - b.close()[i]) / (hh - ll);
        }
        Lines.assertClose(b.spec("willr(" + n + ")"), willr, "willr");
    }
}
