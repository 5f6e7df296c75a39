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

    Chain(String underlying, ZonedDateTime quoteTime, double spot, Map<LocalDate, ChainSlice> slices, int duplicatesSkipped) {
        this.duplicatesSkipped = duplicatesSkipped;
        this.underlying = underlying;
        this.quoteTime = quoteTime;
        this.spot = spot;
        this.slices = new TreeMap<>(slices);
    }

    public String underlying() { return underlying; }

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
