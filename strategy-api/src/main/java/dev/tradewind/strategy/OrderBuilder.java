package dev.tradewind.strategy;

import dev.tradewind.model.OrderRequest;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import dev.tradewind.model.TrailUnit;
import java.util.function.ToLongFunction;

/**
 * Builds one order: {@code ctx.order(Side.BUY, 10).limit(99.5).tif(TimeInForce.DAY).stopLoss(97).takeProfit(104).submit()}.
 * A market order unless a price method says otherwise. {@link #stopLoss} and {@link #takeProfit} make a bracket:
 * separate exit orders that become active when the entry fills, take its filled size and cancel each other; their
 * ids are the entry's id + 1 (stop-loss) and + 2 (take-profit, or + 1 without a stop-loss).
 */
public final class OrderBuilder {
    private final ToLongFunction<OrderRequest> submitter;
    private final Side side;
    private final double quantity;
    private OrderType type = OrderType.MARKET;
    private double limit = Double.NaN;
    private double stop = Double.NaN;
    private TimeInForce tif = TimeInForce.GTC;
    private long expire = Long.MAX_VALUE;
    private double trail = Double.NaN;
    private TrailUnit trailUnit = TrailUnit.NONE;
    private boolean reduceOnly;
    private boolean postOnly;
    private double stopLoss = Double.NaN;
    private double takeProfit = Double.NaN;
    private String tag = "";

    public OrderBuilder(ToLongFunction<OrderRequest> submitter, Side side, double quantity) {
        this.submitter = submitter;
        this.side = side;
        this.quantity = quantity;
    }

    public OrderBuilder limit(double price) { type = OrderType.LIMIT; limit = price; return this; }
    public OrderBuilder stop(double price) { type = OrderType.STOP; stop = price; return this; }
    public OrderBuilder stopLimit(double stopPrice, double limitPrice) { type = OrderType.STOP_LIMIT; stop = stopPrice; limit = limitPrice; return this; }
    /** Buys when the price falls to {@code trigger} (sells when it rises to it), then works as a limit at {@code limitPrice}. */
    public OrderBuilder limitIfTouched(double trigger, double limitPrice) { type = OrderType.LIMIT_IF_TOUCHED; stop = trigger; limit = limitPrice; return this; }
    /** A trailing stop at {@code distance} in {@code unit} (price, percent or ATR multiple) from the best price. */
    public OrderBuilder trailing(double distance, TrailUnit unit) { type = OrderType.TRAILING_STOP; trail = distance; trailUnit = unit; return this; }
    public OrderBuilder onOpen() { type = OrderType.MARKET_ON_OPEN; return this; }
    public OrderBuilder onClose() { type = OrderType.MARKET_ON_CLOSE; return this; }
    public OrderBuilder tif(TimeInForce t) { tif = t; return this; }
    /** Good till {@code epochNanos} (GTD). */
    public OrderBuilder goodTill(long epochNanos) { tif = TimeInForce.GTD; expire = epochNanos; return this; }
    public OrderBuilder reduceOnly() { reduceOnly = true; return this; }
    public OrderBuilder postOnly() { postOnly = true; return this; }
    public OrderBuilder stopLoss(double price) { stopLoss = price; return this; }
    public OrderBuilder takeProfit(double price) { takeProfit = price; return this; }
    public OrderBuilder tag(String t) { tag = t == null ? "" : t; return this; }

    /** Sends the order (and its bracket); returns the entry's id. */
    public long submit() {
        return submitter.applyAsLong(new OrderRequest(side, type, quantity, limit, stop, tif, expire, trail, trailUnit,
                reduceOnly, postOnly, stopLoss, takeProfit, tag));
    }
}
