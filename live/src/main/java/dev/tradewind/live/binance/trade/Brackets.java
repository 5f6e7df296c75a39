package dev.tradewind.live.binance.trade;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.live.trade.OrderTracker;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bracket's stop-loss and take-profit on Binance spot. The kernel sends them with their entry; they wait here until
 * the entry has ended, then go out with the quantity it actually bought or sold (net of a commission taken in the base
 * asset, on the lot step): both as one OCO order list ({@code POST /api/v3/orderList/oco}, the take-profit the
 * LIMIT_MAKER above and the stop the STOP_LOSS below for a sell; the stop above and a TAKE_PROFIT_LIMIT below for a
 * buy), so the exchange cancels one when the other fills, or a lone exit as an ordinary order. The list's client id is
 * {@code prefix-L<entry id>}, each leg's its own order's. Cancelling a leg cancels the list as one
 * ({@code DELETE /api/v3/orderList}). An entry that ends with nothing filled cancels its exits. Called on the
 * execution's request thread only.
 */
final class Brackets {
    private final BinanceExecution exec;
    private final TradeRest rest;
    private final SymbolFilters filters;
    private final OrderTracker tracker;
    private final Map<Long, List<Order>> waiting = new HashMap<>();
    private final Map<Long, String> lists = new HashMap<>();

    Brackets(BinanceExecution exec, TradeRest rest, SymbolFilters filters, OrderTracker tracker) {
        this.exec = exec;
        this.rest = rest;
        this.filters = filters;
        this.tracker = tracker;
    }

    /** Holds an exit until its entry ends; sends it at once if the entry already has. */
    void hold(Order exit) {
        waiting.computeIfAbsent(exit.parentId(), k -> new ArrayList<>()).add(exit);
        OrderTracker.Tracked entry = tracker.byOrderId(exit.parentId());
        if (entry != null && entry.done()) entryEnded(exit.parentId());
    }

    /**
     * The entry {@code entryId} has ended: its waiting exits go out with what it filled, or are canceled. A stop-loss
     * whose take-profit has not reached here yet (the kernel sends them one after the other) waits for it.
     */
    void entryEnded(long entryId) {
        List<Order> exits = waiting.get(entryId);
        if (exits == null || exits.isEmpty()) return;
        if (exits.size() == 1 && exits.get(0).ocoId() != 0) return;
        waiting.remove(entryId);
        OrderTracker.Tracked entry = tracker.byOrderId(entryId);
        double net = 0;
        for (var f : tracker.fills()) {
            if (f.orderId() != entryId || entry == null || !f.clientId().equals(entry.clientId())) continue;
            net += f.quantity();
            if (f.commissionAsset() != null && f.commissionAsset().equals(filters.base())) net -= f.commission();
        }
        BigDecimal qty = filters.quantity(net, false);
        long now = rest.serverMillis() * 1_000_000L;
        if (qty.signum() <= 0) {
            for (Order x : exits) exec.tell(new OrderEvent.Canceled(x.id(), now));
            return;
        }
        if (exits.size() == 1) {
            exec.placeNow(exits.get(0).withQuantity(qty.doubleValue()));
            return;
        }
        Order stop = exits.get(0).type() == OrderType.STOP ? exits.get(0) : exits.get(1);
        Order target = stop == exits.get(0) ? exits.get(1) : exits.get(0);
        oco(entryId, stop.withQuantity(qty.doubleValue()), target.withQuantity(qty.doubleValue()), qty, now);
    }

    private void oco(long entryId, Order stop, Order target, BigDecimal qty, long now) {
        String list = exec.clientId(entryId).replaceFirst("-(\\d+)$", "-L$1");
        String stopId = exec.clientId(stop.id()), targetId = exec.clientId(target.id());
        String sl = filters.price(stop.stopPrice()).toPlainString(), tp = filters.price(target.limitPrice()).toPlainString();
        Params p = new Params().add("symbol", filters.symbol()).add("side", stop.side().name()).add("quantity", qty.toPlainString())
                .add("listClientOrderId", list);
        if (stop.side() == Side.SELL) {
            p.add("aboveType", "LIMIT_MAKER").add("aboveClientOrderId", targetId).add("abovePrice", tp)
                    .add("belowType", "STOP_LOSS").add("belowClientOrderId", stopId).add("belowStopPrice", sl);
        } else {
            p.add("aboveType", "STOP_LOSS").add("aboveClientOrderId", stopId).add("aboveStopPrice", sl)
                    .add("belowType", "TAKE_PROFIT_LIMIT").add("belowClientOrderId", targetId).add("belowPrice", tp)
                    .add("belowStopPrice", tp).add("belowTimeInForce", "GTC");
        }
        p.add("newOrderRespType", "FULL");
        tracker.register(stop, stopId);
        tracker.register(target, targetId);
        lists.put(stop.id(), list);
        lists.put(target.id(), list);
        TradeRest.Response r = rest.signed("POST", "/api/v3/orderList/oco", p, 1, true);
        if (!r.ok()) {
            exec.refuseNow(stop.id(), now, r.reason());
            exec.refuseNow(target.id(), now, r.reason());
            return;
        }
        for (JsonNode o : r.body().path("orderReports")) exec.applyNow(o);
    }

    /** Cancels an exit: one still waiting is canceled here; a leg of a list cancels the list. True when handled. */
    boolean cancel(long orderId) {
        for (List<Order> exits : waiting.values()) {
            if (exits.removeIf(x -> x.id() == orderId)) {
                exec.tell(new OrderEvent.Canceled(orderId, rest.serverMillis() * 1_000_000L));
                return true;
            }
        }
        String list = lists.get(orderId);
        if (list == null) return false;
        TradeRest.Response r = rest.signed("DELETE", "/api/v3/orderList",
                new Params().add("symbol", filters.symbol()).add("listClientOrderId", list), 1, false);
        if (!r.ok()) return false; // gone already (a leg filled): the caller looks the order up
        for (JsonNode o : r.body().path("orderReports")) exec.applyNow(o);
        return true;
    }

    /** The list an order is a leg of, or null. */
    String list(long orderId) { return lists.get(orderId); }
}
