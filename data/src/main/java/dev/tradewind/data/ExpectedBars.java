package dev.tradewind.data;

import dev.tradewind.model.Times;
import java.time.zone.ZoneRules;
import java.util.function.LongConsumer;

/** Which bar times {@link GapOptions} expects, and the expected times missing between two bars. */
final class ExpectedBars {
    private final long bar;
    private final boolean skipWeekends;
    private final boolean session;
    private final long sessionStart;
    private final long sessionEnd;
    private final ZoneRules rules;
    /** Set by {@link #scan}: the first and last missing expected times. */
    long first;
    long last;

    ExpectedBars(GapOptions o) {
        bar = o.bar().nanos();
        skipWeekends = o.skipWeekends();
        session = o.sessionStart() != null;
        sessionStart = session ? o.sessionStart().toNanoOfDay() : 0;
        sessionEnd = session ? o.sessionEnd().toNanoOfDay() : 0;
        rules = o.zone().getRules();
    }

    /** Counts the expected times {@code prev + k * bar} before {@code next} (k >= 1), setting first and last. */
    long scan(long prev, long next) {
        if (!skipWeekends && !session) {
            long count = (next - prev - 1) / bar;
            first = prev + bar;
            last = prev + count * bar;
            return count;
        }
        long count = 0;
        for (long x = prev + bar; x < next; x += bar) {
            if (expected(x)) {
                if (count++ == 0) first = x;
                last = x;
            }
        }
        return count;
    }

    /** Calls {@code sink} with each expected time {@code prev + k * bar} before {@code next}. */
    void forEach(long prev, long next, LongConsumer sink) {
        for (long x = prev + bar; x < next; x += bar) {
            if (expected(x)) sink.accept(x);
        }
    }

    boolean expected(long t) {
        if (!skipWeekends && !session) return true;
        long local = t + rules.getOffset(Times.toInstant(t)).getTotalSeconds() * Times.NANOS_PER_SECOND;
        if (skipWeekends && Math.floorMod(Math.floorDiv(local, Times.NANOS_PER_DAY) + 3, 7) >= 5) return false;
        if (!session) return true;
        long tod = Math.floorMod(local, Times.NANOS_PER_DAY);
        return sessionStart <= sessionEnd ? tod >= sessionStart && tod < sessionEnd
                : tod >= sessionStart || tod < sessionEnd;
    }
}
