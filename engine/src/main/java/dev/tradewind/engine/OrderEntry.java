package dev.tradewind.engine;

import dev.tradewind.engine.account.EntryChecks;
import dev.tradewind.engine.account.Portfolio;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderRequest;
import dev.tradewind.model.OrderTable;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.OrderView;
import dev.tradewind.model.RunSink;
import dev.tradewind.model.Side;
import dev.tradewind.model.Signal;
import dev.tradewind.model.SignalLog;
import dev.tradewind.model.TimeInForce;
import java.util.List;

/**
 * A run's order entry, what its {@link dev.tradewind.strategy.Context} does with orders: each made on the instrument's
 * grid ({@link OrderMaker}), recorded in the order table, checked (the minimum notional; for an entry the risk limits
 * and the cash, the entry kept as a signal) and sent to the execution port, or rejected; a bracket's exits after their
 * entry; cancels, modifications and flattening. The run gives the moment (its bar, close and the time orders are
 * stamped with) and hears the rejections as order events. Single-threaded, one per run.
 */
final class OrderEntry {
    private final Run run;
    private final Instrument instrument;
    private final OrderTable orders;
    private final OrderMaker maker;
    private final ExecutionClient venue;
    private final EntryChecks entries;
    private final SignalLog signals;
    private final Portfolio portfolio;
    private final RunLog log;
    private final java.util.function.ToLongFunction<OrderRequest> submitter = this::submit;

    OrderEntry(Run run, OrderTable orders, OrderMaker maker, ExecutionClient venue, EntryChecks entries, SignalLog signals,
            Portfolio portfolio, RunLog log) {
        this.run = run;
        this.instrument = run.instrument();
        this.orders = orders;
        this.maker = maker;
        this.venue = venue;
        this.entries = entries;
        this.signals = signals;
        this.portfolio = portfolio;
        this.log = log;
    }

    /** The same builder as {@code Context.order}'s, with one submitter for the run instead of one per order. */
    dev.tradewind.strategy.OrderBuilder order(Side side, double quantity) {
        return new dev.tradewind.strategy.OrderBuilder(submitter, side, quantity);
    }

    long submit(OrderRequest r) {
        long id = orders.size() + 1;
        if (!r.isBracket()) {
            submit(maker.draft(id, r, run.orderTime()));
            return id;
        }
        Order o = maker.order(id, r, run.orderTime()); // its children name it, after it is sent
        if (submit(o)) bracket(o, r);
        return id;
    }

    /** The same as submitting the equivalent request (no bracket), without building one: buy, sell and the like. */
    long submit(Side side, OrderType type, double quantity, double limitPrice, double stopPrice, TimeInForce tif, String tag) {
        long id = orders.size() + 1;
        submit(maker.draft(id, side, type, quantity, limitPrice, stopPrice, tif, false, tag, run.orderTime()));
        return id;
    }

    /** Adds {@code o} to the order table (which copies its fields) and, as an object, to the sink if there is one. */
    void record(OrderView o) {
        orders.add(o);
        if (run.sink() != RunSink.NONE) run.sink().order(o.toOrder());
    }

    /**
     * Records {@code o} and sends it, or rejects it ({@link #refusal}); whether it went to the venue. {@code o} may be the
     * maker's draft: the table and the venue copy it, and nothing sends another order meanwhile.
     */
    private boolean submit(OrderView o) {
        record(o);
        String refusal = refusal(o);
        if (refusal != null) {
            run.onEvent(new OrderEvent.Rejected(o.id(), run.orderTime(), refusal));
            return false;
        }
        venue.submit(o);
        return true;
    }

    /** Why an order cannot go out (minimum notional, risk limits for entries), or null; entries are recorded as signals. */
    private String refusal(OrderView o) {
        double close = run.close();
        long time = run.time();
        double ref = EntryChecks.reference(o, close);
        String small = entries.belowMinimum(o, ref);
        if (small != null || !entries.isEntry(o)) return small;
        String reason = entries.refuse(o, ref, time, run.barIndex());
        RunSink sink = run.sink();
        if (!run.records() && sink == RunSink.NONE) return reason; // nobody keeps the signal
        String outcome = reason == null ? "sent" : reason;
        if (run.records()) signals.add(time, o.id(), o.side(), o.quantity(), close, outcome);
        if (sink != RunSink.NONE) sink.signal(new Signal(time, o.id(), o.side(), o.quantity(), close, outcome));
        return reason;
    }

    private void bracket(Order entry, OrderRequest r) {
        boolean both = !Double.isNaN(r.stopLoss()) && !Double.isNaN(r.takeProfit());
        long stopId = Double.isNaN(r.stopLoss()) ? 0 : entry.id() + 1;
        long targetId = Double.isNaN(r.takeProfit()) ? 0 : entry.id() + (both ? 2 : 1);
        if (stopId != 0) send(maker.stopLoss(stopId, entry, r.stopLoss(), targetId, run.time()));
        if (targetId != 0) send(maker.takeProfit(targetId, entry, r.takeProfit(), stopId, run.time()));
    }

    private void send(Order child) {
        record(child);
        venue.submit(child);
    }

    void cancel(long orderId) { venue.cancel(orderId, run.orderTime()); }

    void cancelAll() {
        if (orders.openCount() == 0) return;
        List<Order> open = orders.openOrders();
        for (int i = 0, n = open.size(); i < n; i++) venue.cancel(open.get(i).id(), run.orderTime());
    }

    boolean modify(long orderId, double quantity, double limitPrice, double stopPrice) {
        Order o = orders.order(orderId);
        String refusal = o == null ? "there is no such order" : Modifications.refusal(o, orders.status(orderId),
                orders.filled(orderId), quantity, limitPrice, stopPrice, instrument);
        if (refusal != null) {
            log.warn("modify of order %d refused: %s", orderId, refusal);
            return false;
        }
        double q = Double.isNaN(quantity) ? o.quantity() : instrument.roundSize(quantity);
        double limit = Double.isNaN(limitPrice) ? o.limitPrice() : maker.price(limitPrice);
        double stop = Double.isNaN(stopPrice) ? o.stopPrice() : maker.price(stopPrice);
        try {
            venue.modify(o.modified(q, limit, stop), run.orderTime());
        } catch (UnsupportedOperationException e) {
            log.warn("modify of order %d refused: %s", orderId, e.getMessage());
            return false;
        }
        return true;
    }

    long flatten() {
        cancelAll();
        double q = portfolio.quantity();
        if (q == 0) return 0;
        long id = orders.size() + 1;
        submit(maker.draft(id, q > 0 ? Side.SELL : Side.BUY, OrderType.MARKET, Math.abs(q), Double.NaN, Double.NaN,
                TimeInForce.GTC, true, "flatten", run.orderTime()));
        return id;
    }

    /** Cancels working orders that would open or increase the position; exits and bracket children stay. */
    void cancelEntries() {
        if (orders.openCount() == 0) return;
        List<Order> open = orders.openOrders();
        for (int i = 0, n = open.size(); i < n; i++) {
            if (entries.isEntry(open.get(i))) venue.cancel(open.get(i).id(), run.time());
        }
    }

    /** Cancels the bracket exits still working once the position is flat. */
    void cancelChildren() {
        if (!orders.anyOpenChild()) return;
        List<Order> open = orders.openOrders();
        for (int i = 0, n = open.size(); i < n; i++) if (open.get(i).isChild()) venue.cancel(open.get(i).id(), run.time());
    }
}
