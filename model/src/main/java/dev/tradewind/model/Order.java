package dev.tradewind.model;

/**
 * An order as submitted: immutable. Its changing state lives in the venue and is reported as {@link OrderEvent}s.
 *
 * @param id          unique within a run, assigned in submission order starting at 1
 * @param symbol      instrument symbol
 * @param side        buy or sell
 * @param type        how it is priced
 * @param quantity    positive size, already on the lot grid
 * @param limitPrice  limit price for LIMIT, STOP_LIMIT and LIMIT_IF_TOUCHED; NaN otherwise
 * @param stopPrice   trigger price for STOP, STOP_LIMIT and LIMIT_IF_TOUCHED; NaN otherwise
 * @param tif         time in force
 * @param expireTime  for GTD, the time (epoch ns) from which it no longer works; Long.MAX_VALUE otherwise
 * @param trail       trailing distance for TRAILING_STOP in {@link #trailUnit}; NaN otherwise
 * @param trailUnit   unit of {@link #trail}
 * @param reduceOnly  may only reduce the position; a fill that would open or increase it is cut or rejected
 * @param postOnly    must add liquidity; rejected when it would fill on arrival
 * @param parentId    for a bracket's stop-loss or take-profit, the entry order it belongs to; 0 otherwise
 * @param ocoId       the order that is cancelled when this one fills (one cancels the other); 0 if none
 * @param time        submission time (epoch ns)
 * @param tag         free label from the strategy (may be empty)
 */
public record Order(long id, String symbol, Side side, OrderType type, double quantity, double limitPrice,
        double stopPrice, TimeInForce tif, long expireTime, double trail, TrailUnit trailUnit, boolean reduceOnly,
        boolean postOnly, long parentId, long ocoId, long time, String tag) implements OrderView {

    /** A simple order without trailing, flags or links. */
    public Order(long id, String symbol, Side side, OrderType type, double quantity, double limitPrice, double stopPrice,
            TimeInForce tif, long time, String tag) {
        this(id, symbol, side, type, quantity, limitPrice, stopPrice, tif, Long.MAX_VALUE, Double.NaN, TrailUnit.NONE,
                false, false, 0, 0, time, tag);
    }

    /** A copy with another id, links and time (used when the engine assigns ids). */
    public Order with(long newId, long newParentId, long newOcoId, long newTime) {
        return new Order(newId, symbol, side, type, quantity, limitPrice, stopPrice, tif, expireTime, trail, trailUnit,
                reduceOnly, postOnly, newParentId, newOcoId, newTime, tag);
    }

    /** A copy with another quantity. */
    public Order withQuantity(double q) {
        return new Order(id, symbol, side, type, q, limitPrice, stopPrice, tif, expireTime, trail, trailUnit, reduceOnly,
                postOnly, parentId, ocoId, time, tag);
    }

    /** A copy with another quantity, limit and stop price (a modification). */
    public Order modified(double q, double limit, double stop) {
        return new Order(id, symbol, side, type, q, limit, stop, tif, expireTime, trail, trailUnit, reduceOnly, postOnly,
                parentId, ocoId, time, tag);
    }

    /** Whether this is a bracket's stop-loss or take-profit. */
    @Override
    public boolean isChild() { return parentId != 0; }

    /** This order itself. */
    @Override
    public Order toOrder() { return this; }

    /** Starts an order: GTC, no prices, no trailing, no flags or links, at time 0, untagged, until the builder says. */
    public static Builder of(long id, String symbol, Side side, OrderType type, double quantity) {
        return new Builder(id, symbol, side, type, quantity);
    }

    /** Builds an {@link Order} by name instead of seventeen positions. */
    public static final class Builder {
        private final long id;
        private final String symbol;
        private final Side side;
        private final OrderType type;
        private final double quantity;
        private double limitPrice = Double.NaN;
        private double stopPrice = Double.NaN;
        private TimeInForce tif = TimeInForce.GTC;
        private long expireTime = Long.MAX_VALUE;
        private double trail = Double.NaN;
        private TrailUnit trailUnit = TrailUnit.NONE;
        private boolean reduceOnly;
        private boolean postOnly;
        private long parentId;
        private long ocoId;
        private long time;
        private String tag = "";

        private Builder(long id, String symbol, Side side, OrderType type, double quantity) {
            this.id = id;
            this.symbol = symbol;
            this.side = side;
            this.type = type;
            this.quantity = quantity;
        }

        public Builder limit(double price) { limitPrice = price; return this; }
        public Builder stop(double price) { stopPrice = price; return this; }
        public Builder tif(TimeInForce t) { tif = t; return this; }
        public Builder expireAt(long t) { expireTime = t; return this; }
        public Builder trail(double distance, TrailUnit unit) { trail = distance; trailUnit = unit; return this; }
        public Builder reduceOnly(boolean b) { reduceOnly = b; return this; }
        public Builder postOnly(boolean b) { postOnly = b; return this; }

        /** A bracket exit: the entry it protects and the exit it cancels (0 for none). */
        public Builder child(long parent, long oco) { parentId = parent; ocoId = oco; return this; }

        public Builder at(long t) { time = t; return this; }
        public Builder tag(String t) { tag = t == null ? "" : t; return this; }

        public Order build() {
            return new Order(id, symbol, side, type, quantity, limitPrice, stopPrice, tif, expireTime, trail, trailUnit,
                    reduceOnly, postOnly, parentId, ocoId, time, tag);
        }
    }
}
