package dev.tradewind.options;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What a chain file does not say: the underlying's name, the zone its dates and times are in, when its options
 * expire that day, and when the quotes were taken when the file does not tell (the wide layout; the long layout names
 * the time in its column names, {@code bid_1545} for 15:45).
 *
 * @param underlying   the underlying's symbol
 * @param zone         the zone of the file's dates and times
 * @param expiryTime   the time options expire on their expiry date, in {@code zone}
 * @param quoteTime    the time of the quotes when the file has none, in {@code zone}
 */
public record ChainFormat(String underlying, ZoneId zone, LocalTime expiryTime, LocalTime quoteTime) {

    /**
     * Cboe SPXW: PM-settled at the 16:00 New York close. The quote time 15:45 is that of Cboe's end-of-day files
     * ({@code _1545} columns); a wide-layout file that says nothing is taken to be the same.
     */
    public static final ChainFormat SPXW =
            new ChainFormat("SPX", ZoneId.of("America/New_York"), LocalTime.of(16, 0), LocalTime.of(15, 45));

    public ChainFormat {
        if (underlying == null || underlying.isBlank()) throw new IllegalArgumentException("underlying is blank");
        if (zone == null || expiryTime == null || quoteTime == null) {
            throw new IllegalArgumentException("zone, expiry time and quote time are required");
        }
    }
}
