package dev.tradewind.examples;

import dev.tradewind.model.Side;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Param;

/**
 * Reversal of a failed breakout of the previous session's high or low (a "turtle soup"). When price trades above the
 * previous session's high and a bar then closes back below that high within {@code within} minutes of the first
 * break, the breakout has failed: sell at market with a stop-loss one tick above the highest price of the failed
 * break and a take-profit {@code target} times that risk below the signal bar's close. A failed break of the low is
 * bought, mirrored. A break that holds longer than {@code within} minutes is left alone. At most one trade a session;
 * what is open is closed at market on the session's last bar.
 */
public final class ReversalBreakout extends SessionFamily {
    @Param(description = "minutes after the first break within which price must close back inside", min = 1, max = 1440)
    int within = 60;
    @Param(description = "take-profit distance in multiples of the risk (entry to stop-loss; 0 = none)", min = 0, max = 100)
    double target = 2;

    private static final long MINUTE = 60_000_000_000L;

    private double high = Double.NaN;
    private double low = Double.NaN;
    private double priorHigh = Double.NaN;
    private double priorLow = Double.NaN;
    private double poke;
    private double dip;
    private long pokeTime;
    private long dipTime;
    private boolean traded;

    @Override
    public void onBar(Context ctx) {
        long t = ctx.time();
        if (session.advance(t)) {
            if (ctx.openOrders() > 0 || !ctx.position().isFlat()) ctx.flatten();
            priorHigh = high;
            priorLow = low;
            high = Double.NEGATIVE_INFINITY;
            low = Double.POSITIVE_INFINITY;
            poke = Double.NaN;
            dip = Double.NaN;
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
        if (traded || Double.isNaN(priorHigh)) return;
        double close = ctx.close();
        double tick = ctx.instrument().tickSize();
        if (ctx.high() > priorHigh) {
            if (Double.isNaN(poke)) pokeTime = t;
            poke = Double.isNaN(poke) ? ctx.high() : Math.max(poke, ctx.high());
        }
        if (ctx.low() < priorLow) {
            if (Double.isNaN(dip)) dipTime = t;
            dip = Double.isNaN(dip) ? ctx.low() : Math.min(dip, ctx.low());
        }
        if (!Double.isNaN(poke) && close < priorHigh && t - pokeTime < within * MINUTE && !sides.equals("long")) {
            double stop = poke + tick;
            traded = true;
            ctx.order(Side.SELL, ctx.unitsForPercentOfEquity(percent)).stopLoss(stop)
                    .takeProfit(target > 0 ? close - target * (stop - close) : Double.NaN).submit();
        } else if (!Double.isNaN(dip) && close > priorLow && t - dipTime < within * MINUTE && !sides.equals("short")) {
            double stop = dip - tick;
            traded = true;
            ctx.order(Side.BUY, ctx.unitsForPercentOfEquity(percent)).stopLoss(stop)
                    .takeProfit(target > 0 ? close + target * (close - stop) : Double.NaN).submit();
        }
    }
}
