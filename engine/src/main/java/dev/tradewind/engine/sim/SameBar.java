package dev.tradewind.engine.sim;

import dev.tradewind.engine.SameBarPolicy;
/** Decides which of two linked exits reached in the same bar executes first. */
final class SameBar {
    private SameBar() {}

    /**
     * Whether {@code b} goes before {@code a}.
     *
     * @param start   the bar's open (or the entry price when the entry filled in this bar)
     * @param barTime the bar's open time
     * @param span    the bar's length in nanoseconds (for the lower-timeframe replay)
     */
    static boolean secondGoesFirst(SameBarPolicy policy, Working a, Working b, double start, long barTime,
            LowerTimeframe lower, long span) {
        return switch (policy) {
            case STOP_FIRST -> !a.isStopLike() && b.isStopLike();
            case TARGET_FIRST -> a.isStopLike() && !b.isStopLike();
            case NEAREST_TO_OPEN -> Math.abs(Triggers.level(b) - start) < Math.abs(Triggers.level(a) - start);
            case LOWER_TIMEFRAME -> replay(a, b, barTime, lower, span);
        };
    }

    /** Replays the finer bars in order; the first exit reached goes first, a tie goes to the stop. */
    private static boolean replay(Working a, Working b, long barTime, LowerTimeframe lower, long span) {
        var bars = lower.bars();
        long end = span == Long.MAX_VALUE ? Long.MAX_VALUE : barTime + span;
        for (int i = lower.from(barTime); i < bars.size() && bars.time()[i] < end; i++) {
            double o = bars.open()[i];
            double h = bars.high()[i];
            double l = bars.low()[i];
            boolean ha = Triggers.reached(a, o, h, l);
            boolean hb = Triggers.reached(b, o, h, l);
            if (ha && !hb) return false;
            if (hb && !ha) return true;
            if (ha) break;
        }
        return !a.isStopLike() && b.isStopLike();
    }
}
