package dev.tradewind.options;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * At-the-money volatility by time to expiry: a volatility per expiry, total variance {@code vol^2 t} linear in time
 * between expiries, flat volatility before the first and after the last; the same at every strike. Exact at each
 * expiry; free of calendar arbitrage exactly when {@link #calendarViolations()} is empty. Immutable, allocation-free.
 */
public final class TermStructure implements VolatilityModel {
    private final String label;
    private final LocalDate[] expiries;
    private final double[] years;
    private final double[] vol;
    private final double[] w;

    TermStructure(String label, LocalDate[] expiries, double[] years, double[] vol) {
        if (years.length == 0 || years.length != vol.length) throw new IllegalArgumentException("a term structure needs points");
        for (int i = 0; i < years.length; i++) {
            if (!(years[i] > 0) || (i > 0 && !(years[i] > years[i - 1]))) throw new IllegalArgumentException("times must be > 0 and ascend");
            if (!(vol[i] > 0) || Double.isInfinite(vol[i])) throw new IllegalArgumentException("volatility must be > 0, got " + vol[i]);
        }
        this.label = label;
        this.expiries = expiries;
        this.years = years.clone();
        this.vol = vol.clone();
        this.w = new double[vol.length];
        for (int i = 0; i < w.length; i++) w[i] = vol[i] * vol[i] * years[i];
    }

    /** A term structure of given volatilities at given times (years, ascending); {@code label} for reports. */
    public static TermStructure of(String label, double[] years, double[] vols) {
        return new TermStructure(label, null, years, vols);
    }

    @Override
    public double vol(double strike, double forward, double t) { return vol(t); }

    /** The volatility at {@code t} years. */
    public double vol(double t) {
        int n = years.length;
        if (t <= years[0]) return vol[0];
        if (t >= years[n - 1]) return vol[n - 1];
        int i = Arrays.binarySearch(years, t);
        if (i >= 0) return vol[i];
        return Math.sqrt(totalVariance(t) / t);
    }

    /** Total variance at {@code t} years. */
    public double totalVariance(double t) {
        int n = years.length;
        if (t <= years[0]) return vol[0] * vol[0] * t;
        if (t >= years[n - 1]) return vol[n - 1] * vol[n - 1] * t;
        int i = Arrays.binarySearch(years, t);
        if (i >= 0) return w[i];
        int hi = -i - 1;
        double a = (t - years[hi - 1]) / (years[hi] - years[hi - 1]);
        return w[hi - 1] + a * (w[hi] - w[hi - 1]);
    }

    /** The indices {@code i} where total variance falls from point {@code i} to point {@code i + 1}. */
    public List<Integer> calendarViolations() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i + 1 < w.length; i++) if (w[i + 1] < w[i]) out.add(i);
        return out;
    }

    /** Number of points. */
    public int size() { return years.length; }

    public double years(int i) { return years[i]; }

    public double pointVol(int i) { return vol[i]; }

    /** The i-th point's expiry date, or null when built from times alone. */
    public LocalDate expiry(int i) { return expiries == null ? null : expiries[i]; }

    @Override public String label() { return label; }

    @Override public String toString() { return label + " (" + years.length + " points)"; }
}
