package dev.tradewind.model;

/**
 * A snapshot of price levels: bids best (highest) first, asks best (lowest) first.
 *
 * @param time epoch nanoseconds of the snapshot
 */
public record OrderBook(long time, double[] bidPrices, double[] bidSizes, double[] askPrices, double[] askSizes) {

    public OrderBook {
        if (bidPrices.length != bidSizes.length || askPrices.length != askSizes.length) {
            throw new IllegalArgumentException("price and size arrays differ in length");
        }
    }

    /** The best price an order on {@code side} would take: the best ask for a buy, the best bid for a sell. */
    public double best(Side side) {
        double[] prices = side == Side.BUY ? askPrices : bidPrices;
        if (prices.length == 0) throw new IllegalStateException("the book has no " + (side == Side.BUY ? "asks" : "bids"));
        return prices[0];
    }

    /**
     * The volume-weighted price of a market order of {@code quantity} walking the opposite side from its best level.
     * An order larger than the book's depth takes the rest at the last level's price.
     */
    public double walk(Side side, double quantity) {
        best(side);
        double[] prices = side == Side.BUY ? askPrices : bidPrices;
        double[] sizes = side == Side.BUY ? askSizes : bidSizes;
        double left = quantity;
        double cost = 0;
        for (int i = 0; i < prices.length && left > 0; i++) {
            double take = Math.min(left, sizes[i]);
            cost += take * prices[i];
            left -= take;
        }
        if (left > 0) cost += left * prices[prices.length - 1];
        return cost / quantity;
    }
}
