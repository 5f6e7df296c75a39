package dev.tradewind.engine;

import dev.tradewind.indicators.IndicatorGraph;
import dev.tradewind.indicators.IndicatorRegistry;

/**
 * One higher timeframe inside a run: its revealed bars and the indicators computed on them. A replay reveals bars
 * resampled ahead of time ({@link StoredTimeframe}); a run fed one bar at a time aggregates them as they come
 * ({@link StreamingTimeframe}). Either way a higher bar is revealed in the step its period's last base bar closes.
 */
abstract sealed class TimeframeState permits StoredTimeframe, StreamingTimeframe {
    final BarHistory history;
    final IndicatorGraph graph;

    TimeframeState(int capacity, IndicatorRegistry indicators) {
        this.history = new BarHistory(capacity);
        this.graph = new IndicatorGraph(capacity, indicators);
    }

    /**
     * Base bar {@code i} (open {@code t}, closing at {@code end}) has closed: reveals the higher bars that closed with
     * it; with the data's last bar ({@code endOfData}) a replay's last higher bar closes too, as its period ends with
     * the data.
     */
    abstract void afterBaseBar(int i, long t, double o, double h, double l, double c, double v, long end, boolean endOfData);

    /** The clock reached {@code now} with no bar: a period that ended meanwhile closes its bar. */
    void passTime(long now) {}

    /**
     * The first base bar index at which every indicator of this timeframe is ready (0 if none asked), or
     * {@link Integer#MAX_VALUE} while that is not known yet (bars that have not come).
     */
    abstract int warmupInBaseBars();

    final void reveal(long t, double o, double h, double l, double c, double v) {
        history.append(t, o, h, l, c, v);
        graph.update(t, o, h, l, c, v);
    }

    /** Bars of this timeframe the indicators need before all are ready. */
    final int needed() { return graph.warmup() + 1; }
}
