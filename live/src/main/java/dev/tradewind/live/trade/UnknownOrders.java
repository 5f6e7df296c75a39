package dev.tradewind.live.trade;

/**
 * What reconciliation does with an order on the exchange that the run did not send (placed by hand, by another
 * program, or by an earlier run): never ignored.
 */
public enum UnknownOrders {
    /**
     * Track it as the run's own (its fills count in the position the run compares with the exchange's balance, the kill
     * switch cancels it); the strategy does not see it, the kernel knows no such order.
     */
    ADOPT,
    /** Leave it alone and report it at every reconciliation, as a warning in the run's log. */
    FLAG
}
