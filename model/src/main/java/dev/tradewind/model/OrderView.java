package dev.tradewind.model;

/**
 * An order's fields as {@link Order} names them, read from wherever they are kept: an {@link Order}, a run's order
 * table, a venue's working order. A run sends its orders as views of fields it keeps in columns, so the order flow
 * allocates no order object (one is made only for whoever asks for one: a sink, an exchange adapter, a record).
 * A view may be reused: read it during the call it is passed to, and keep {@link #toOrder} if more is needed.
 */
public interface OrderView {
    long id();

    String symbol();

    Side side();

    OrderType type();

    double quantity();

    double limitPrice();

    double stopPrice();

    TimeInForce tif();

    long expireTime();

    double trail();

    TrailUnit trailUnit();

    boolean reduceOnly();

    boolean postOnly();

    long parentId();

    long ocoId();

    long time();

    String tag();

    /** Whether this is a bracket's stop-loss or take-profit. */
    default boolean isChild() { return parentId() != 0; }

    /** The order these fields describe, as an object of its own. */
    default Order toOrder() {
        return new Order(id(), symbol(), side(), type(), quantity(), limitPrice(), stopPrice(), tif(), expireTime(), trail(),
                trailUnit(), reduceOnly(), postOnly(), parentId(), ocoId(), time(), tag());
    }
}
