package dev.tradewind.examples;

import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.Side;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Param;

/**
 * Opening-range breakout. The high and low of a session's first {@code minutes} minutes (at least its first bar) form
 * the range; then a buy stop one tick above it and a sell stop one tick below it wait for the break. Each entry
 * carries its bracket: the stop-loss one tick beyond the other side of the range, the take-profit {@code target} range
 * widths from the entry level. One trade a session: the first entry to fill cancels the other. Whatever is open is
 * closed at market on the bar that ends {@code exitMinutes} before the session closes (0: at the close).
 */
public final class OpeningRangeBreakout extends SessionFamily {
    @Param(description = "length of the opening range in minutes", min = 1, max = 1440)
    int minutes = 30;
    @Param(description = "close positions this many minutes before the session ends (0 = at the end)", min = 0, max = 1440)
    int exitMinutes = 0;
    @Param(description = "take-profit distance from the entry in range widths (0 = none)", min = 0, max = 100)
    double target = 2;

    private double high;
    private double low;
    private boolean armed;
    private boolean traded;
    private long buyId;
    private long sellId;

    @Override
    public void onBar(Context ctx) {
        long t = ctx.time();
        if (session.advance(t)) {
            if (ctx.openOrders() > 0 || !ctx.position().isFlat()) ctx.flatten();
            high = Double.NEGATIVE_INFINITY;
            low = Double.POSITIVE_INFINITY;
            armed = false;
            traded = false;
        }
        if (!session.contains(t) || session.endsNearClose(t, exitMinutes)) {
            if (ctx.openOrders() > 0 || !ctx.position().isFlat()) ctx.flatten();
            return;
        }
        if (session.startsWithin(t, minutes) || high == Double.NEGATIVE_INFINITY) {
            high = Math.max(high, ctx.high());
            low = Math.min(low, ctx.low());
            if (!session.endsAfterOpen(t, minutes)) return;
        }
        if (armed || !(high > low)) return;
        armed = true;
        double tick = ctx.instrument().tickSize();
        double width = high - low;
        double units = ctx.unitsForPercentOfEquity(percent);
        double tp = target > 0 ? target * width : Double.NaN;
        if (!sides.equals("short")) {
            buyId = ctx.order(Side.BUY, units).stop(high + tick).stopLoss(low - tick).takeProfit(high + tick + tp).submit();
        }
        if (!sides.equals("long")) {
            sellId = ctx.order(Side.SELL, units).stop(low - tick).stopLoss(high + tick).takeProfit(low - tick - tp).submit();
        }
    }

    @Override
    public void onOrder(Context ctx, OrderEvent event) {
        if (traded || !(event instanceof OrderEvent.Filled)) return;
        if (event.orderId() == buyId || event.orderId() == sellId) {
            traded = true;
            ctx.cancel(event.orderId() == buyId ? sellId : buyId);
        }
    }
}
