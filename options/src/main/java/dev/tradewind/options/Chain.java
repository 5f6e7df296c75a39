package dev.tradewind.options;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * An option chain at one moment: for each expiry a {@link ChainSlice} of strikes with call and put quotes. Built by
 * {@link ChainLoader}; immutable.
 */
public final class Chain {
    private final String underlying;
    private final ZonedDateTime quoteTime;
    private final double spot;
    private final TreeMap<LocalDate, ChainSlice> slices;
    private final int duplicatesSkipped;
    private final List<OptionQuote> quotes;

    private static final double MS_PER_YEAR = 365.0 * 86_400_000.0;

    private Chain(String underlying, ZonedDateTime quoteTime, double spot, Map<LocalDate, ChainSlice> slices,
            int duplicatesSkipped, List<OptionQuote> quotes) {
        this.duplicatesSkipped = duplicatesSkipped;
        this.quotes = List.copyOf(quotes);
        this.underlying = underlying;
        this.quoteTime = quoteTime;
        this.spot = spot;
        this.slices = new TreeMap<>(slices);
    }

    /**
     * A chain from its quotes (from a file, or read back from the catalog): slices by expiry, strikes ascending, time to
     * expiry in years of 365 days from {@code quoteTime} to each quote's expiry time. Each contract (expiry, strike,
     * type) at most once, every expiry time of one expiry the same, else IllegalArgumentException.
     *
     * @param spot the underlying's price at the quote time, NaN when unknown
     */
    public static Chain of(String underlying, ZonedDateTime quoteTime, double spot, List<OptionQuote> quotes) {
        return of(underlying, quoteTime, spot, quotes, 0);
    }

    static Chain of(String underlying, ZonedDateTime quoteTime, double spot, List<OptionQuote> quotes, int duplicatesSkipped) {
        if (quotes.isEmpty()) throw new IllegalArgumentException("a chain needs quotes");
        TreeMap<LocalDate, TreeMap<Double, double[]>> byExpiry = new TreeMap<>();
        Map<LocalDate, ZonedDateTime> expiryTimes = new java.util.HashMap<>();
        for (OptionQuote q : quotes) {
            ZonedDateTime at = expiryTimes.putIfAbsent(q.expiry(), q.expiryTime());
            if (at != null && !at.toInstant().equals(q.expiryTime().toInstant())) {
                throw new IllegalArgumentException("expiry " + q.expiry() + " has two expiry times: " + at + " and " + q.expiryTime());
            }
            double[] v = byExpiry.computeIfAbsent(q.expiry(), e -> new TreeMap<>()).computeIfAbsent(q.strike(),
                    k -> new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN});
            int offset = q.type() == dev.tradewind.model.OptionType.CALL ? 0 : 2;
            if (!Double.isNaN(v[offset])) throw new IllegalArgumentException("duplicate quote " + q.expiry() + " " + q.strike() + " " + q.type());
            v[offset] = q.bid();
            v[offset + 1] = q.ask();
        }
        Map<LocalDate, ChainSlice> slices = new java.util.LinkedHashMap<>();
        for (Map.Entry<LocalDate, TreeMap<Double, double[]>> e : byExpiry.entrySet()) {
            ZonedDateTime expires = expiryTimes.get(e.getKey());
            double years = Math.max(java.time.temporal.ChronoUnit.MILLIS.between(quoteTime, expires), 0) / MS_PER_YEAR;
            int n = e.getValue().size();
            double[] k = new double[n], cb = new double[n], ca = new double[n], pb = new double[n], pa = new double[n];
            int i = 0;
            for (Map.Entry<Double, double[]> s : e.getValue().entrySet()) {
                k[i] = s.getKey();
                cb[i] = s.getValue()[0];
                ca[i] = s.getValue()[1];
                pb[i] = s.getValue()[2];
                pa[i] = s.getValue()[3];
                i++;
            }
            slices.put(e.getKey(), new ChainSlice(e.getKey(), expires, years, k, cb, ca, pb, pa));
        }
        return new Chain(underlying, quoteTime, spot, slices, duplicatesSkipped, quotes);
    }

    public String underlying() { return underlying; }

    /** Every quote of the chain, in the order of the file (a skipped duplicate is not among them). */
    public List<OptionQuote> quotes() { return quotes; }

    /** When the quotes were taken. */
    public ZonedDateTime quoteTime() { return quoteTime; }

    /** The underlying's mid price at the quote time, or NaN when the file has none (use the forward then). */
    public double spot() { return spot; }

    /** The expiries, ascending. */
    public List<LocalDate> expiries() { return new ArrayList<>(slices.keySet()); }

    /** The strikes and quotes of one expiry; NoSuchElementException naming the chain's expiries when absent. */
    public ChainSlice slice(LocalDate expiry) {
        ChainSlice s = slices.get(expiry);
        if (s == null) throw new NoSuchElementException(underlying + ": no expiry " + expiry + " in the chain; it has " + slices.keySet());
        return s;
    }

    /** The first expiry on or after {@code date}. */
    public ChainSlice sliceOnOrAfter(LocalDate date) {
        Map.Entry<LocalDate, ChainSlice> e = slices.ceilingEntry(date);
        if (e == null) throw new NoSuchElementException(underlying + ": no expiry on or after " + date + "; the last is " + slices.lastKey());
        return e.getValue();
    }

    /**
     * The median of {@link ChainSlice#parityRate()} over the expiries at least {@code minYears} away (30 days, 0.082,
     * is a good floor): one discount rate for the whole chain, from the quotes themselves. NaN when no expiry qualifies.
     */
    public double impliedRate(double minYears) {
        double[] rates = slices.values().stream().filter(s -> s.years() >= minYears).mapToDouble(ChainSlice::parityRate)
                .filter(r -> !Double.isNaN(r)).sorted().toArray();
        if (rates.length == 0) return Double.NaN;
        int m = rates.length / 2;
        return rates.length % 2 == 1 ? rates[m] : 0.5 * (rates[m - 1] + rates[m]);
    }

    /** Second quotes for a contract that the loader left out ({@link ChainLoader.OnDuplicate#KEEP_FIRST}). */
    public int duplicatesSkipped() { return duplicatesSkipped; }

    /** Quotes in the chain, calls and puts, two-sided or not. */
    public int quoteCount() { return slices.values().stream().mapToInt(ChainSlice::quoteCount).sum(); }

    @Override public String toString() {
        return underlying + " chain at " + quoteTime + ": " + slices.size() + " expiries, " + quoteCount() + " quotes";
    }
}
