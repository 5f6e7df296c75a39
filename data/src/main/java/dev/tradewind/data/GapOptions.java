package dev.tradewind.data;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Which missing bars count as gaps. A bar time is expected unless it falls on a Saturday or Sunday (local, when
 * {@code skipWeekends}) or outside the session (local, when one is set); a run of missing expected bars between two
 * bars is a gap only if it is longer than {@code tolerance} bars.
 *
 * @param bar          the bar size
 * @param zone         zone of the weekend, the session and DROP periods
 * @param skipWeekends whether Saturday and Sunday bars are not expected
 * @param sessionStart local time of the first expected bar open of a day, or null for the whole day
 * @param sessionEnd   local time after the last expected bar open (exclusive; before the start for overnight
 *                     sessions), or null for the whole day
 * @param tolerance    missing bars tolerated per run, e.g. holidays in daily data
 * @param dropPeriod   the period that {@link GapPolicy#DROP} removes whole
 */
public record GapOptions(Timeframe bar, ZoneId zone, boolean skipWeekends, LocalTime sessionStart,
        LocalTime sessionEnd, int tolerance, Timeframe dropPeriod) {
    private static final Timeframe DAY = new Timeframe(86_400_000_000_000L);

    public GapOptions {
        Objects.requireNonNull(bar, "bar");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dropPeriod, "dropPeriod");
        if ((sessionStart == null) != (sessionEnd == null)) throw new IllegalArgumentException("session needs start and end");
        if (tolerance < 0) throw new IllegalArgumentException("tolerance must be >= 0");
    }

    /**
     * In UTC. Daily bars (exactly 1d): weekends skipped, runs of up to 2 missing weekdays tolerated (holidays; no
     * exchange calendar is known here), DROP removes the week. Intraday bars: every bar expected, nothing tolerated,
     * DROP removes the day. Longer bars: every bar expected, DROP removes the period of one bar.
     */
    public static GapOptions defaults(Timeframe bar) {
        if (bar.equals(DAY)) return new GapOptions(bar, ZoneOffset.UTC, true, null, null, 2, new Timeframe(7 * DAY.nanos()));
        return new GapOptions(bar, ZoneOffset.UTC, false, null, null, 0, bar.nanos() < DAY.nanos() ? DAY : bar);
    }

    public GapOptions withZone(ZoneId zone) {
        return new GapOptions(bar, zone, skipWeekends, sessionStart, sessionEnd, tolerance, dropPeriod);
    }

    public GapOptions withSkipWeekends(boolean skip) {
        return new GapOptions(bar, zone, skip, sessionStart, sessionEnd, tolerance, dropPeriod);
    }

    /** Expects bars opening from {@code start} (inclusive) to {@code end} (exclusive), local. */
    public GapOptions withSession(LocalTime start, LocalTime end) {
        return new GapOptions(bar, zone, skipWeekends, start, end, tolerance, dropPeriod);
    }

    public GapOptions withTolerance(int bars) {
        return new GapOptions(bar, zone, skipWeekends, sessionStart, sessionEnd, bars, dropPeriod);
    }

    public GapOptions withDropPeriod(Timeframe period) {
        return new GapOptions(bar, zone, skipWeekends, sessionStart, sessionEnd, tolerance, period);
    }
}
