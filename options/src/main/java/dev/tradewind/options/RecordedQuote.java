package dev.tradewind.options;

/**
 * A recorded quote, filled in by {@link RecordedPrices#quote} so a lookup allocates nothing: the time it was taken
 * (epoch ns) and its bid and ask. A missing side is 0 or NaN (no bid, no ask). Mutable, for one thread.
 */
public final class RecordedQuote {
    private long time = Long.MIN_VALUE;
    private double bid = Double.NaN;
    private double ask = Double.NaN;

    /** Sets all three. */
    public void set(long time, double bid, double ask) {
        this.time = time;
        this.bid = bid;
        this.ask = ask;
    }

    public long time() { return time; }

    public double bid() { return bid; }

    public double ask() { return ask; }

    /** Whether someone bid and the quote is not crossed (bid above ask): a sell can fill at {@link #bid()}. */
    public boolean hasBid() { return bid > 0 && !(ask > 0 && bid > ask); }

    /** Whether someone offered and the quote is not crossed: a buy can fill at {@link #ask()}. */
    public boolean hasAsk() { return ask > 0 && !(bid > 0 && bid > ask); }

    /** Mid of a two-sided quote (bid > 0, ask > 0, bid <= ask), else NaN: the rule of {@link OptionQuote#mid()}. */
    public double mid() { return bid > 0 && ask > 0 && bid <= ask ? 0.5 * (bid + ask) : Double.NaN; }
}
