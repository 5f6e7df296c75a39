package dev.tradewind.model;

/**
 * An order as submitted: immutable. Its changing state lives in the venue and is reported as {@link OrderEvent}s.
 *
 * @param id         unique within a run, assigned in submission order starting at 1
 * @param symbol     instrument symbol
 * @param side       buy or sell
 * @param type       market, limit, stop or stop-limit
 * @param quantity   positive size, already on the lot grid
 * @param limitPrice limit price for LIMIT and STOP_LIMIT, NaN otherwise
 * @param stopPrice  trigger price for STOP and STOP_LIMIT, NaN otherwise
 * @param tif        time in force
 * @param time       submission time (epoch ns)
 * @param tag        free label from the strategy (may be empty)
 */
public record Order(long id, String symbol, Side side, OrderType type, double quantity, double limitPrice,
        double stopPrice, TimeInForce tif, long time, String tag) {}
