package dev.tradewind.engine.sim;

import dev.tradewind.model.Liquidity;
import dev.tradewind.model.OrderFields;
import dev.tradewind.model.OrderView;
import dev.tradewind.model.Side;

/**
 * The simulated venue's mutable view of one order: the order's fields, copied when it arrives (so the view a run sends
 * may be reused), and its state. The venue reuses one for a new order once its order is done ({@link #reset} sets
 * every field, as a new one would have it).
 */
final class Working {
    /** The order: its fields, copied when it arrives (a run may send a draft it rewrites). */
    final OrderFields order = new OrderFields();
    // its state
    long day;
    /** When the order expires by itself: the last nanosecond of a DAY order's day, a GTD order's time, else never. */
    long deadline;
    double quantity;
    double filled;
    boolean active;
    int activeFromBar;
    long activeFromTime;
    int firstMatchBar;
    boolean triggered;
    /** A bracket child activated inside a bar matches the rest of that bar from here instead of the open. */
    double entryPrice;
    int activatedBar;
    double trailBest;
    double trailLevel;
    Working sibling;
    int matchedBar;
    /** How the last {@link Triggers#find} hit executes: its role, and whether slippage applies. */
    Liquidity hitLiquidity;
    boolean hitSlips;

    Working(OrderView order, long day) { reset(order, day); }

    /** Makes this the view of a new order {@code order}, decided on day {@code day}: every field as a new one's. */
    Working reset(OrderView order, long day) {
        this.order.set(order);
        this.day = day;
        this.deadline = Long.MAX_VALUE;
        this.quantity = order.quantity();
        this.filled = 0;
        this.active = false;
        this.activeFromBar = 0;
        this.activeFromTime = 0;
        this.firstMatchBar = -1;
        this.triggered = false;
        this.entryPrice = Double.NaN;
        this.activatedBar = -1;
        this.trailBest = Double.NaN;
        this.trailLevel = Double.NaN;
        this.sibling = null;
        this.matchedBar = -1;
        this.hitLiquidity = Liquidity.TAKER;
        this.hitSlips = false;
        return this;
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
