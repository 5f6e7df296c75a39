package dev.tradewind.engine;

import dev.tradewind.model.Instrument;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderRequest;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import dev.tradewind.model.TrailUnit;

/**
 * Builds a run's orders from the strategy's requests: the size on the instrument's step, prices on its tick (a price
 * the tick moved is counted for the report), and a bracket's stop-loss and take-profit children. One per run.
 */
final class OrderMaker {
    private final Instrument instrument;
    private int roundedPrices;
    private double firstRoundedFrom = Double.NaN;
    private double firstRoundedTo = Double.NaN;

    OrderMaker(Instrument instrument) { this.instrument = instrument; }

    private final dev.tradewind.model.OrderFields draft = new dev.tradewind.model.OrderFields();

    /** Order {@code id} as {@code r} asks, stamped {@code at}. */
    Order order(long id, OrderRequest r, long at) { return draft(id, r, at).toOrder(); }

    /**
     * {@link #order(long, OrderRequest, long)} as this maker's one draft ({@link dev.tradewind.model.OrderFields}), rewritten by its next order: for a
     * request without a bracket (a bracket's children are objects that name their entry).
     */
    dev.tradewind.model.OrderFields draft(long id, OrderRequest r, long at) {
        return draft.set(id, instrument.symbol(), r.side(), r.type(), instrument.roundSize(r.quantity()), price(r.limitPrice()),
                price(r.stopPrice()), r.tif(), r.expireTime(), r.trail(), r.trailUnit(), r.reduceOnly(), r.postOnly(), at,
                tag(r.tag()));
    }

    /**
     * Order {@code id} of a plain request (no expiry, trailing, flags but reduce-only, or bracket), stamped {@code at},
     * as this maker's draft: the same order {@link #order(long, OrderRequest, long)} makes of the
     * equivalent request, without building one.
     */
    dev.tradewind.model.OrderFields draft(long id, Side side, OrderType type, double quantity, double limitPrice, double stopPrice, TimeInForce tif,
            boolean reduceOnly, String tag, long at) {
        return draft.set(id, instrument.symbol(), side, type, instrument.roundSize(quantity), price(limitPrice),
                price(stopPrice), tif, Long.MAX_VALUE, Double.NaN, TrailUnit.NONE, reduceOnly, false, at, tag(tag));
    }

    private static String tag(String t) { return t == null ? "" : t; }

    /** The stop-loss child {@code id} of {@code entry}, one-cancels-the-other with {@code sibling} (0: none). */
    Order stopLoss(long id, dev.tradewind.model.OrderView entry, double stop, long sibling, long at) {
        return Order.of(id, instrument.symbol(), exit(entry), OrderType.STOP, entry.quantity()).stop(price(stop))
                .reduceOnly(true).child(entry.id(), sibling).at(at).tag("stop-loss").build();
    }

    /** The take-profit child {@code id} of {@code entry}, one-cancels-the-other with {@code sibling} (0: none). */
    Order takeProfit(long id, dev.tradewind.model.OrderView entry, double limit, long sibling, long at) {
        return Order.of(id, instrument.symbol(), exit(entry), OrderType.LIMIT, entry.quantity()).limit(price(limit))
                .reduceOnly(true).child(entry.id(), sibling).at(at).tag("take-profit").build();
    }

    private static Side exit(dev.tradewind.model.OrderView entry) { return entry.side().opposite(); }

    /** The price on the tick; a price the tick moved is counted. */
    double price(double p) {
        if (Double.isNaN(p)) return p;
        double r = instrument.roundPrice(p);
        if (r != p && roundedPrices++ == 0) {
            firstRoundedFrom = p;
            firstRoundedTo = r;
        }
        return r;
    }

    int roundedPrices() { return roundedPrices; }

    double firstRoundedFrom() { return firstRoundedFrom; }

    double firstRoundedTo() { return firstRoundedTo; }
}
