package dev.tradewind.model;

/**
 * One trade printed by the exchange between other participants (a live trade stream, or a recorded one).
 *
 * @param time       when it traded (epoch ns)
 * @param price      its price
 * @param size       its quantity
 * @param buyerMaker whether the buyer's order was resting (the seller took liquidity)
 */
public record TradePrint(long time, double price, double size, boolean buyerMaker) {
    public TradePrint {
        if (!(price > 0) || !(size >= 0)) throw new IllegalArgumentException("trade print price " + price + " size " + size);
    }
}
