package dev.tradewind.examples;

import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.Side;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Param;

/**
 * Volatility breakout (Larry Williams style). At a session's first bar, with R the previous session's high minus low
 * and O this session's open, a buy stop waits at O + {@code k} x R and a sell stop at O - {@code k} x R. Each entry
 * carries its bracket: the stop-loss {@code stop} x R back from the entry level (with the defaults, at the open) and the
 * take-profit {@code target} x R beyond it. One trade a session; what is open is closed at market on the session's
 * last bar.
 */
public final class VolatilityBreakout extends SessionFamily {
    @Param(description = "entry distance from the open, in previous-session ranges", min = 0.01, max = 10)
    double k = 0.5;
    @Param(description = "stop-loss distance from the entry, in previous-session ranges", min = 0.01, max = 10)
    double stop = 0.5;
    @Param(description = "take-profit distance from the entry, in previous-session ranges (0 = none)", min = 0, max = 10)
    double target = 1;

    private double high = Double.NaN;
    private double low = Double.NaN;
    private double previousRange = Double.NaN;
    private boolean traded;
    private long buyId;
    private long sellId;

    @Override
    public void onBar(Context ctx) {
        long t = ctx.time();
        boolean first = session.advance(t);
        if (first) {
            if (ctx.openOrders() > 0 || !ctx.position().isFlat()) ctx.flatten();
            previousRange = high - low;
            high = ctx.high();
            low = ctx.low();
            traded = false;
        }
        if (!session.contains(t)) {
            if (ctx.openOrders() > 0 || !ctx.position().isFlat()) ctx.flatten();
            return;
        }
        high = Math.max(high, ctx.high());
        low = Math.min(low, ctx.low());
        if (session.endsNearClose(t, 0)) {
            if (ctx.openOrders() > 0 || !ctx.position().isFlat()) ctx.flatten();
            return;
        }
        if (!first || !(previousRange > 0)) return;
        double open = ctx.open();
        double units = ctx.unitsForPercentOfEquity(percent);
        double r = previousRange;
        double tp = target > 0 ? target * r : Double.NaN;
        if (!sides.equals("short")) {
            double entry = open + k * r;
            buyId = ctx.order(Side.BUY, units).stop(entry).stopLoss(entry - stop * r).takeProfit(entry + tp).submit();
        }
        if (!sides.equals("long")) {
            double entry = open - k * r;
            sellId = ctx.order(Side.SELL, units).stop(entry).stopLoss(entry + stop * r).takeProfit(entry - tp).submit();
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
