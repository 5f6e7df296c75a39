package dev.tradewind.examples;

import dev.tradewind.model.Series;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Param;
import dev.tradewind.strategy.Strategy;

/**
 * Donchian channel breakout (turtle style), long only: while flat, a buy stop rests at the highest high of the
 * last {@code entry} bars; while long, a sell stop rests at the lowest low of the last {@code exit} bars. Stops
 * are re-placed every bar. Size risks {@code riskPct}% of equity on the distance between the two channels.
 */
public final class DonchianBreakout implements Strategy {
    @Param(description = "entry channel length", min = 2, max = 1000)
    int entry = 20;
    @Param(description = "exit channel length", min = 2, max = 1000)
    int exit = 10;
    @Param(description = "percent of equity risked per trade", min = 0.01, max = 100)
    double riskPct = 1;
    @Param(description = "cap on position value as percent of equity", min = 1, max = 100)
    double maxPct = 95;

    private Series upper;
    private Series lower;

    @Override
    public void onStart(Context ctx) {
        upper = ctx.indicator("highest(high," + entry + ")");
        lower = ctx.indicator("lowest(low," + exit + ")");
    }

    @Override
    public void onBar(Context ctx) {
        ctx.cancelAll();
        double q = ctx.position().quantity();
        double hi = upper.get();
        double lo = lower.get();
        if (q == 0) {
            double risk = hi - lo;
            if (!(risk > 0)) return;
            double units = Math.min(ctx.unitsForRisk(riskPct, risk), ctx.unitsForPercentOfEquity(maxPct));
            ctx.buyStop(units, hi + ctx.instrument().tickSize());
        } else if (q > 0) {
            ctx.sellStop(q, lo - ctx.instrument().tickSize());
        }
    }
}
