package dev.tradewind.engine.account;

import dev.tradewind.engine.RiskLimits;
import dev.tradewind.model.DayCounter;
import dev.tradewind.strategy.Block;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Decides whether a new entry may go out: blocks, the daily loss limit, the drawdown halt and the signal throttle.
 * Exits are never asked about.
 */
public final class RiskGate {
    private final RiskLimits limits;
    private final ZoneId zone;
    private long blockedUntil = Long.MIN_VALUE;
    private String blockReason = "";
    private boolean halted;
    private double peak = Double.NEGATIVE_INFINITY;
    private double dayStart = Double.NaN;
    private long day = Long.MIN_VALUE;
    private long lastSignalPeriod = Long.MIN_VALUE;
    private final DayCounter days;
    private final boolean watchesEquity;

    public RiskGate(RiskLimits limits, ZoneId zone) {
        this.limits = limits;
        this.zone = zone;
        this.days = new DayCounter(zone);
        this.watchesEquity = limits.maxDrawdownPercent() > 0 || limits.dailyLossPercent() > 0;
    }

    /** Why an entry at {@code time} is refused, or null; a passing entry uses up the throttle's period. */
    public String refuse(long time) {
        if (halted) return "halted: drawdown beyond " + limits.maxDrawdownPercent() + "%";
        if (time < blockedUntil) return "blocked: " + blockReason;
        if (limits.signalsPer() != RiskLimits.Period.NONE) {
            long key = period(time, limits.signalsPer());
            if (key == lastSignalPeriod) return "throttled: one entry signal per " + limits.signalsPer().name().toLowerCase(java.util.Locale.ROOT);
            lastSignalPeriod = key;
        }
        return null;
    }

    public boolean blocked(long time) { return halted || time < blockedUntil; }

    /** Starts a block at {@code time}. */
    public void block(Block b, long time, String reason) {
        LocalDate d = date(time);
        long until = switch (b) {
            case Block.RestOfDay r -> start(d.plusDays(1));
            case Block.Days n -> start(d.plusDays(n.days()));
            case Block.ThisWeek w -> start(d.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
            case Block.ThisMonth m -> start(d.with(TemporalAdjusters.firstDayOfNextMonth()));
            case Block.Until u -> u.epochNanos();
        };
        if (until > blockedUntil) {
            blockedUntil = until;
            blockReason = reason;
        }
    }

    /** After a bar's mark: updates the peak and the day's start; returns the limit that just tripped, or null. */
    /** Whether a limit reads the equity at each close (maximum drawdown, daily loss). */
    public boolean watchesEquity() { return watchesEquity; }

    public String afterBar(long time, double equityBefore, double equity) {
        if (!watchesEquity) return null;
        long today = days.day(time);
        if (today != day) {
            day = today;
            dayStart = Double.isNaN(equityBefore) ? equity : equityBefore;
        }
        peak = Math.max(peak, equity);
        if (!halted && limits.maxDrawdownPercent() > 0 && equity < peak * (1 - limits.maxDrawdownPercent() / 100)) {
            halted = true;
            return "drawdown";
        }
        if (limits.dailyLossPercent() > 0 && !blocked(time) && equity < dayStart * (1 - limits.dailyLossPercent() / 100)) {
            block(Block.restOfDay(), time, "daily loss beyond " + limits.dailyLossPercent() + "%");
            return "daily-loss";
        }
        return null;
    }

    private LocalDate date(long t) {
        return Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000_000L), Math.floorMod(t, 1_000_000_000L)).atZone(zone).toLocalDate();
    }

    private long start(LocalDate d) { return d.atStartOfDay(zone).toEpochSecond() * 1_000_000_000L; }

    private long period(long t, RiskLimits.Period p) {
        LocalDate d = date(t);
        return switch (p) {
            case DAY -> d.toEpochDay();
            case WEEK -> d.get(IsoFields.WEEK_BASED_YEAR) * 100L + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTH -> d.getYear() * 100L + d.getMonthValue();
            case NONE -> 0;
        };
    }
}
