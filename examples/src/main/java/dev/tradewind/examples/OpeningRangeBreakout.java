package dev.tradewind.examples;

import dev.tradewind.model.Times;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Param;
import dev.tradewind.strategy.Strategy;

/**
 * Opening-range breakout on intraday bars. Each UTC day, the high and low of the first {@code minutes} minutes
 * form the range; after it, a buy stop above and a sell stop below wait for a breakout (one trade a day). The
 * opposite side of the range is the protective stop, and any position is closed {@code exitMinutes} before the
 * day ends.
 */
public final class OpeningRangeBreakout implements Strategy {
    private static final long MINUTE = 60 * Times.NANOS_PER_SECOND;

    @Param(description = "length of the opening range in minutes", min = 1, max = 720)
    int minutes = 30;
    @Param(description = "close positions this many minutes before the UTC day ends", min = 1, max = 720)
    int exitMinutes = 15;
    @Param(description = "percent of equity per trade", min = 0, max = 100)
    double percent = 50;

    private long day = Long.MIN_VALUE;
    private double high;
    private double low;
    private boolean armed;
    private boolean traded;

    @Override
    public void onBar(Context ctx) {
        long t = ctx.time();
        long d = Times.utcDay(t);
        long minuteOfDay = (t - d * Times.NANOS_PER_DAY) / MINUTE;
        if (d != day) {
            day = d;
            high = Double.NEGATIVE_INFINITY;
            low = Double.POSITIVE_INFINITY;
            armed = false;
            traded = false;
        }
        if (minuteOfDay < minutes) {
            high = Math.max(high, ctx.high());
            low = Math.min(low, ctx.low());
            return;
        }
        double q = ctx.position().quantity();
        if (minuteOfDay >= 24 * 60 - exitMinutes) {
            if (q != 0 || ctx.openOrders() > 0) ctx.flatten();
            return;
        }
        if (q != 0 && !traded) {
            traded = true;
            ctx.cancelAll();
            if (q > 0) ctx.sellStop(q, low);
            else ctx.buyStop(-q, high);
        } else if (q == 0 && !armed && !traded && high > low) {
            armed = true;
            double units = ctx.unitsForPercentOfEquity(percent);
            ctx.buyStop(units, high + ctx.instrument().tickSize());
            ctx.sellStop(units, low - ctx.instrument().tickSize());
        } else if (q == 0 && traded && ctx.openOrders() > 0) {
            ctx.cancelAll();
        }
    }
}
