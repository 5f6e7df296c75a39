package dev.tradewind.engine;

import dev.tradewind.model.OrderType;
import dev.tradewind.model.OrderView;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import dev.tradewind.model.TrailUnit;

/**
 * A run's new order as fields, one object rewritten for every order the run sends ({@link OrderMaker#draft}): the order
 * table and the venue copy what they keep, so an order is sent without an order object of its own. Read it only while
 * the order is being sent.
 */
final class OrderDraft implements OrderView {
    private long id;
    private String symbol;
    private Side side;
    private OrderType type;
    private double quantity;
    private double limitPrice;
    private double stopPrice;
    private TimeInForce tif;
    private long expireTime;
    private double trail;
    private TrailUnit trailUnit;
    private boolean reduceOnly;
    private boolean postOnly;
    private long time;
    private String tag;

    /** Makes this the order of these fields (no bracket links: a bracket's orders are objects). */
    OrderDraft set(long id, String symbol, Side side, OrderType type, double quantity, double limitPrice, double stopPrice,
            TimeInForce tif, long expireTime, double trail, TrailUnit trailUnit, boolean reduceOnly, boolean postOnly,
            long time, String tag) {
        this.id = id;
        this.symbol = symbol;
        this.side = side;
        this.type = type;
        this.quantity = quantity;
        this.limitPrice = limitPrice;
        this.stopPrice = stopPrice;
        this.tif = tif;
        this.expireTime = expireTime;
        this.trail = trail;
        this.trailUnit = trailUnit;
        this.reduceOnly = reduceOnly;
        this.postOnly = postOnly;
        this.time = time;
        this.tag = tag;
        return this;
    }

    @Override public long id() { return id; }
    @Override public String symbol() { return symbol; }
    @Override public Side side() { return side; }
    @Override public OrderType type() { return type; }
    @Override public double quantity() { return quantity; }
    @Override public double limitPrice() { return limitPrice; }
    @Override public double stopPrice() { return stopPrice; }
    @Override public TimeInForce tif() { return tif; }
    @Override public long expireTime() { return expireTime; }
    @Override public double trail() { return trail; }
    @Override public TrailUnit trailUnit() { return trailUnit; }
    @Override public boolean reduceOnly() { return reduceOnly; }
    @Override public boolean postOnly() { return postOnly; }
    @Override public long parentId() { return 0; }
    @Override public long ocoId() { return 0; }
    @Override public long time() { return time; }
    @Override public String tag() { return tag; }
}
