package dev.tradewind.engine;

import dev.tradewind.model.Fill;
import dev.tradewind.model.Liquidity;
import dev.tradewind.model.OrderView;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.Side;

/**
 * Receives an execution client's order events. The simulated venue also asks it, before each fill, what an exchange
 * knows of its own account (the position a reduce-only order may reduce, whether the margin takes the fill); an
 * exchange adapter never calls these.
 */
public interface VenueListener {
    void onEvent(OrderEvent event);

    /** {@code onEvent(new OrderEvent.Accepted(orderId, time))}: a listener may take it without the event object. */
    default void accepted(long orderId, long time) { onEvent(new OrderEvent.Accepted(orderId, time)); }

    /** {@code onEvent(new OrderEvent.Filled(orderId, time, fill, remaining))}, the same way. */
    default void filled(long orderId, long time, Fill fill, double remaining) {
        onEvent(new OrderEvent.Filled(orderId, time, fill, remaining));
    }

    /**
     * {@code filled(orderId, time, new Fill(fillId, orderId, time, symbol, side, quantity, price, fee, liquidity),
     * remaining)}: a listener that keeps fills in columns (a backtest's run) takes them without the fill object.
     */
    default void filled(long fillId, long orderId, long time, String symbol, Side side, double quantity, double price,
            double fee, Liquidity liquidity, double remaining) {
        filled(orderId, time, new Fill(fillId, orderId, time, symbol, side, quantity, price, fee, liquidity), remaining);
    }

    /** The signed position that {@code order} may reduce (for reduce-only orders and bracket exits). */
    double positionQuantity(OrderView order);

    /** Returns why the account cannot take this fill, or null if it can. */
    default String checkFill(OrderView order, double quantity, double price) { return null; }
}
