package dev.tradewind.indicators.volume;

import dev.tradewind.indicators.Indicator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;

/**
 * Session-anchored VWAP: {@code sum(TP V) / sum(V)} with the typical price {@code (H + L + C) / 3}, restarted at
 * the first bar of each session. A session starts every day at {@code sessionStart} local time in {@code zone}
 * (default: midnight UTC). The time given to {@link #update} is the bar open time in epoch nanoseconds. Before the
 * session has volume the value is the typical price. Lookback 0. Fixed-offset zones cost pure arithmetic; a zone
 * with daylight saving calls java.time once per session (never per bar).
 */
public final class Vwap implements Indicator {

    private static final long DAY = 86_400_000_000_000L;

    private final ZoneId zone;
    private final LocalTime sessionStart;
    private final boolean fixed;
    private final long offset;
    private long start = Long.MAX_VALUE;
    private long end = Long.MIN_VALUE;
    private double priceVolume;
    private double volume;
    private double value = Double.NaN;

    public Vwap() { this(ZoneOffset.UTC, LocalTime.MIDNIGHT); }

    public Vwap(ZoneId zone, LocalTime sessionStart) {
        this.zone = zone;
        this.sessionStart = sessionStart;
        ZoneRules rules = zone.getRules();
        this.fixed = rules.isFixedOffset();
        this.offset = rules.getOffset(Instant.EPOCH).getTotalSeconds() * 1_000_000_000L - sessionStart.toNanoOfDay();
    }

    @Override
    public void update(long time, double open, double high, double low, double close, double v, double input) {
        if (time >= end || time < start) {
            startSession(time);
            priceVolume = 0;
            volume = 0;
        }
        double tp = (high + low + close) / 3;
        priceVolume += tp * v;
        volume += v;
        value = volume != 0 ? priceVolume / volume : tp;
    }

    private void startSession(long time) {
        if (fixed) {
            start = Math.floorDiv(time + offset, DAY) * DAY - offset;
            end = start + DAY;
            return;
        }
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(time, 1_000_000_000L), Math.floorMod(time, 1_000_000_000L));
        LocalDate day = LocalDate.ofInstant(instant, zone);
        ZonedDateTime first = ZonedDateTime.of(day, sessionStart, zone);
        if (first.toInstant().isAfter(instant)) first = ZonedDateTime.of(day.minusDays(1), sessionStart, zone);
        start = nanos(first);
        end = nanos(ZonedDateTime.of(first.toLocalDate().plusDays(1), sessionStart, zone));
    }

    private static long nanos(ZonedDateTime t) { return t.toEpochSecond() * 1_000_000_000L + t.getNano(); }

    @Override public double value(int output) { return value; }
    @Override public int lookback() { return 0; }
    @Override public boolean ready() { return value == value; }
}
