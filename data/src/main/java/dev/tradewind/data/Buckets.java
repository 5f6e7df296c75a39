package dev.tradewind.data;

import dev.tradewind.model.Times;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Wall-clock buckets of one timeframe in one zone. The key of an instant is its local time divided by the
 * timeframe, counted from 1970-01-01 local (from Monday 1970-01-05 for whole weeks), so 1d buckets start at local
 * midnight and 1w buckets at Monday midnight. A bucket is a maximal run of instants with one key: around a
 * daylight-saving change it is shorter or longer than the timeframe (a 23 or 25 hour day).
 */
public final class Buckets {
    private static final long WEEK = 7 * Times.NANOS_PER_DAY;
    private final long size;
    private final long anchor;
    private final ZoneRules rules;
    private final long fixed;

    /** The buckets of {@code tf} in {@code zone}. */
    public Buckets(Timeframe tf, ZoneId zone) {
        this.size = tf.nanos();
        this.anchor = size % WEEK == 0 ? 4 * Times.NANOS_PER_DAY : 0;
        ZoneRules r = zone.getRules();
        this.rules = r.isFixedOffset() ? null : r;
        this.fixed = r.getOffset(java.time.Instant.EPOCH).getTotalSeconds() * Times.NANOS_PER_SECOND;
    }

    /** The first instant of the bucket holding {@code t}. */
    public long start(long t) {
        long k = key(t);
        long cur = t;
        while (true) {
            long candidate = anchor + k * size - offset(cur);
            long spanStart = previousTransition(cur);
            if (candidate > spanStart) return candidate;
            if (key(spanStart - 1) != k) return spanStart;
            cur = spanStart - 1;
        }
    }

    /** The first instant after the bucket holding {@code t}. */
    public long end(long t) {
        long k = key(t);
        long cur = t;
        while (true) {
            long candidate = anchor + (k + 1) * size - offset(cur);
            long spanEnd = nextTransition(cur);
            if (candidate < spanEnd) return candidate;
            if (key(spanEnd) != k) return spanEnd;
            cur = spanEnd;
        }
    }

    private long key(long t) { return Math.floorDiv(t + offset(t) - anchor, size); }

    private long offset(long t) {
        return rules == null ? fixed : rules.getOffset(Times.toInstant(t)).getTotalSeconds() * Times.NANOS_PER_SECOND;
    }

    /** The latest offset change at or before {@code t}, or Long.MIN_VALUE. */
    private long previousTransition(long t) {
        ZoneOffsetTransition p = rules == null ? null : rules.previousTransition(Times.toInstant(t + 1));
        return p == null ? Long.MIN_VALUE : Times.ofInstant(p.getInstant());
    }

    /** The first offset change after {@code t}, or Long.MAX_VALUE. */
    private long nextTransition(long t) {
        ZoneOffsetTransition n = rules == null ? null : rules.nextTransition(Times.toInstant(t));
        return n == null ? Long.MAX_VALUE : Times.ofInstant(n.getInstant());
    }
}
