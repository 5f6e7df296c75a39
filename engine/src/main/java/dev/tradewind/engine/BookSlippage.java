package dev.tradewind.engine;

import dev.tradewind.model.OrderBook;
import dev.tradewind.model.Side;

/**
 * Slippage from walking an order-book snapshot: a taker order pays the snapshot's volume-weighted price for its size.
 * The cost is measured relative to the best level of the side walked and applied to the reference price, so the
 * snapshot works as a depth profile on bars far from the time it was taken (the spread itself is not added).
 */
public record BookSlippage(OrderBook book) implements SlippageModel {
    @Override
    public double price(Side side, double price, double quantity, double barVolume, double atr) {
        return price * book.walk(side, quantity) / book.best(side);
    }

    @Override public boolean readsAtr() { return false; }
}
