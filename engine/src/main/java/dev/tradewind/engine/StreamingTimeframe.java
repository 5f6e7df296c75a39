package dev.tradewind.engine;

import dev.tradewind.indicators.IndicatorRegistry;

/**
 * A higher timeframe of a run fed one bar at a time: base bars are aggregated into the bar of their period (first
 * open, highest high, lowest low, last close, summed volume, stamped with the period's start, as the backtest's
 * resampling does), and the bar is revealed when its period ends: with the base bar that ends it, or when the clock
 * or the next bar passes the period's end (a gap). A period without bars makes no bar.
 */
final class StreamingTimeframe extends TimeframeState {
    private final TimeframePeriods periods;
    private boolean forming;
    private long start;
    private long end = Long.MIN_VALUE;
    private double open, high, low, close, volume;
    private int count;
    private int readyAt = Integer.MAX_VALUE;

    StreamingTimeframe(TimeframePeriods periods, IndicatorRegistry indicators) {
        super(64, indicators);
        this.periods = periods;
    }

    @Override
    void afterBaseBar(int i, long t, double o, double h, double l, double c, double v, long barEnd, boolean endOfData) {
        if (forming && t >= end) closeForming();
        if (!forming) {
            forming = true;
            start = periods.start().applyAsLong(t);
            end = periods.end().applyAsLong(t);
            open = o;
            high = h;
            low = l;
            volume = 0;
        }
        high = Math.max(high, h);
        low = Math.min(low, l);
        close = c;
        volume += v;
        if (barEnd >= end) closeForming();
        if (readyAt == Integer.MAX_VALUE && (graph.seriesCount() == 0 || count >= needed())) readyAt = i;
    }

    @Override
    void passTime(long now) {
        if (forming && now >= end) closeForming();
    }

    @Override
    int warmupInBaseBars() { return graph.seriesCount() == 0 ? 0 : readyAt; }

    /** The length of a period (the one holding the epoch; a daylight-saving day may differ by an hour). */
    long periodNanos() { return periods.end().applyAsLong(0) - periods.start().applyAsLong(0); }

    private void closeForming() {
        forming = false;
        count++;
        reveal(start, open, high, low, close, volume);
    }
}
