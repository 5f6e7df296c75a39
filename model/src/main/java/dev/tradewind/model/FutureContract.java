package dev.tradewind.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A futures contract with an expiry (as opposed to a perpetual).
 *
 * @param root       the contract's root symbol, e.g. {@code ES} or {@code NIFTY}
 * @param expiryDate last trading day in the exchange's calendar
 * @param expiryTime time of that day it stops trading and its final settlement price is fixed, exchange-local
 * @param zone       the exchange's time zone
 * @param multiplier value of one point per contract, {@code > 0} (50 for ES)
 * @param tickSize   smallest price increment, {@code > 0} (0.25 for ES)
 */
public record FutureContract(String root, LocalDate expiryDate, LocalTime expiryTime, ZoneId zone, double multiplier,
        double tickSize) {

    public FutureContract {
        if (root == null || root.isBlank()) throw new IllegalArgumentException("root is blank");
        if (expiryDate == null || expiryTime == null || zone == null) {
            throw new IllegalArgumentException("expiry date, time and zone are required");
        }
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be > 0, got " + multiplier);
        }
        if (!(tickSize > 0) || Double.isInfinite(tickSize)) {
            throw new IllegalArgumentException("tick size must be > 0, got " + tickSize);
        }
    }

    /** The instant of expiry. */
    public ZonedDateTime expiry() { return ZonedDateTime.of(expiryDate, expiryTime, zone); }

    /** A readable unique name: {@code ES 2025-12-19}. */
    public String symbol() { return root + " " + expiryDate; }

    /** Value of a price move of {@code points} for one contract. */
    public double pointValue(double points) { return points * multiplier; }
}
