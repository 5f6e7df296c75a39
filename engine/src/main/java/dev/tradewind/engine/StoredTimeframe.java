package dev.tradewind.engine;

import dev.tradewind.indicators.IndicatorRegistry;
import dev.tradewind.model.BarSeries;

/** A higher timeframe of a replay: bars resampled from the stored base series, revealed as their periods close. */
final class StoredTimeframe extends TimeframeState {
    private final HigherTimeframe source;
    private int revealed;

    StoredTimeframe(HigherTimeframe source, IndicatorRegistry indicators) {
        super(source.bars().size(), indicators);
        this.source = source;
    }

    @Override
    void afterBaseBar(int i, long t, double o, double h, double l, double c, double v, long end, boolean endOfData) {
        int target = endOfData ? source.bars().size() : source.closedAfter()[i];
        BarSeries b = source.bars();
        while (revealed < target) {
            int k = revealed++;
            reveal(b.time()[k], b.open()[k], b.high()[k], b.low()[k], b.close()[k], b.volume()[k]);
        }
    }

    @Override
    int warmupInBaseBars() {
        if (graph.seriesCount() == 0) return 0;
        int need = needed();
        int[] closed = source.closedAfter();
        for (int i = 0; i < closed.length; i++) if (closed[i] >= need) return i;
        return closed.length;
    }
}
