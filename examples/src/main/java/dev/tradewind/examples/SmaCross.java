package dev.tradewind.examples;

import dev.tradewind.model.Series;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Param;
import dev.tradewind.strategy.Strategy;

/**
 * Long-only moving-average crossover: buys when SMA(fast) crosses above SMA(slow) and closes the position when it
 * crosses below. With {@code fast = 1} the fast line is the close itself.
 */
public final class SmaCross implements Strategy {
    @Param(description = "fast SMA length (1 = the close)", min = 1, max = 1000)
    int fast = 10;
    @Param(description = "slow SMA length", min = 2, max = 5000)
    int slow = 30;
    @Param(description = "fixed size in units; 0 sizes by percent of equity", min = 0)
    double units = 0;
    @Param(description = "percent of equity per entry when units is 0", min = 0, max = 100)
    double percent = 95;

    private Series up;
    private Series down;

    @Override
    public void onStart(Context ctx) {
        String f = "sma(close," + fast + ")";
        String s = "sma(close," + slow + ")";
        up = ctx.indicator("crossover(" + f + "," + s + ")");
        down = ctx.indicator("crossunder(" + f + "," + s + ")");
        ctx.onBarOnlyWhen(up, down); // onBar acts only on a cross
    }

    @Override
    public void onBar(Context ctx) {
        if (ctx.position().isFlat() && up.get() > 0) {
            ctx.buy(units > 0 ? units : ctx.unitsForPercentOfEquity(percent));
        } else if (ctx.position().isLong() && down.get() > 0) {
            ctx.flatten();
        }
    }
}
