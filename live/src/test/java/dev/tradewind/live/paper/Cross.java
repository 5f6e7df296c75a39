package dev.tradewind.live.paper;

import dev.tradewind.model.Series;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;

/** A long-only SMA crossover for the live module's tests (the examples module is above live). */
final class Cross implements Strategy {
    final int fast;
    final int slow;
    private Series up;
    private Series down;
    int firstOnBarIndex = -1;
    int historyAtFirstOnBar = -1;
    long firstOnBarTime = Long.MIN_VALUE;

    Cross(int fast, int slow) {
        this.fast = fast;
        this.slow = slow;
    }

    @Override
    public void onStart(Context ctx) {
        String f = "sma(close," + fast + ")";
        String s = "sma(close," + slow + ")";
        up = ctx.indicator("crossover(" + f + "," + s + ")");
        down = ctx.indicator("crossunder(" + f + "," + s + ")");
    }

    @Override
    public void onBar(Context ctx) {
        if (firstOnBarTime == Long.MIN_VALUE) {
            firstOnBarTime = ctx.time();
            historyAtFirstOnBar = ctx.bars().size();
        }
        if (ctx.position().isFlat() && up.get() > 0) {
            ctx.buy(ctx.unitsForPercentOfEquity(95));
        } else if (ctx.position().isLong() && down.get() > 0) {
            ctx.flatten();
        }
    }
}
