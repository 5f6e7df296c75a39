package dev.tradewind.options;

import java.util.Arrays;

/**
 * One expiry's smile: volatilities at log-moneyness nodes {@code x = ln(K / F)}, ascending, interpolated linearly in
 * total variance {@code w = vol^2 t} between nodes and flat (in volatility) beyond the first and last. At a node it
 * gives that node's volatility exactly. Immutable, allocation-free.
 */
final class Smile {
    final double years;
    final double[] x;
    final double[] vol;
    final double[] w;

    Smile(double years, double[] x, double[] vol) {
        if (!(years > 0) || x.length == 0 || x.length != vol.length) throw new IllegalArgumentException("a smile needs nodes and a time > 0");
        for (int i = 1; i < x.length; i++) {
            if (!(x[i] > x[i - 1])) throw new IllegalArgumentException("smile nodes must ascend: " + x[i - 1] + ", " + x[i]);
        }
        this.years = years;
        this.x = x.clone();
        this.vol = vol.clone();
        this.w = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!(vol[i] > 0) || Double.isInfinite(vol[i])) throw new IllegalArgumentException("smile vol must be > 0, got " + vol[i]);
            w[i] = vol[i] * vol[i] * years;
        }
    }

    /** The volatility at log-moneyness {@code m}. */
    double vol(double m) {
        int i = Arrays.binarySearch(x, m);
        if (i >= 0) return vol[i];
        return Math.sqrt(totalVariance(m) / years);
    }

    /** The total variance at log-moneyness {@code m}. */
    double totalVariance(double m) {
        int i = Arrays.binarySearch(x, m);
        if (i >= 0) return w[i];
        int hi = -i - 1;
        if (hi == 0) return w[0];
        if (hi == x.length) return w[x.length - 1];
        double a = (m - x[hi - 1]) / (x[hi] - x[hi - 1]);
        return w[hi - 1] + a * (w[hi] - w[hi - 1]);
    }
}
