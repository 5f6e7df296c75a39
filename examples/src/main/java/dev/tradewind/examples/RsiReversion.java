package dev.tradewind.examples;

import dev.tradewind.model.Series;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Param;
import dev.tradewind.strategy.Strategy;

/**
 * RSI mean reversion: buys when RSI falls below {@code lower} and sells when it recovers above {@code exit};
 * mirrored for shorts above {@code upper} when enabled. A protective stop sits {@code stopPct}% from the entry.
 */
public final class RsiReversion implements Strategy {
    @Param(description = "RSI length", min = 2, max = 500)
    int period = 14;
    @Param(description = "oversold level: buy below it", min = 0, max = 100)
    double lower = 30;
    @Param(description = "overbought level: short above it", min = 0, max = 100)
    double upper = 70;
    @Param(description = "exit when RSI crosses back through this level", min = 0, max = 100)
    double exit = 50;
    @Param(description = "take short positions")
    boolean shorts = false;
    @Param(description = "percent of equity per entry", min = 0, max = 100)
    double percent = 50;
    @Param(description = "protective stop distance in percent of the entry price (0 = none)", min = 0, max = 50)
    double stopPct = 3;

    private Series rsi;
    private long stopId;

    @Override
    public void onStart(Context ctx) { rsi = ctx.indicator("rsi(close," + period + ")"); }

    @Override
    public void onBar(Context ctx) {
        double r = rsi.get();
        double q = ctx.position().quantity();
        if (q == 0) {
            stopId = 0;
            if (r < lower) enter(ctx, 1);
            else if (shorts && r > upper) enter(ctx, -1);
        } else if ((q > 0 && r > exit) || (q < 0 && r < exit)) {
            ctx.flatten();
        } else if (stopPct > 0 && stopId == 0) {
            double stop = ctx.position().averagePrice() * (1 - Math.signum(q) * stopPct / 100);
            stopId = q > 0 ? ctx.sellStop(q, stop) : ctx.buyStop(-q, stop);
        }
    }

    private void enter(Context ctx, int direction) {
        double units = ctx.unitsForPercentOfEquity(percent);
        if (direction > 0) ctx.buy(units);
        else ctx.sell(units);
    }
}
