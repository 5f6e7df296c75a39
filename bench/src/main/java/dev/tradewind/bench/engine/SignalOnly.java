package dev.tradewind.bench.engine;

import dev.tradewind.model.Series;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;

/**
 * Asks for exactly the indicators of {@link dev.tradewind.examples.SmaCross} (10/30) and reads them every bar, but
 * never trades: a run of it costs what the engine spends per bar with no order flow.
 */
final class SignalOnly implements Strategy {
    private Series up;
    private Series down;
    private int signals;

    @Override
    public void onStart(Context ctx) {
        up = ctx.indicator("crossover(sma(close,10),sma(close,30))");
        down = ctx.indicator("crossunder(sma(close,10),sma(close,30))");
    }

    @Override
    public void onBar(Context ctx) {
        if (up.get() > 0 || down.get() > 0) signals++;
    }

    /** Crosses seen, up or down. */
    int signals() { return signals; }
}
