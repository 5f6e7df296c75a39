package dev.tradewind.live.binance.trade;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link FakeSpot}'s order lists, with the shapes of Binance's docs: {@code POST /api/v3/orderList/oco} books an above
 * and a below leg for one quantity (the price rules of the docs checked against the last price, the funds locked
 * once), {@code DELETE /api/v3/orderList} cancels both; when one leg trades the other is EXPIRED (its execution report
 * says so, {@code g} naming the list) and a {@code listStatus} event ends the list ({@code ALL_DONE}). Cancelling a
 * leg alone cancels the list. Called under the fake's lock.
 */
final class FakeOrderLists {
    private final FakeSpot spot;
    private final Map<Long, List<FakeOrder>> legs = new LinkedHashMap<>();
    private final Map<Long, String> clients = new LinkedHashMap<>();
    private long nextList = 70;

    FakeOrderLists(FakeSpot spot) { this.spot = spot; }

    void oco(Context ctx) {
        synchronized (spot) {
            String side = ctx.queryParam("side"), list = ctx.queryParam("listClientOrderId");
            for (Map.Entry<Long, String> e : clients.entrySet()) {
                if (e.getValue().equals(list) && legs.get(e.getKey()).stream().anyMatch(FakeOrder::open)) {
                    spot.rest.error(ctx, 400, -2010, "Duplicate order sent.");
                    return;
                }
            }
            BigDecimal qty = dec(ctx.queryParam("quantity"));
            String aboveType = ctx.queryParam("aboveType"), belowType = ctx.queryParam("belowType");
            BigDecimal abovePrice = dec(ctx.queryParam("abovePrice")), aboveStop = dec(ctx.queryParam("aboveStopPrice"));
            BigDecimal belowPrice = dec(ctx.queryParam("belowPrice")), belowStop = dec(ctx.queryParam("belowStopPrice"));
            if (!belowType.matches("STOP_LOSS|STOP_LOSS_LIMIT|TAKE_PROFIT|TAKE_PROFIT_LIMIT")) {
                spot.rest.error(ctx, 400, -1116, "Invalid orderType.");
                return;
            }
            String f = spot.book.filters(aboveType, qty, abovePrice, aboveStop);
            if (f == null) f = spot.book.filters(belowType, qty, belowPrice, belowStop);
            if (f != null) {
                spot.rest.error(ctx, 400, -1013, "Filter failure: " + f);
                return;
            }
            BigDecimal last = spot.book.last;
            BigDecimal above = abovePrice != null ? abovePrice : aboveStop, below = belowStop != null ? belowStop : belowPrice;
            if (!(above.compareTo(last) > 0 && below.compareTo(last) < 0)) {
                spot.rest.error(ctx, 400, -1013, "The relationship of the prices for the orders is not correct.");
                return;
            }
            boolean buy = side.equals("BUY");
            if (buy ? spot.balances.free("USDT").compareTo(qty.multiply(above)) < 0 : spot.balances.free("FIL").compareTo(qty) < 0) {
                spot.rest.error(ctx, 400, -2010, "Account has insufficient balance for requested action.");
                return;
            }
            long id = nextList++;
            FakeOrder a = leg(id, ctx.queryParam("aboveClientOrderId"), side, aboveType, ctx.queryParam("aboveTimeInForce"), qty,
                    abovePrice, aboveStop);
            FakeOrder b = leg(id, ctx.queryParam("belowClientOrderId"), side, belowType, ctx.queryParam("belowTimeInForce"), qty,
                    belowPrice, belowStop);
            b.locks = false;
            spot.balances.lock(a);
            legs.put(id, List.of(a, b));
            clients.put(id, list == null ? "list" + id : list);
            spot.stream.report(a, "NEW", null, null, null);
            spot.stream.report(b, "NEW", null, null, null);
            listStatus(id, "EXEC_STARTED", "EXECUTING");
            ObjectNode res = status(id, "EXEC_STARTED", "EXECUTING");
            ArrayNode reports = res.putArray("orderReports");
            reports.add(spot.rest.full(a));
            reports.add(spot.rest.full(b));
            spot.rest.ok(ctx, res);
        }
    }

    private FakeOrder leg(long list, String client, String side, String type, String tif, BigDecimal qty, BigDecimal price,
            BigDecimal stop) {
        FakeOrder o = new FakeOrder(spot.book.nextOrder++, client == null ? "leg" + spot.book.nextOrder : client, side, type,
                tif, qty, price, stop, spot.now());
        o.listId = list;
        spot.book.orders.put(o.id, o);
        return o;
    }

    void cancel(Context ctx) {
        synchronized (spot) {
            String client = ctx.queryParam("listClientOrderId"), id = ctx.queryParam("orderListId");
            Long list = null;
            for (Map.Entry<Long, String> e : clients.entrySet()) {
                if (e.getValue().equals(client) || String.valueOf(e.getKey()).equals(id)) list = e.getKey();
            }
            if (list == null || legs.get(list).stream().noneMatch(FakeOrder::open)) {
                spot.rest.error(ctx, 400, -2011, "Unknown order sent.");
                return;
            }
            ObjectNode res = status(list, "ALL_DONE", "ALL_DONE");
            ArrayNode reports = res.putArray("orderReports");
            for (FakeOrder o : legs.get(list)) if (o.open()) reports.add(spot.rest.cancelled(o));
            listStatus(list, "ALL_DONE", "ALL_DONE");
            spot.rest.ok(ctx, res);
        }
    }

    /** A leg was canceled alone: the rest of its list goes too. */
    void cancelOthers(FakeOrder leg) {
        for (FakeOrder o : legs.getOrDefault(leg.listId, List.of())) if (o != leg && o.open()) spot.book.cancel(o);
        listStatus(leg.listId, "ALL_DONE", "ALL_DONE");
    }

    /** A leg traded: it holds the list's funds from now on, and the other leg expires. */
    void legTraded(FakeOrder leg) {
        List<FakeOrder> all = legs.getOrDefault(leg.listId, List.of());
        boolean other = false;
        for (FakeOrder o : all) {
            if (o == leg || !o.open()) continue;
            other = true;
            o.locks = false;
            o.status = "EXPIRED";
            o.update = spot.now();
            spot.stream.report(o, "EXPIRED", null, null, null);
        }
        leg.locks = true;
        if (other || !leg.open()) listStatus(leg.listId, "ALL_DONE", "ALL_DONE");
    }

    /** The legs of every list booked, in order. */
    List<List<FakeOrder>> all() { return new ArrayList<>(legs.values()); }

    private ObjectNode status(long id, String type, String status) {
        ObjectNode s = spot.json.createObjectNode().put("orderListId", id).put("contingencyType", "OCO").put("listStatusType", type)
                .put("listOrderStatus", status).put("listClientOrderId", clients.getOrDefault(id, "list" + id))
                .put("transactionTime", spot.now()).put("symbol", FakeSpot.SYMBOL);
        ArrayNode o = s.putArray("orders");
        for (FakeOrder l : legs.getOrDefault(id, List.of())) o.addObject().put("symbol", FakeSpot.SYMBOL).put("orderId", l.id).put("clientOrderId", l.client);
        return s;
    }

    private void listStatus(long id, String type, String status) {
        ObjectNode e = spot.json.createObjectNode().put("e", "listStatus").put("E", spot.now()).put("s", FakeSpot.SYMBOL).put("g", id)
                .put("c", "OCO").put("l", type).put("L", status).put("r", "NONE").put("C", clients.getOrDefault(id, "list" + id))
                .put("T", spot.now());
        ArrayNode o = e.putArray("O");
        for (FakeOrder l : legs.getOrDefault(id, List.of())) o.addObject().put("s", FakeSpot.SYMBOL).put("i", l.id).put("c", l.client);
        spot.stream.broadcast(e);
    }

    private static BigDecimal dec(String s) { return s == null ? null : new BigDecimal(s); }
}
