package dev.tradewind.engine;

import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;

/**
 * Receives an execution client's order events. The simulated venue also asks it, before each fill, what an exchange
 * knows of its own account (the position a reduce-only order may reduce, whether the margin takes the fill); an
 * exchange adapter never calls these.
 */
public interface VenueListener {
    void onEvent(OrderEvent event);

    /** The signed position that {@code order} may reduce (for reduce-only orders and bracket exits). */
    double positionQuantity(Order order);

    /** Returns why the account cannot take this fill, or null if it can. */
    default String checkFill(Order order, double quantity, double price) { return null; }
}
