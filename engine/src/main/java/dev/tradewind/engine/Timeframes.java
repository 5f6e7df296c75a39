package dev.tradewind.engine;

import dev.tradewind.indicators.IndicatorRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The higher timeframes a run's strategy asked for in onStart, by name: each with its bars and indicators, fed from
 * the run's base bars (stored bars resampled, or periods closed as bars stream in). Not thread-safe: one run's.
 */
final class Timeframes {
    private final TimeframeSource source; // null: the run has none
    private final Map<String, TimeframeState> byName = new LinkedHashMap<>();

    Timeframes(TimeframeSource source) { this.source = source; }

    boolean isEmpty() { return byName.isEmpty(); }

    /**
     * The timeframe {@code name}, made on first use: from the stored bars resampled when the run has them
     * ({@code stored}), else from periods closed as bars arrive.
     */
    TimeframeState get(String name, boolean started, boolean stored, IndicatorRegistry registry) {
        TimeframeState tf = byName.get(name);
        if (tf != null) return tf;
        if (started) throw new IllegalStateException("ask for timeframes in onStart, not later: " + name);
        if (source == null) throw new IllegalStateException("this run has no source of higher timeframes");
        tf = stored ? new StoredTimeframe(source.resample(name), registry) : new StreamingTimeframe(source.periods(name), registry);
        byName.put(name, tf);
        return tf;
    }

    /** {@code base} (the base bars' warm-up) or the longest a timeframe needs, in base bars. */
    int warmup(int base) {
        int warmup = base;
        for (TimeframeState tf : byName.values()) warmup = Math.max(warmup, tf.warmupInBaseBars());
        return warmup;
    }

    /**
     * Base bars of {@code barNanos} to fetch so every streamed timeframe's indicators are ready at the first live bar:
     * its bars needed times the base bars in its period, plus one period for the first, partial one; at least
     * {@code base}.
     */
    int warmupBars(int base, long barNanos) {
        int warmup = base;
        for (TimeframeState tf : byName.values()) {
            if (!(tf instanceof StreamingTimeframe s) || tf.graph.seriesCount() == 0) continue;
            long perPeriod = Math.max(1, Math.ceilDiv(s.periodNanos(), barNanos));
            warmup = (int) Math.min(Integer.MAX_VALUE - 1, Math.max(warmup, (tf.needed() + 1L) * perPeriod));
        }
        return warmup;
    }

    /** The clock moved to {@code now} across a gap in the data. */
    void passTime(long now) {
        for (TimeframeState tf : byName.values()) tf.passTime(now);
    }

    /** Base bar {@code i} was added; {@code endOfData}: it is the last. */
    void afterBaseBar(int i, long t, double o, double h, double l, double c, double v, long end, boolean endOfData) {
        for (TimeframeState tf : byName.values()) tf.afterBaseBar(i, t, o, h, l, c, v, end, endOfData);
    }
}
