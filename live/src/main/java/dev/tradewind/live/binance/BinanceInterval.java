package dev.tradewind.live.binance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Binance kline intervals: which exist, and where the next bar opens (calendar months for {@code 1M}). */
public final class BinanceInterval {
    /** Every interval Binance serves, shortest first. */
    public static final List<String> ALL = List.of("1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h",
            "1d", "3d", "1w", "1M");

    private BinanceInterval() {}

    /** @throws IllegalArgumentException for an interval Binance does not serve (the message lists those it does) */
    public static String check(String interval) {
        if (!ALL.contains(interval)) {
            throw new IllegalArgumentException("unknown interval '" + interval + "' (Binance serves " + String.join(", ", ALL) + ")");
        }
        return interval;
    }

    /** The interval's length in nanoseconds; {@code 1M} has none. */
    public static long nanos(String interval) {
        check(interval);
        if (interval.equals("1M")) throw new IllegalArgumentException("1M bars have no fixed length");
        long n = Long.parseLong(interval.substring(0, interval.length() - 1));
        long unit = switch (interval.charAt(interval.length() - 1)) {
            case 's' -> 1_000_000_000L;
            case 'm' -> 60_000_000_000L;
            case 'h' -> 3_600_000_000_000L;
            case 'd' -> 86_400_000_000_000L;
            case 'w' -> 7 * 86_400_000_000_000L;
            default -> throw new IllegalStateException(interval);
        };
        return n * unit;
    }

    /** The open time (epoch ns) of the bar after the one opening at {@code open}. */
    public static long next(String interval, long open) {
        if (interval.equals("1M")) {
            Instant t = Instant.ofEpochSecond(Math.floorDiv(open, 1_000_000_000L), Math.floorMod(open, 1_000_000_000L));
            Instant n = t.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
            return n.getEpochSecond() * 1_000_000_000L + n.getNano();
        }
        return open + nanos(interval);
    }
}
