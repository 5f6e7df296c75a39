package dev.tradewind.engine;

import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;

/** Receives a venue's order events, and is asked before each fill whether the account can take it. */
public interface VenueListener {
    void onEvent(OrderEvent event);

    /** The signed position that {@code order} may reduce (for reduce-only orders and bracket exits). */
    double positionQuantity(Order order);

    /** Returns why the account cannot take this fill, or null if it can. */
    default String checkFill(Order order, double quantity, double price) { return null; }
}
