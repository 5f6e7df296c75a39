package dev.tradewind.options;

import dev.tradewind.model.OptionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The implied volatilities of a chain snapshot: one discount rate for the chain (given, or the one its put-call parity
 * implies, {@link Chain#impliedRate}), each expiry's parity forward at that rate ({@link ChainSlice#forward}), and the
 * Black-76 volatility of every two-sided mid on that forward, or the reason the solver gives when none fits. Quotes
 * without a two-sided market (no bid) have no mid and are only counted. Immutable.
 */
public final class ChainVols {
    /** The rate is implied from expiries at least this far out (30 days). */
    public static final double RATE_MIN_YEARS = 30 / 365.0;

    /** One two-sided quote and its solved volatility ({@code result.vol()} is NaN unless it fits). */
    public record Point(LocalDate expiry, double years, double forward, double strike, OptionType type, double mid,
            ImpliedVol.Result result) {
        /** Log-moneyness {@code ln(K / F)}. */
        public double moneyness() { return Math.log(strike / forward); }

        /** Out of the money (or at): a put below the forward, a call at or above it. */
        public boolean outOfTheMoney() { return type == OptionType.PUT ? strike < forward : strike >= forward; }
    }

    private final Chain chain;
    private final double rate;
    private final List<Point> points;
    private final int oneSided;

    private ChainVols(Chain chain, double rate, List<Point> points, int oneSided) {
        this.chain = chain;
        this.rate = rate;
        this.points = List.copyOf(points);
        this.oneSided = oneSided;
    }

    /** Solves every two-sided mid at {@code rate} (NaN: the chain's parity-implied rate). */
    public static ChainVols solve(Chain chain, double rate) {
        double r = Double.isNaN(rate) ? chain.impliedRate(RATE_MIN_YEARS) : rate;
        if (Double.isNaN(r)) throw new IllegalArgumentException(chain.underlying() + ": no expiry of 30 days or more implies a rate; give one");
        List<Point> out = new ArrayList<>();
        int oneSided = 0;
        for (LocalDate e : chain.expiries()) {
            ChainSlice s = chain.slice(e);
            double f = s.forward(r);
            for (int i = 0; i < s.size(); i++) {
                for (OptionType type : OptionType.values()) {
                    if (Double.isNaN(s.bid(type, i))) continue; // not quoted at all
                    double mid = s.mid(type, i);
                    if (Double.isNaN(mid) || Double.isNaN(f)) {
                        oneSided++;
                        continue;
                    }
                    out.add(new Point(e, s.years(), f, s.strike(i), type, mid, s.impliedVolResult(type, i, f, r)));
                }
            }
        }
        return new ChainVols(chain, r, out, oneSided);
    }

    public Chain chain() { return chain; }

    /** The discount rate used, continuous. */
    public double rate() { return rate; }

    /** Every two-sided quote with its solution, by expiry, strike, call then put. */
    public List<Point> points() { return points; }

    /** Quotes without a two-sided market (no mid, nothing to solve). */
    public int oneSided() { return oneSided; }

    /** How many quotes fit and how many did not, by reason: solver statuses, and {@code NO_TWO_SIDED_QUOTE}. */
    public Map<String, Integer> counts() {
        Map<String, Integer> c = new TreeMap<>();
        for (Point p : points) c.merge(p.result().status().name(), 1, Integer::sum);
        if (oneSided > 0) c.put("NO_TWO_SIDED_QUOTE", oneSided);
        return c;
    }
}
