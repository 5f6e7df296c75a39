package dev.tradewind.engine.sim;

import dev.tradewind.model.Order;
import dev.tradewind.model.Side;

/** The simulated venue's mutable view of one order. */
final class Working {
    Order order;
    final long day;
    /** When the order expires by itself: the last nanosecond of a DAY order's day, a GTD order's time, else never. */
    long deadline = Long.MAX_VALUE;
    double quantity;
    double filled;
    boolean active;
    int activeFromBar;
    long activeFromTime;
    int firstMatchBar = -1;
    boolean triggered;
    /** A bracket child activated inside a bar matches the rest of that bar from here instead of the open. */
    double entryPrice = Double.NaN;
    int activatedBar = -1;
    double trailBest = Double.NaN;
    double trailLevel = Double.NaN;
    Working sibling;
    int matchedBar = -1;

    Working(Order order, long day) {
        this.order = order;
        this.day = day;
        this.quantity = order.quantity();
    }

    double remaining() { return quantity - filled; }

    boolean buy() { return order.side() == Side.BUY; }

    long id() { return order.id(); }

    /** The price this order is treated as starting from in bar {@code bar}. */
    double startPrice(int bar, double open) { return activatedBar == bar && !Double.isNaN(entryPrice) ? entryPrice : open; }

    /** A stop-type exit (stop, stop-limit, trailing stop) as opposed to a target (limit, limit-if-touched). */
    boolean isStopLike() {
        return switch (order.type()) {
            case STOP, STOP_LIMIT, TRAILING_STOP -> true;
            case MARKET, LIMIT, MARKET_ON_OPEN, MARKET_ON_CLOSE, LIMIT_IF_TOUCHED -> false;
        };
    }
}
