package dev.tradewind.examples;

import dev.tradewind.model.Series;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Param;
import dev.tradewind.strategy.Strategy;

/** Always-in-the-market EMA crossover: long after EMA(fast) crosses above EMA(slow), short after it crosses below. */
public final class EmaCross implements Strategy {
    @Param(description = "fast EMA length", min = 1, max = 1000)
    int fast = 12;
    @Param(description = "slow EMA length", min = 2, max = 5000)
    int slow = 26;
    @Param(description = "percent of equity per position", min = 0, max = 100)
    double percent = 50;
    @Param(description = "take short positions on a cross down")
    boolean shorts = true;

    private Series up;
    private Series down;

    @Override
    public void onStart(Context ctx) {
        String f = "ema(close," + fast + ")";
        String s = "ema(close," + slow + ")";
        up = ctx.indicator("crossover(" + f + "," + s + ")");
        down = ctx.indicator("crossunder(" + f + "," + s + ")");
        ctx.onBarOnlyWhen(up, down); // onBar acts only on a cross
    }

    @Override
    public void onBar(Context ctx) {
        double held = ctx.position().quantity();
        if (up.get() > 0 && held <= 0) {
            ctx.buy(-held + ctx.unitsForPercentOfEquity(percent));
        } else if (down.get() > 0 && held >= 0) {
            ctx.sell(held + (shorts ? ctx.unitsForPercentOfEquity(percent) : 0));
        }
    }
}
