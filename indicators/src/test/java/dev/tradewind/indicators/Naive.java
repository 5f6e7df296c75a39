package dev.tradewind.indicators;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Naive reference implementations over whole arrays: each value recomputed from its window, written from the
 * definitions without the streaming tricks, to cross-check the streaming indicators.
 */
final class Naive {

    private Naive() {}

    static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** Applies {@code f} to the part of {@code x} after its leading NaNs (TA-Lib chaining). */
    static double[] chain(double[] x, UnaryOperator<double[]> f) {
        int first = 0;
        while (first < x.length && Double.isNaN(x[first])) first++;
        double[] out = nan(x.length);
        if (first == x.length) return out;
        double[] y = f.apply(Arrays.copyOfRange(x, first, x.length));
        System.arraycopy(y, 0, out, first, y.length);
        return out;
    }

    static double sum(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i <= to; i++) s += x[i];
        return s;
    }

    static double max(double[] x, int from, int to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = from; i <= to; i++) m = Math.max(m, x[i]);
        return m;
    }

    static double min(double[] x, int from, int to) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = from; i <= to; i++) m = Math.min(m, x[i]);
        return m;
    }

    static boolean flat(double[] x, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (x[i] != x[from]) return false;
        }
        return true;
    }

    static double[] sma(double[] x, int n) {
        double[] out = nan(x.length);
        for (int i = n - 1; i < x.length; i++) out[i] = sum(x, i - n + 1, i) / n;
        return out;
    }

    static double[] ema(double[] x, int n, double alpha, boolean firstSeed) {
        double[] out = nan(x.length);
        int start = firstSeed ? 0 : n - 1;
        if (start >= x.length) return out;
        double e = firstSeed ? x[0] : sum(x, 0, n - 1) / n;
        out[start] = e;
        for (int i = start + 1; i < x.length; i++) {
            e = e + alpha * (x[i] - e);
            out[i] = e;
        }
        return out;
    }

    static double[] ema(double[] x, int n) { return ema(x, n, 2.0 / (n + 1), false); }

    static double[] wma(double[] x, int n) {
        double[] out = nan(x.length);
        for (int i = n - 1; i < x.length; i++) {
            double s = 0;
            for (int k = 0; k < n; k++) s += (n - k) * x[i - k];
            out[i] = s / (n * (n + 1) / 2.0);
        }
        return out;
    }

    static double[] plus(double a, double[] x, double b, double[] y) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = a * x[i] + b * y[i];
        return out;
    }

    static double[] stdev(double[] x, int n) {
        double[] out = nan(x.length);
        for (int i = n - 1; i < x.length; i++) {
            double mean = sum(x, i - n + 1, i) / n;
            double ss = 0;
            for (int k = i - n + 1; k <= i; k++) ss += (x[k] - mean) * (x[k] - mean);
            out[i] = flat(x, i - n + 1, i) ? 0 : Math.sqrt(ss / n);
        }
        return out;
    }

    static double[] highest(double[] x, int n) {
        double[] out = nan(x.length);
        for (int i = n - 1; i < x.length; i++) out[i] = max(x, i - n + 1, i);
        return out;
    }

    static double[] lowest(double[] x, int n) {
        double[] out = nan(x.length);
        for (int i = n - 1; i < x.length; i++) out[i] = min(x, i - n + 1, i);
        return out;
    }

    static double[] trueRange(Bars b) {
        double[] out = nan(b.size());
        for (int i = 1; i < b.size(); i++) {
            double pc = b.close()[i - 1];
            out[i] = Math.max(b.high()[i], pc) - Math.min(b.low()[i], pc);
        }
        return out;
    }

    /** Wilder average seeded with the mean of the first n valid values. */
    static double[] wilder(double[] x, int n) {
        return chain(x, y -> ema(y, n, 1.0 / n, false));
    }

    static double[] atr(Bars b, int n) { return wilder(trueRange(b), n); }

    static double[] typical(Bars b) {
        double[] tp = new double[b.size()];
        for (int i = 0; i < tp.length; i++) tp[i] = (b.high()[i] + b.low()[i] + b.close()[i]) / 3;
        return tp;
    }

    static double[] percentK(Bars b, int n) {
        double[] out = nan(b.size());
        for (int i = n - 1; i < b.size(); i++) {
            double hh = max(b.high(), i - n + 1, i);
            double ll = min(b.low(), i - n + 1, i);
            out[i] = hh == ll ? 0 : 100 * (b.close()[i] - ll) / (hh - ll);
        }
        return out;
    }

    static double[] rsi(double[] x, int n) {
        double[] out = nan(x.length);
        if (x.length <= n) return out;
        double gain = 0;
        double loss = 0;
        for (int i = 1; i <= n; i++) {
            double d = x[i] - x[i - 1];
            gain += Math.max(d, 0);
            loss += Math.max(-d, 0);
        }
        gain /= n;
        loss /= n;
        for (int i = n; i < x.length; i++) {
            if (i > n) {
                double d = x[i] - x[i - 1];
                gain = (gain * (n - 1) + Math.max(d, 0)) / n;
                loss = (loss * (n - 1) + Math.max(-d, 0)) / n;
            }
            out[i] = gain + loss == 0 ? 0 : 100 * gain / (gain + loss);
        }
        return out;
    }

    static double[] midpoint(Bars b, int n) {
        double[] out = nan(b.size());
        for (int i = n - 1; i < b.size(); i++) out[i] = (max(b.high(), i - n + 1, i) + min(b.low(), i - n + 1, i)) / 2;
        return out;
    }

    static double[] shift(double[] x, int k) {
        double[] out = nan(x.length);
        for (int i = k; i < x.length; i++) out[i] = x[i - k];
        return out;
    }
}
