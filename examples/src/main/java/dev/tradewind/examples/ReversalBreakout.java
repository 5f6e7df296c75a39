package dev.tradewind.examples;

import dev.tradewind.model.Side;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Param;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.Strategy;

/**
 * Reversal of a failed breakout of the previous session's high or low (a "turtle soup"). When price trades above the
 * previous session's high and a bar then closes back below that high within {@code within} minutes of the first
 * break, the breakout has failed: sell at market with a stop-loss one tick above the highest price of the failed
 * break and a take-profit {@code target} times that risk below the signal bar's close. A failed break of the low is
 * bought, mirrored. A break that holds longer than {@code within} minutes is left alone. At most one trade a session;
 * what is open is closed at market on the session's last bar.
 */
public final class ReversalBreakout implements Strategy {
    @Param(description = "minutes after the first break within which price must close back inside", min = 1, max = 1440)
    int within = 60;
    @Param(description = "take-profit distance in multiples of the risk (entry to stop-loss; 0 = none)", min = 0, max = 100)
    double target = 2;
    @Param(description = "percent of equity per trade", min = 0, max = 100)
    double percent = 50;
    @Param(description = "which reversals to trade", choices = {"both", "long", "short"})
    String sides = "both";
    @Param(description = "time zone of the session", choices = {"UTC", "America/New_York", "America/Chicago", "Europe/London",
        "Europe/Berlin", "Asia/Tokyo", "Asia/Hong_Kong", "Asia/Shanghai", "Asia/Singapore", "Asia/Kolkata", "Australia/Sydney"})
    String zone = "UTC";
    @Param(description = "session open, local HHMM", min = 0, max = 2359)
    int sessionStart = 0;
    @Param(description = "session close, local HHMM (at or before the open: the next day)", min = 0, max = 2359)
    int sessionEnd = 0;

    private static final long MINUTE = 60_000_000_000L;

    private Session session;
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
    public void checkParams() throws ParamException { Session.check(sessionStart, sessionEnd); }

    @Override
    public void onStart(Context ctx) { session = new Session(zone, sessionStart, sessionEnd); }

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
