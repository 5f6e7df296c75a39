package dev.tradewind.catalog.options;

import dev.tradewind.model.OptionType;
import java.time.LocalDate;

/**
 * One contract's bar (or snapshot quote) as the option catalog stores it, keyed by underlying (the partition), time,
 * expiry, strike and type. Absent values are NaN (stored as NULL): a chain snapshot has no open, high or low, and its
 * close is the last trade price when the file gives one.
 *
 * @param time            epoch ns, UTC: the bar's time (a snapshot's quote time)
 * @param expiry          expiry date
 * @param expires         the instant the contract expires, epoch ns
 * @param strike          strike, above 0
 * @param type            call or put
 * @param bid             bid at the bar's close (0: no bid)
 * @param ask             ask at the bar's close
 * @param volume          contracts traded in the bar
 * @param openInterest    open interest
 * @param underlyingPrice the underlying's price at the bar's time
 */
public record OptionBar(long time, LocalDate expiry, long expires, double strike, OptionType type, double open, double high,
        double low, double close, double bid, double ask, double volume, double openInterest, double underlyingPrice) {

    public OptionBar {
        if (expiry == null || type == null) throw new IllegalArgumentException("expiry and type are required");
        if (!(strike > 0) || Double.isInfinite(strike)) throw new IllegalArgumentException("strike must be a number > 0, got " + strike);
    }

    /** Mid of a two-sided quote (bid > 0, ask > 0, bid <= ask), else NaN. */
    public double mid() { return bid > 0 && ask > 0 && bid <= ask ? 0.5 * (bid + ask) : Double.NaN; }
}
