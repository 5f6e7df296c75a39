package dev.tradewind.catalog.options;

import dev.tradewind.model.OptionType;
import java.time.LocalDate;

/**
 * Which contracts of an underlying a query returns: expiries in {@code [expiryFrom, expiryTo]}, strikes in
 * {@code [strikeMin, strikeMax]} (both inclusive), calls, puts or both. Null dates, NaN strikes and a null type do not
 * restrict.
 */
public record OptionFilter(String underlying, LocalDate expiryFrom, LocalDate expiryTo, double strikeMin, double strikeMax,
        OptionType type) {

    public OptionFilter {
        if (underlying == null || underlying.isBlank()) throw new IllegalArgumentException("underlying is required");
        if (expiryFrom != null && expiryTo != null && expiryTo.isBefore(expiryFrom)) {
            throw new IllegalArgumentException("expiry range " + expiryFrom + ":" + expiryTo + " is empty");
        }
        if (strikeMin > strikeMax) throw new IllegalArgumentException("strike range " + strikeMin + ":" + strikeMax + " is empty");
    }

    /** Every contract of {@code underlying}. */
    public static OptionFilter all(String underlying) { return new OptionFilter(underlying, null, null, Double.NaN, Double.NaN, null); }

    public OptionFilter expiries(LocalDate from, LocalDate to) { return new OptionFilter(underlying, from, to, strikeMin, strikeMax, type); }

    public OptionFilter strikes(double min, double max) { return new OptionFilter(underlying, expiryFrom, expiryTo, min, max, type); }

    public OptionFilter type(OptionType t) { return new OptionFilter(underlying, expiryFrom, expiryTo, strikeMin, strikeMax, t); }
}
