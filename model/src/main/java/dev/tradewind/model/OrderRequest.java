package dev.tradewind.model;

/**
 * What a strategy asks for; the engine turns it into an {@link Order} with an id (and, for a bracket, two more
 * orders: the stop-loss and the take-profit).
 *
 * @param stopLoss   for an entry, the stop price of a protective stop-loss order (NaN: none)
 * @param takeProfit for an entry, the limit price of a take-profit order (NaN: none)
 */
public record OrderRequest(Side side, OrderType type, double quantity, double limitPrice, double stopPrice,
        TimeInForce tif, long expireTime, double trail, TrailUnit trailUnit, boolean reduceOnly, boolean postOnly,
        double stopLoss, double takeProfit, String tag) {

    public boolean isBracket() { return !Double.isNaN(stopLoss) || !Double.isNaN(takeProfit); }
}
