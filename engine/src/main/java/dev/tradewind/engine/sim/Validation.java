package dev.tradewind.engine.sim;

import dev.tradewind.model.OrderView;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.TimeInForce;
import dev.tradewind.model.TrailUnit;

/** Checks an order's own fields when it arrives; returns the rejection reason or null. */
final class Validation {
    private Validation() {}

    static String check(OrderView o, double lastPrice) {
        if (!(o.quantity() > 0)) return "quantity " + o.quantity() + " is not positive after rounding to the lot size";
        OrderType t = o.type();
        boolean needsLimit = t == OrderType.LIMIT || t == OrderType.STOP_LIMIT || t == OrderType.LIMIT_IF_TOUCHED;
        boolean needsStop = t == OrderType.STOP || t == OrderType.STOP_LIMIT || t == OrderType.LIMIT_IF_TOUCHED;
        if (needsLimit && !(o.limitPrice() > 0)) return t + " order needs a positive limit price, got " + o.limitPrice();
        if (needsStop && !(o.stopPrice() > 0)) return t + " order needs a positive trigger price, got " + o.stopPrice();
        if (t == OrderType.TRAILING_STOP && (!(o.trail() > 0) || o.trailUnit() == TrailUnit.NONE)) {
            return "TRAILING_STOP order needs a positive trailing distance and its unit";
        }
        if (o.tif() == TimeInForce.GTD && o.expireTime() <= o.time()) return "GTD order expires before it was sent";
        if (o.postOnly() && t != OrderType.LIMIT) return "post-only applies to limit orders only";
        if (o.postOnly() && !Double.isNaN(lastPrice)
                && (o.side().sign() > 0 ? o.limitPrice() >= lastPrice : o.limitPrice() <= lastPrice)) {
            return "post-only order would take liquidity (limit " + o.limitPrice() + ", last price " + lastPrice + ")";
        }
        return null;
    }
}
