package dev.tradewind.options;

import dev.tradewind.model.OptionType;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One contract's quote in a chain snapshot, as the file gave it. Absent values are NaN: a wide-layout file has no
 * last price column for some sources, a long-layout (Cboe end-of-day) file has none at all; a last price of 0 (no
 * trade) is NaN.
 *
 * @param expiry       expiry date
 * @param expiryTime   the instant the contract expires, in the chain format's zone
 * @param strike       strike, above 0
 * @param type         call or put
 * @param bid          bid (0: no bid)
 * @param ask          ask
 * @param last         last trade price, NaN when unknown
 * @param volume       contracts traded that day, NaN when unknown
 * @param openInterest open interest, NaN when unknown
 */
public record OptionQuote(LocalDate expiry, ZonedDateTime expiryTime, double strike, OptionType type, double bid, double ask,
        double last, double volume, double openInterest) {

    public OptionQuote {
        if (expiry == null || expiryTime == null || type == null) throw new IllegalArgumentException("expiry, expiry time and type are required");
        if (!(strike > 0)) throw new IllegalArgumentException("strike must be > 0, got " + strike);
    }

    /** Mid of a two-sided quote (bid > 0, ask > 0, bid <= ask), else NaN: the rule of {@link ChainSlice#mid}. */
    public double mid() { return bid > 0 && ask > 0 && bid <= ask ? 0.5 * (bid + ask) : Double.NaN; }
}
