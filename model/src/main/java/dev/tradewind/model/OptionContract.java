package dev.tradewind.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One listed option contract.
 *
 * @param underlying  the underlying's symbol, e.g. {@code SPX} or {@code NIFTY}
 * @param expiryDate  the last day it can be exercised, in the exchange's local calendar
 * @param expiryTime  the time of that day it expires (when its settlement price is fixed), exchange-local
 * @param zone        the exchange's time zone, e.g. {@code America/Chicago} for CBOE
 * @param strike      the strike price, {@code > 0}
 * @param type        call or put
 * @param multiplier  value of one point of the underlying per contract, {@code > 0} (100 for SPX; the lot size for NSE)
 * @param exercise    European or American
 * @param settlement  cash or physical delivery
 */
public record OptionContract(String underlying, LocalDate expiryDate, LocalTime expiryTime, ZoneId zone, double strike,
        OptionType type, double multiplier, ExerciseStyle exercise, Settlement settlement) {

    public OptionContract {
        if (underlying == null || underlying.isBlank()) throw new IllegalArgumentException("underlying is blank");
        if (expiryDate == null || expiryTime == null || zone == null) {
            throw new IllegalArgumentException("expiry date, time and zone are required");
        }
        if (!(strike > 0) || Double.isInfinite(strike)) throw new IllegalArgumentException("strike must be > 0, got " + strike);
        if (type == null || exercise == null || settlement == null) {
            throw new IllegalArgumentException("option type, exercise style and settlement are required");
        }
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be > 0, got " + multiplier);
        }
    }

    /** The instant of expiry. */
    public ZonedDateTime expiry() { return ZonedDateTime.of(expiryDate, expiryTime, zone); }

    /** Expiry as epoch milliseconds. */
    public long expiryEpochMillis() { return expiry().toInstant().toEpochMilli(); }

    /** Years (of 365 days) from {@code epochMillis} to expiry; 0 when expired. */
    public double yearsToExpiry(long epochMillis) {
        return Math.max(expiryEpochMillis() - epochMillis, 0) / (365.0 * 86_400_000.0);
    }

    /** Value at expiry of one unit (not multiplied) with the underlying settling at {@code price}. */
    public double intrinsic(double price) { return type.intrinsic(price, strike); }

    /** A readable unique name: {@code SPX 2019-06-28 2900 C}; the strike printed exactly, without a trailing .0. */
    public String symbol() {
        return underlying + " " + expiryDate + " " + new BigDecimal(Double.toString(strike)).stripTrailingZeros().toPlainString()
                + " " + (type == OptionType.CALL ? "C" : "P");
    }
}
