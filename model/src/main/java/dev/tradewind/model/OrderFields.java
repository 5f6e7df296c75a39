package dev.tradewind.model;

/**
 * An order's fields in an object that is rewritten: a run's draft of each new order it sends (the order table and the
 * venue copy what they keep, so an order is sent without an order object of its own), and the simulated venue's copy
 * of a working order. Read a draft only while its order is being sent.
 */
public final class OrderFields implements OrderView {
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
    private long parentId;
    private long ocoId;
    private long time;
    private String tag;

    /** Makes this the order of these fields, with no bracket links. */
    public OrderFields set(long id, String symbol, Side side, OrderType type, double quantity, double limitPrice, double stopPrice,
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
        this.parentId = 0;
        this.ocoId = 0;
        this.time = time;
        this.tag = tag;
        return this;
    }

    /** Makes this a copy of {@code o}'s fields. */
    public OrderFields set(OrderView o) {
        set(o.id(), o.symbol(), o.side(), o.type(), o.quantity(), o.limitPrice(), o.stopPrice(), o.tif(), o.expireTime(),
                o.trail(), o.trailUnit(), o.reduceOnly(), o.postOnly(), o.time(), o.tag());
        parentId = o.parentId();
        ocoId = o.ocoId();
        return this;
    }

    /** A modification: a new quantity, limit and stop price. */
    public void modify(double q, double limit, double stop) {
        quantity = q;
        limitPrice = limit;
        stopPrice = stop;
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
    @Override public long parentId() { return parentId; }
    @Override public long ocoId() { return ocoId; }
    @Override public long time() { return time; }
    @Override public String tag() { return tag; }
}
