package dev.tradewind.engine.sim;

import dev.tradewind.model.BarSeries;
import java.util.Arrays;

/** Finer bars of the traded symbol, looked up by time to replay the inside of a bar. */
final class LowerTimeframe {
    private final BarSeries bars;

    LowerTimeframe(BarSeries bars) { this.bars = bars; }

    /** Index of the first finer bar at or after {@code time}. */
    int from(long time) {
        int i = Arrays.binarySearch(bars.time(), time);
        return i >= 0 ? i : -i - 1;
    }

    BarSeries bars() { return bars; }
}
