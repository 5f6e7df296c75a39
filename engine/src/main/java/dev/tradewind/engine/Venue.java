package dev.tradewind.engine;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Order;

/**
 * Where orders go. A simulated venue matches working orders against bars; a live venue forwards them to an
 * exchange and ignores the bar callbacks. Every state change is reported to the listener as an order event.
 */
public interface Venue {

    /** Sets the single listener that receives every order event. */
    void connect(VenueListener listener);

    /** The bars the run replays (a backtest), told before the first bar; a venue may read them instead of tracking them. */
    default void stored(BarSeries series) {}

    /** Takes a new order; reports Accepted or Rejected. */
    void submit(Order order);

    /** Cancels a working order; an unknown or finished order is ignored. */
    void cancel(long orderId, long time);

    /** A new bar opened and traded through its range: match working orders against it. */
    default void onBar(long time, double open, double high, double low, double close, double volume) {}

    /**
     * The account fell below maintenance margin: close {@code order} (a market order for the whole position) at
     * {@code price}, charging {@code extraFeePercent} on top of the taker fee. A live venue ignores this (the
     * exchange liquidates by itself and reports the fill).
     */
    default void liquidate(Order order, double price, double extraFeePercent) {}

    /** The bar closed at {@code close}: fill orders that execute at the close. */
    default void onBarClose(long time, double close) {}
}
