package dev.tradewind.engine;

import dev.tradewind.model.Order;

/**
 * The execution port: where a run's orders go. It takes submit and cancel and answers only with order events, told to
 * its listener (accepted, rejected, triggered, filled, updated, canceled, expired). The simulated venue answers at
 * once, inside the call; an exchange adapter answers later, and its events enter the kernel through the event loop's
 * queue. Nothing else crosses from the execution side to the strategy.
 */
public interface ExecutionClient {

    /** Sets the single listener that receives every order event. */
    void connect(VenueListener listener);

    /** Takes a new order; reports Accepted or Rejected. */
    void submit(Order order);

    /**
     * {@code submit(order.toOrder())}: a new order given by its fields, read during the call ({@code order} may be a view
     * its caller reuses). A venue that keeps the fields themselves (the simulated one) takes them without the object.
     */
    default void submit(dev.tradewind.model.OrderView order) { submit(order.toOrder()); }

    /** Cancels a working order; an unknown or finished order is ignored. */
    void cancel(long orderId, long time);

    /**
     * Changes a working order to {@code replacement} (same id, side and type; a new total quantity, limit or stop
     * price); answers Modified, or nothing when the order is no longer working. The run checks the change first.
     *
     * @throws UnsupportedOperationException when this venue cannot modify orders (the message says why; the run logs
     *     it and tells the strategy the modification was refused)
     */
    void modify(Order replacement, long time);
}
