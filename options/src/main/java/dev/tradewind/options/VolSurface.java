package dev.tradewind.options;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A volatility surface from a chain snapshot: for each expiry a smile of the implied volatilities of its
 * out-of-the-money quotes (puts below the parity forward, calls at or above it; the in-the-money twin where the
 * out-of-the-money quote has no fit), by log-moneyness {@code x = ln(K / F)}.
 *
 * <p>Between nodes of one expiry, total variance {@code w = vol^2 t} is linear in {@code x}; beyond its first and last
 * node the smile is flat. Between expiries, at fixed {@code x}, {@code w} is linear in time; before the first expiry
 * and after the last the volatility is that expiry's. At a node (its expiry's time, its moneyness) the surface gives
 * the node's volatility exactly. The interpolation is free of calendar arbitrage (total variance non-decreasing in
 * time at every moneyness) exactly when {@link #calendarViolations()} is empty: the difference of two neighbouring
 * smiles is piecewise linear with breaks at their nodes, so checking the nodes checks everything.
 *
 * <p>Used by the engine as sticky moneyness: a contract of strike K, t years from expiry, with the underlying's
 * forward at F, gets {@code vol(K, F, t)} whatever the date. Immutable, thread-safe, allocation-free per call.
 */
public final class VolSurface implements VolatilityModel {
    /** Total variance falls from an earlier expiry to a later one at log-moneyness {@code x}. */
    public record Violation(LocalDate earlier, LocalDate later, double x, double wEarlier, double wLater) {}

    private final String label;
    private final LocalDate[] expiries;
    private final double[] forwards;
    private final Smile[] smiles;
    private final double[] years;
    private final List<ChainVols.Point> nodes;

    private VolSurface(String label, LocalDate[] expiries, double[] forwards, Smile[] smiles, List<ChainVols.Point> nodes) {
        this.label = label;
        this.expiries = expiries;
        this.forwards = forwards;
        this.smiles = smiles;
        this.years = new double[smiles.length];
        for (int i = 0; i < smiles.length; i++) years[i] = smiles[i].years;
        this.nodes = List.copyOf(nodes);
    }

    /**
     * The surface of a chain's fitted volatilities ({@link ChainVols}); an expiry without a fitted quote, or already
     * expired at the quote time, is left out. {@code source} names the snapshot in the label ({@code surface from
     * <source>}).
     */
    public static VolSurface fromChain(ChainVols vols, String source) {
        Map<LocalDate, TreeMap<Double, ChainVols.Point>> byExpiry = new TreeMap<>();
        for (ChainVols.Point p : vols.points()) {
            if (p.result().status() != ImpliedVol.Status.FIT || !(p.years() > 0)) continue;
            TreeMap<Double, ChainVols.Point> strikes = byExpiry.computeIfAbsent(p.expiry(), e -> new TreeMap<>());
            ChainVols.Point held = strikes.get(p.strike());
            if (held == null || (!held.outOfTheMoney() && p.outOfTheMoney())) strikes.put(p.strike(), p);
        }
        if (byExpiry.isEmpty()) throw new IllegalArgumentException("no quote of " + source + " has a fitting volatility");
        int n = byExpiry.size();
        LocalDate[] e = new LocalDate[n];
        double[] f = new double[n];
        Smile[] s = new Smile[n];
        List<ChainVols.Point> nodes = new ArrayList<>();
        int i = 0;
        for (Map.Entry<LocalDate, TreeMap<Double, ChainVols.Point>> en : byExpiry.entrySet()) {
            List<ChainVols.Point> pts = new ArrayList<>(en.getValue().values());
            double[] x = new double[pts.size()], v = new double[pts.size()];
            for (int k = 0; k < x.length; k++) {
                x[k] = pts.get(k).moneyness();
                v[k] = pts.get(k).result().vol();
            }
            e[i] = en.getKey();
            f[i] = pts.getFirst().forward();
            s[i] = new Smile(pts.getFirst().years(), x, v);
            nodes.addAll(pts);
            i++;
        }
        return new VolSurface("surface from " + source, e, f, s, nodes);
    }

    @Override
    public double vol(double strike, double forward, double t) {
        double x = Math.log(strike / forward);
        int n = smiles.length;
        if (t <= years[0]) return smiles[0].vol(x);
        if (t >= years[n - 1]) return smiles[n - 1].vol(x);
        int i = Arrays.binarySearch(years, t);
        if (i >= 0) return smiles[i].vol(x);
        return Math.sqrt(totalVariance(x, t) / t);
    }

    /**
     * Total variance {@code vol^2 t} at log-moneyness {@code x} and time {@code t} (years): linear in time between the
     * neighbouring expiries' smiles, flat volatility outside them.
     */
    public double totalVariance(double x, double t) {
        int n = smiles.length;
        if (t <= years[0]) return smiles[0].totalVariance(x) / years[0] * t;
        if (t >= years[n - 1]) return smiles[n - 1].totalVariance(x) / years[n - 1] * t;
        int i = Arrays.binarySearch(years, t);
        if (i >= 0) return smiles[i].totalVariance(x);
        int hi = -i - 1;
        double a = (t - years[hi - 1]) / (years[hi] - years[hi - 1]);
        double w0 = smiles[hi - 1].totalVariance(x), w1 = smiles[hi].totalVariance(x);
        return w0 + a * (w1 - w0);
    }

    /** Every place where total variance falls from one expiry to the next (at the nodes of either; see the class). */
    public List<Violation> calendarViolations() {
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i + 1 < smiles.length; i++) {
            double[] xs = union(smiles[i].x, smiles[i + 1].x);
            for (double x : xs) {
                double w0 = smiles[i].totalVariance(x), w1 = smiles[i + 1].totalVariance(x);
                if (w1 < w0) out.add(new Violation(expiries[i], expiries[i + 1], x, w0, w1));
            }
        }
        return out;
    }

    /** The term structure of this surface's at-the-money ({@code x = 0}) volatilities. */
    public TermStructure atTheMoney() {
        double[] v = new double[smiles.length];
        for (int i = 0; i < v.length; i++) v[i] = smiles[i].vol(0);
        return new TermStructure("term structure from " + label.substring("surface from ".length()), expiries, years, v);
    }

    /** The expiries of the smiles, ascending. */
    public List<LocalDate> expiries() { return List.of(expiries); }

    /** The i-th expiry's time from the snapshot, years. */
    public double years(int i) { return years[i]; }

    /** The i-th expiry's parity forward in the snapshot. */
    public double forward(int i) { return forwards[i]; }

    /** The quotes the smiles were built on, by expiry then strike. */
    public List<ChainVols.Point> nodes() { return nodes; }

    /** The volatility of the i-th expiry's smile at log-moneyness {@code x}. */
    public double smileVol(int i, double x) { return smiles[i].vol(x); }

    @Override public String label() { return label; }

    @Override public String toString() { return label + " (" + smiles.length + " expiries, " + nodes.size() + " nodes)"; }

    private static double[] union(double[] a, double[] b) {
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return Arrays.stream(all).sorted().distinct().toArray();
    }

}
