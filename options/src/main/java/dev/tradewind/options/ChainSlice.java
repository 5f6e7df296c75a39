package dev.tradewind.options;

import dev.tradewind.model.OptionType;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * The strikes of one expiry with their call and put quotes, and the usual ways to pick a strike: at the money by spot
 * or by forward, by delta, by moneyness, by premium.
 *
 * <p>A quote's mid is defined only when it is two-sided (bid > 0, ask > 0, bid <= ask); otherwise {@link #mid} is NaN
 * and the strike is skipped by every picker. The forward is implied from put-call parity, {@code C - P = D (F - K)},
 * at the strikes where calls and puts are nearest in price ({@link #forward}); implied volatilities are Black-76 on
 * that forward, so no dividend assumption enters. Rates are continuously compounded, time in years of 365 days from
 * the chain's quote time to the expiry time. Immutable.
 */
public final class ChainSlice {
    private static final int PARITY_STRIKES = 5;

    private final LocalDate expiry;
    private final ZonedDateTime expiryTime;
    private final double years;
    private final double[] strikes;
    private final double[] callBid, callAsk, putBid, putAsk;

    ChainSlice(LocalDate expiry, ZonedDateTime expiryTime, double years, double[] strikes, double[] callBid,
            double[] callAsk, double[] putBid, double[] putAsk) {
        this.expiry = expiry;
        this.expiryTime = expiryTime;
        this.years = years;
        this.strikes = strikes;
        this.callBid = callBid;
        this.callAsk = callAsk;
        this.putBid = putBid;
        this.putAsk = putAsk;
    }

    public LocalDate expiry() { return expiry; }

    public ZonedDateTime expiryTime() { return expiryTime; }

    /** Years (of 365 days) from the chain's quote time to expiry. */
    public double years() { return years; }

    /** Number of strikes. */
    public int size() { return strikes.length; }

    /** The i-th strike, ascending. */
    public double strike(int i) { return strikes[i]; }

    /** The strikes, ascending (a copy). */
    public double[] strikes() { return strikes.clone(); }

    /** Index of exactly this strike, or -1. */
    public int indexOf(double strike) {
        int i = Arrays.binarySearch(strikes, strike);
        return i >= 0 ? i : -1;
    }

    /** Index of the strike nearest {@code price} (the lower one on a tie). */
    public int nearest(double price) {
        int i = Arrays.binarySearch(strikes, price);
        if (i >= 0) return i;
        int hi = -i - 1;
        if (hi == 0) return 0;
        if (hi == strikes.length) return strikes.length - 1;
        return price - strikes[hi - 1] <= strikes[hi] - price ? hi - 1 : hi;
    }

    /** Bid of the i-th strike's call or put; NaN when the file has no such quote. */
    public double bid(OptionType type, int i) { return type == OptionType.CALL ? callBid[i] : putBid[i]; }

    /** Ask, NaN when absent. */
    public double ask(OptionType type, int i) { return type == OptionType.CALL ? callAsk[i] : putAsk[i]; }

    /** Mid of a two-sided quote, else NaN. */
    public double mid(OptionType type, int i) {
        double b = bid(type, i);
        double a = ask(type, i);
        return b > 0 && a > 0 && b <= a ? 0.5 * (b + a) : Double.NaN;
    }

    /** Number of quotes (calls and puts) the file had for this expiry. */
    public int quoteCount() {
        int n = 0;
        for (int i = 0; i < strikes.length; i++) {
            if (!Double.isNaN(callBid[i])) n++;
            if (!Double.isNaN(putBid[i])) n++;
        }
        return n;
    }

    /**
     * The forward implied by put-call parity at rate {@code r}: {@code K + e^(r t) (C - P)} at each of the (up to) five
     * strikes whose call and put mids are nearest each other, and the median of those. NaN when no strike has both
     * two-sided.
     */
    public double forward(double r) {
        int n = 0;
        double[] gap = new double[strikes.length];
        int[] idx = new int[strikes.length];
        for (int i = 0; i < strikes.length; i++) {
            double c = mid(OptionType.CALL, i);
            double p = mid(OptionType.PUT, i);
            if (Double.isNaN(c) || Double.isNaN(p)) continue;
            gap[n] = Math.abs(c - p);
            idx[n++] = i;
        }
        if (n == 0) return Double.NaN;
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) order[j] = j;
        double[] g = gap;
        Arrays.sort(order, (a, b) -> Double.compare(g[a], g[b]));
        int m = Math.min(PARITY_STRIKES, n);
        double growth = Math.exp(r * years);
        double[] f = new double[m];
        for (int j = 0; j < m; j++) {
            int i = idx[order[j]];
            f[j] = strikes[i] + growth * (mid(OptionType.CALL, i) - mid(OptionType.PUT, i));
        }
        Arrays.sort(f);
        return m % 2 == 1 ? f[m / 2] : 0.5 * (f[m / 2 - 1] + f[m / 2]);
    }

    /**
     * The rate implied by the slope of {@code C - P = D F - D K} across strikes (least squares over every strike with
     * both mids two-sided): {@code -ln(D) / t}. It is the market's own discounting (close to the box-spread rate,
     * usually above the T-bill yield); NaN with fewer than three such strikes. Only meaningful for expiries of weeks
     * or more: for a short one the slope's noise swamps {@code 1 - D}.
     */
    public double parityRate() {
        int n = 0;
        double sk = 0, sy = 0, skk = 0, sky = 0;
        for (int i = 0; i < strikes.length; i++) {
            double c = mid(OptionType.CALL, i);
            double p = mid(OptionType.PUT, i);
            if (Double.isNaN(c) || Double.isNaN(p)) continue;
            double k = strikes[i];
            double y = c - p;
            n++;
            sk += k;
            sy += y;
            skk += k * k;
            sky += k * y;
        }
        if (n < 3) return Double.NaN;
        double slope = (n * sky - sk * sy) / (n * skk - sk * sk);
        double discount = -slope;
        return discount > 0 && years > 0 ? -Math.log(discount) / years : Double.NaN;
    }

    /** The strike nearest the spot. */
    public double atmBySpot(double spot) { return strikes[nearest(spot)]; }

    /** The strike nearest the parity forward at rate {@code r}. */
    public double atmByForward(double r) { return strikes[nearest(forward(r))]; }

    /** The strike nearest {@code moneyness x forward} (moneyness = strike / forward; 1 is at the money). */
    public double strikeByMoneyness(double moneyness, double r) { return strikes[nearest(moneyness * forward(r))]; }

    /** The strike whose mid is nearest {@code premium} (two-sided quotes only); NaN when there is none. */
    public double strikeByPremium(OptionType type, double premium) {
        int best = -1;
        double bestGap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < strikes.length; i++) {
            double gap = Math.abs(mid(type, i) - premium);
            if (gap < bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best < 0 ? Double.NaN : strikes[best];
    }

    /**
     * The strike whose Black-76 forward delta ({@code N(d1)} for a call, {@code N(d1) - 1} for a put, undiscounted), at
     * the volatility implied by its own mid, is nearest {@code delta}; NaN when no quote has a fitting volatility.
     */
    public double strikeByDelta(OptionType type, double delta, double r) {
        double f = forward(r);
        int best = -1;
        double bestGap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < strikes.length; i++) {
            double vol = impliedVol(type, i, f, r);
            if (!(vol > 0)) continue;
            double s = vol * Math.sqrt(years);
            double d1 = Math.log(f / strikes[i]) / s + 0.5 * s;
            double d = Normal.cdf(d1) - (type == OptionType.PUT ? 1 : 0);
            double gap = Math.abs(d - delta);
            if (gap < bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best < 0 ? Double.NaN : strikes[best];
    }

    /** The Black-76 implied volatility of the i-th strike's mid on forward {@code f} at rate {@code r}, with the reason when none fits. */
    public ImpliedVol.Result impliedVolResult(OptionType type, int i, double f, double r) {
        return ImpliedVol.black76(type, mid(type, i), f, strikes[i], years, r);
    }

    /** The implied volatility of the i-th strike's mid, or NaN (no two-sided quote, or none fits). */
    public double impliedVol(OptionType type, int i, double f, double r) {
        double m = mid(type, i);
        if (Double.isNaN(m)) return Double.NaN;
        ImpliedVol.Result res = ImpliedVol.black76(type, m, f, strikes[i], years, r);
        return res.status() == ImpliedVol.Status.FIT ? res.vol() : Double.NaN;
    }
}
