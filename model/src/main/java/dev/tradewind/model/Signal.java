package dev.tradewind.model;


/**
 * An entry the strategy asked for, traded or not: the record a signal filter (and its training) needs.
 *
 * @param orderId  the entry order's id
 * @param price    the last close when the signal was given
 * @param outcome  {@code sent}, or why it was refused (blocked, throttled, halted, a risk limit)
 */
public record Signal(long time, long orderId, Side side, double quantity, double price, String outcome) {
    public boolean traded() { return outcome.equals("sent"); }
}
