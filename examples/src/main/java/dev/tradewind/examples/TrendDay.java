package dev.tradewind.examples;

import dev.tradewind.model.Side;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Param;

/**
 * Trend day. The first {@code drive} minutes of a session (at least its first bar) are its initial balance (IB). The
 * session is classified when the IB is complete: an up drive when it opened in the bottom {@code edge} of the IB and
 * the IB's last close is in the top {@code edge} (a down drive mirrored); anything else is a rotational session and
 * is not traded. A drive is ridden on its range extension: a buy stop one tick above the IB high (a sell stop below
 * the IB low for a down drive), with a stop-loss at the IB midpoint and a take-profit {@code target} IB widths beyond
 * the entry. What is open is closed at market on the session's last bar.
 */
public final class TrendDay extends SessionFamily {
    @Param(description = "length of the opening drive (initial balance) in minutes", min = 1, max = 1440)
    int drive = 60;
    @Param(description = "open and last close must lie within this fraction of the IB from opposite ends", min = 0.01, max = 0.5)
    double edge = 0.3;
    @Param(description = "take-profit distance from the entry in IB widths (0 = none)", min = 0, max = 100)
    double target = 2;

    private double open;
    private double high;
    private double low;
    private boolean classified;

    @Override
    public void onBar(Context ctx) {
        long t = ctx.time();
        if (session.advance(t)) {
            if (ctx.openOrders() > 0 || !ctx.position().isFlat()) ctx.flatten();
            open = ctx.open();
            high = Double.NEGATIVE_INFINITY;
            low = Double.POSITIVE_INFINITY;
            classified = false;
        }
        if (!session.contains(t) || session.endsNearClose(t, 0)) {
            if (ctx.openOrders() > 0 || !ctx.position().isFlat()) ctx.flatten();
            return;
        }
        if (classified) return;
        if (session.startsWithin(t, drive) || high == Double.NEGATIVE_INFINITY) {
            high = Math.max(high, ctx.high());
            low = Math.min(low, ctx.low());
            if (!session.endsAfterOpen(t, drive)) return;
        }
        classified = true;
        double width = high - low;
        if (!(width > 0)) return;
        double openAt = (open - low) / width;
        double closeAt = (ctx.close() - low) / width;
        double tick = ctx.instrument().tickSize();
        double mid = low + width / 2;
        double tp = target > 0 ? target * width : Double.NaN;
        double units = ctx.unitsForPercentOfEquity(percent);
        if (openAt <= edge && closeAt >= 1 - edge && !sides.equals("short")) {
            ctx.order(Side.BUY, units).stop(high + tick).stopLoss(mid).takeProfit(high + tick + tp).submit();
        } else if (openAt >= 1 - edge && closeAt <= edge && !sides.equals("long")) {
            ctx.order(Side.SELL, units).stop(low - tick).stopLoss(mid).takeProfit(low - tick - tp).submit();
        }
    }
}
