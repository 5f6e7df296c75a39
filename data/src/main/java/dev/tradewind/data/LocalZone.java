package dev.tradewind.data;

import dev.tradewind.model.Times;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

/** Turns a local wall-clock time (nanoseconds since 1970-01-01T00:00 local) into epoch nanoseconds in a zone. */
final class LocalZone {
    private static final long NS = 1_000_000_000L;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final long fixed;

    /** A local time that a daylight-saving change skips; the caller names the value. Cheap: no stack trace. */
    static final class Skipped extends Exception {
        Skipped() { super(null, null, false, false); }
    }

    LocalZone(ZoneId zone) {
        this.zone = zone;
        ZoneRules r = zone.getRules();
        this.rules = r.isFixedOffset() ? null : r;
        this.fixed = r.isFixedOffset() ? r.getOffset(java.time.Instant.EPOCH).getTotalSeconds() * NS : 0;
    }

    ZoneId zone() { return zone; }

    /**
     * A local time that a daylight-saving change repeats resolves to the earlier instant unless that is not after
     * {@code after} (the previous row), so a file that runs through the repeated hour stays increasing. A local time
     * that the change skips throws {@link Skipped}, except a date's midnight ({@code date}), which becomes the day's
     * first instant. Throws ArithmeticException outside the range of epoch nanoseconds.
     */
    long toEpochNanos(long local, long after, boolean date) throws Skipped {
        if (rules == null) return Math.subtractExact(local, fixed);
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(local, NS), (int) Math.floorMod(local, NS), ZoneOffset.UTC);
        List<ZoneOffset> valid = rules.getValidOffsets(t);
        if (valid.isEmpty()) {
            if (date) return Times.ofInstant(rules.getTransition(t).getInstant());
            throw new Skipped();
        }
        long a = Math.subtractExact(local, valid.get(0).getTotalSeconds() * NS);
        if (valid.size() == 1) return a;
        long b = Math.subtractExact(local, valid.get(1).getTotalSeconds() * NS);
        long early = Math.min(a, b);
        return early > after ? early : Math.max(a, b);
    }
}
