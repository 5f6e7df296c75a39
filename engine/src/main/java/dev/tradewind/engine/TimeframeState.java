package dev.tradewind.engine;

import dev.tradewind.indicators.IndicatorGraph;
import dev.tradewind.indicators.IndicatorRegistry;
import dev.tradewind.model.BarSeries;

/** One higher timeframe inside a run: its revealed bars and the indicators computed on them. */
final class TimeframeState {
    final HigherTimeframe source;
    final BarHistory history;
    final IndicatorGraph graph;
    private int revealed;

    TimeframeState(HigherTimeframe source, IndicatorRegistry indicators) {
        this.source = source;
        int n = source.bars().size();
        this.history = new BarHistory(n);
        this.graph = new IndicatorGraph(n, indicators);
    }

    /**
     * Reveals the bars that closed with base bar {@code i}, updating this timeframe's indicators; with the data's
     * last bar ({@code endOfData}) the last higher bar closes too, as its period ends with the data.
     */
    void afterBaseBar(int i, boolean endOfData) {
        int target = endOfData ? source.bars().size() : source.closedAfter()[i];
        BarSeries b = source.bars();
        while (revealed < target) {
            int k = revealed++;
            history.append(b.time()[k], b.open()[k], b.high()[k], b.low()[k], b.close()[k], b.volume()[k]);
            graph.update(b.time()[k], b.open()[k], b.high()[k], b.low()[k], b.close()[k], b.volume()[k]);
        }
    }

    /** The first base bar index at which every indicator of this timeframe is ready (0 if none asked). */
    int warmupInBaseBars() {
        if (graph.seriesCount() == 0) return 0;
        int need = graph.warmup() + 1;
        int[] closed = source.closedAfter();
        for (int i = 0; i < closed.length; i++) if (closed[i] >= need) return i;
        return closed.length;
    }
}
