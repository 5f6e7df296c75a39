package dev.tradewind.examples;

import dev.tradewind.model.Times;
import dev.tradewind.strategy.ParamException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Trading sessions in a time zone, for strategies that think in sessions and days: each session opens at
 * {@code start} and closes at {@code end} local time (both {@code HHMM}, e.g. {@code 930} and {@code 1600}); an end at
 * or before the start closes on the next local day ({@code 0}/{@code 0} is the calendar day). Daylight saving is
 * the zone's. A bar belongs to the session its open time falls in; bars between sessions belong to none.
 *
 * <p>Feed it every bar's open time with {@link #advance}; it also learns the bar length (the smallest step seen) so
 * a strategy can tell the last bar of a session or of an opening range on any interval. Allocates only when a
 * session ends, not per bar.
 */
public final class Session {
    private static final long MINUTE = 60 * Times.NANOS_PER_SECOND;

    private final ZoneId zone;
    private final int startMinute;
    private final int endMinute;
    private long open = Long.MIN_VALUE;
    private long close = Long.MIN_VALUE;
    private long started = Long.MIN_VALUE;
    private long previous = Long.MIN_VALUE;
    private long bar = Long.MAX_VALUE;

    /**
     * @throws IllegalArgumentException for an unknown zone or a time that is not HHMM with HH &lt; 24 and MM &lt; 60
     */
    public Session(String zone, int start, int end) {
        this.zone = ZoneId.of(zone);
        this.startMinute = minutes("session start", start);
        this.endMinute = minutes("session end", end);
    }

    private static int minutes(String what, int hhmm) {
        if (!valid(hhmm)) throw new IllegalArgumentException(what + " must be a time HHMM between 0 and 2359, got " + hhmm);
        return hhmm / 100 * 60 + hhmm % 100;
    }

    private static boolean valid(int hhmm) { return hhmm >= 0 && hhmm / 100 < 24 && hhmm % 100 < 60; }

    /**
     * Checks a strategy's session parameters ({@code zone}, {@code sessionStart}, {@code sessionEnd}).
     *
     * @throws ParamException naming the parameter that is not a time HHMM
     */
    public static void check(int start, int end) throws ParamException {
        if (!valid(start)) throw new ParamException("parameter 'sessionStart': expected a time HHMM (e.g. 930), got '" + start + "'");
        if (!valid(end)) throw new ParamException("parameter 'sessionEnd': expected a time HHMM (e.g. 1600), got '" + end + "'");
    }

    /**
     * Moves to the bar opening at {@code t} (call once per bar, in time order).
     *
     * @return true when this is the first bar of a session
     */
    public boolean advance(long t) {
        if (previous != Long.MIN_VALUE && t > previous) bar = Math.min(bar, t - previous);
        previous = t;
        if (t >= close) locate(t);
        if (t >= open && started != open) {
            started = open;
            return true;
        }
        return false;
    }

    /** Whether the bar opening at {@code t} is inside the current session. */
    public boolean contains(long t) { return t >= open && t < close; }

    /** Open of the current (or next) session, epoch nanoseconds. */
    public long open() { return open; }

    /** Close of the current (or next) session, epoch nanoseconds. */
    public long close() { return close; }

    /** The bar length learned so far (Long.MAX_VALUE before the second bar). */
    public long barNanos() { return bar; }

    /** Whether the bar opening at {@code t} opens less than {@code minutes} minutes after the session's open. */
    public boolean startsWithin(long t, int minutes) { return t < open + minutes * MINUTE; }

    /** Whether the bar opening at {@code t} ends at or after {@code minutes} minutes from the session's open. */
    public boolean endsAfterOpen(long t, int minutes) { return ends(t) >= open + minutes * MINUTE; }

    /** Whether the bar opening at {@code t} ends within {@code minutes} minutes of the session's close (0 = at it). */
    public boolean endsNearClose(long t, int minutes) { return ends(t) >= close - minutes * MINUTE; }

    private long ends(long t) { return bar == Long.MAX_VALUE ? t : t + bar; }

    /** Finds the first session that closes after {@code t}. */
    private void locate(long t) {
        Instant i = Times.toInstant(t);
        LocalDate d = i.atZone(zone).toLocalDate().minusDays(1);
        while (true) {
            long o = at(d, startMinute);
            long c = at(endMinute <= startMinute ? d.plusDays(1) : d, endMinute);
            if (c > t) {
                open = o;
                close = c;
                return;
            }
            d = d.plusDays(1);
        }
    }

    private long at(LocalDate d, int minute) {
        return d.atTime(minute / 60, minute % 60).atZone(zone).toEpochSecond() * Times.NANOS_PER_SECOND;
    }
}
