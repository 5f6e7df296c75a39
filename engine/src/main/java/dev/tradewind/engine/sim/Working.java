package dev.tradewind.engine.sim;

import dev.tradewind.model.Liquidity;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.OrderView;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import dev.tradewind.model.TrailUnit;

/**
 * The simulated venue's mutable view of one order: the order's fields, copied when it arrives (so the view a run sends
 * may be reused), and its state. The venue reuses one for a new order once its order is done ({@link #reset} sets
 * every field, as a new one would have it).
 */
final class Working implements OrderView {
    // the order
    private long id;
    private String symbol;
    private Side side;
    private OrderType type;
    private double orderQuantity; // as sent or last modified; what is left to fill is quantity - filled
    private double limitPrice;
    private double stopPrice;
    private TimeInForce tif;
    private long expireTime;
    private double trail;
    private TrailUnit trailUnit;
    private boolean reduceOnly;
    private boolean postOnly;
    private long parentId;
    private long ocoId;
    private long time;
    private String tag;
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
        this.id = order.id();
        this.symbol = order.symbol();
        this.side = order.side();
        this.type = order.type();
        this.orderQuantity = order.quantity();
        this.limitPrice = order.limitPrice();
        this.stopPrice = order.stopPrice();
        this.tif = order.tif();
        this.expireTime = order.expireTime();
        this.trail = order.trail();
        this.trailUnit = order.trailUnit();
        this.reduceOnly = order.reduceOnly();
        this.postOnly = order.postOnly();
        this.parentId = order.parentId();
        this.ocoId = order.ocoId();
        this.time = order.time();
        this.tag = order.tag();
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

    /** A modification: the order's new total quantity and prices. */
    void modified(double q, double limit, double stop) {
        orderQuantity = q;
        limitPrice = limit;
        stopPrice = stop;
        quantity = q;
    }

    double remaining() { return quantity - filled; }

    boolean buy() { return side == Side.BUY; }

    @Override public long id() { return id; }
    @Override public String symbol() { return symbol; }
    @Override public Side side() { return side; }
    @Override public OrderType type() { return type; }
    /** The order's quantity (as sent or modified); {@link #quantity} is what the venue works, resized with brackets. */
    @Override public double quantity() { return orderQuantity; }
    @Override public double limitPrice() { return limitPrice; }
    @Override public double stopPrice() { return stopPrice; }
    @Override public TimeInForce tif() { return tif; }
    @Override public long expireTime() { return expireTime; }
    @Override public double trail() { return trail; }
    @Override public TrailUnit trailUnit() { return trailUnit; }
    @Override public boolean reduceOnly() { return reduceOnly; }
    @Override public boolean postOnly() { return postOnly; }
    @Override public long parentId() { return parentId; }
    @Override public long ocoId() { return ocoId; }
    @Override public long time() { return time; }
    @Override public String tag() { return tag; }

    /** The price this order is treated as starting from in bar {@code bar}. */
    double startPrice(int bar, double open) { return activatedBar == bar && !Double.isNaN(entryPrice) ? entryPrice : open; }

    /** A stop-type exit (stop, stop-limit, trailing stop) as opposed to a target (limit, limit-if-touched). */
    boolean isStopLike() {
        return switch (type) {
            case STOP, STOP_LIMIT, TRAILING_STOP -> true;
            case MARKET, LIMIT, MARKET_ON_OPEN, MARKET_ON_CLOSE, LIMIT_IF_TOUCHED -> false;
        };
    }
}
