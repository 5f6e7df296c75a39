package dev.tradewind.model;

/**
 * A change in an order's state. Handle with an exhaustive {@code switch} so a new event type fails compilation
 * wherever it is not handled.
 */
public sealed interface OrderEvent {
    /** The order this event belongs to. */
    long orderId();

    /** When it happened (epoch ns). */
    long time();

    /** The order's status after this event. */
    OrderStatus status();

    /** The venue took the order; it is working. */
    record Accepted(long orderId, long time) implements OrderEvent {
        public OrderStatus status() { return OrderStatus.ACCEPTED; }
    }

    /** A stop or stop-limit order's trigger price traded. */
    record Triggered(long orderId, long time) implements OrderEvent {
        public OrderStatus status() { return OrderStatus.TRIGGERED; }
    }

    /** Some or all of the order executed; {@code remaining} is what is still working. */
    record Filled(long orderId, long time, Fill fill, double remaining) implements OrderEvent {
        public OrderStatus status() { return remaining > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.FILLED; }
    }

    /**
     * The working quantity changed without a fill (a bracket child resized to its entry's filled size, or reduced by
     * its sibling's partial fill); {@code status} is the order's unchanged status.
     */
    record Updated(long orderId, long time, double quantity, OrderStatus status) implements OrderEvent {}

    /**
     * The strategy's modification of a working order took effect: its quantity (the total, filled part included), limit
     * and stop prices are now these ({@code NaN} for a price the order type does not have); {@code status} is unchanged.
     */
    record Modified(long orderId, long time, double quantity, double limitPrice, double stopPrice, OrderStatus status)
            implements OrderEvent {}

    /** Cancelled at the strategy's request, or by the engine (the sibling of a filled bracket order). */
    record Canceled(long orderId, long time) implements OrderEvent {
        public OrderStatus status() { return OrderStatus.CANCELED; }
    }

    /** Its time in force ran out (DAY, GTD, or the unfilled rest of an IOC or FOK order). */
    record Expired(long orderId, long time) implements OrderEvent {
        public OrderStatus status() { return OrderStatus.EXPIRED; }
    }

    /** Refused, with a reason a person can read. */
    record Rejected(long orderId, long time, String reason) implements OrderEvent {
        public OrderStatus status() { return OrderStatus.REJECTED; }
    }
}
