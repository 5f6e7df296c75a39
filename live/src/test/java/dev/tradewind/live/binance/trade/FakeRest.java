package dev.tradewind.live.binance.trade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;

/**
 * {@link FakeSpot}'s REST endpoints, with the request and response shapes of Binance's docs: server time, exchange info
 * (FILUSDT's, with its rate limits), average price, and the signed ones once {@link FakeGate} let them through: new
 * order (answered FULL, with its fills), cancel, query, open orders (listed or all cancelled), my trades, account and
 * cancel-replace. Errors are {@code {"code":..,"msg":..}} with an HTTP status. Scripted faults on new orders: a
 * rejection, an answer held back after the order is booked, a request lost on the way in (a 503 after the wait).
 */
final class FakeRest {
    private final FakeSpot spot;
    private final JsonNode exchangeInfo;
    private volatile long slowNextOrderMillis;
    private int slowOrders, lost;
    private volatile String[] rejectNext;

    FakeRest(FakeSpot spot) {
        this.spot = spot;
        try (InputStream in = FakeRest.class.getResourceAsStream("/binance/exchangeInfo-spot-FILUSDT.json")) {
            ObjectNode info = (ObjectNode) spot.json.readTree(in);
            ArrayNode limits = info.putArray("rateLimits");
            limits.addObject().put("rateLimitType", "REQUEST_WEIGHT").put("interval", "MINUTE").put("intervalNum", 1).put("limit", 6000);
            limits.addObject().put("rateLimitType", "ORDERS").put("interval", "SECOND").put("intervalNum", 10).put("limit", 100);
            limits.addObject().put("rateLimitType", "ORDERS").put("interval", "DAY").put("intervalNum", 1).put("limit", 200000);
            exchangeInfo = info;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next {@code n} orders are booked, then answered only after {@code ms}. Called under the fake's lock. */
    void slowOrders(int n, long ms) { slowOrders = n; slowNextOrderMillis = ms; }

    /** The next {@code n} order requests are never booked; answered 503 after {@code ms}. Called under the fake's lock. */
    void loseOrders(int n, long ms) { lost = n; slowNextOrderMillis = ms; }

    /** The next order is refused with this code and message. */
    void rejectNext(int code, String msg) { rejectNext = new String[] {String.valueOf(code), msg}; }

    void time(Context ctx) { ok(ctx, spot.json.createObjectNode().put("serverTime", spot.now())); }

    void exchangeInfo(Context ctx) { ok(ctx, exchangeInfo); }

    void avgPrice(Context ctx) {
        synchronized (spot) { ok(ctx, spot.json.createObjectNode().put("mins", 5).put("price", spot.book.last.toPlainString())); }
    }

    void newOrder(Context ctx) throws Exception {
        long sleep = 0;
        ObjectNode body;
        synchronized (spot) {
            String[] r = rejectNext;
            if (r != null) {
                rejectNext = null;
                error(ctx, 400, Integer.parseInt(r[0]), r[1]);
                return;
            }
            if (lost > 0) {
                lost--;
                sleep = slowNextOrderMillis;
                body = null;
            } else {
                Object res = spot.book.place(ctx::queryParam);
                if (res instanceof String[] e) {
                    error(ctx, 400, Integer.parseInt(e[0]), e[1]);
                    return;
                }
                body = full((FakeOrder) res);
                if (slowOrders > 0) {
                    slowOrders--;
                    sleep = slowNextOrderMillis;
                }
            }
        }
        if (sleep > 0) Thread.sleep(sleep);
        if (body == null) error(ctx, 503, -1007, "Timeout waiting for response from backend server.");
        else ok(ctx, body);
    }

    void cancel(Context ctx) {
        synchronized (spot) {
            FakeOrder o = spot.book.find(ctx.queryParam("origClientOrderId"), ctx.queryParam("orderId"));
            if (o == null || !o.open()) {
                error(ctx, 400, -2011, "Unknown order sent.");
                return;
            }
            ObjectNode c = cancelled(o);
            if (o.listId >= 0) spot.lists.cancelOthers(o); // a leg cancels its whole list
            ok(ctx, c);
        }
    }

    /** Cancels an open order; the answer's shape. */
    ObjectNode cancelled(FakeOrder o) {
        spot.book.cancel(o);
        return order(o).put("origClientOrderId", o.client);
    }

    void query(Context ctx) {
        synchronized (spot) {
            FakeOrder o = spot.book.find(ctx.queryParam("origClientOrderId"), ctx.queryParam("orderId"));
            if (o == null) error(ctx, 400, -2013, "Order does not exist.");
            else ok(ctx, order(o));
        }
    }

    void openOrders(Context ctx, boolean cancel) {
        synchronized (spot) {
            ArrayNode a = spot.json.createArrayNode();
            for (FakeOrder o : new ArrayList<>(spot.book.orders.values())) {
                if (!o.open()) continue;
                a.add(cancel ? cancelled(o) : order(o));
            }
            if (cancel && a.isEmpty()) error(ctx, 400, -2011, "Unknown order sent.");
            else ok(ctx, a);
        }
    }

    void myTrades(Context ctx) {
        synchronized (spot) {
            String oid = ctx.queryParam("orderId");
            ArrayNode a = spot.json.createArrayNode();
            for (ObjectNode t : spot.book.trades) if (oid == null || t.path("orderId").asText().equals(oid)) a.add(t);
            ok(ctx, a);
        }
    }

    void account(Context ctx) {
        synchronized (spot) {
            ObjectNode a = spot.json.createObjectNode().put("canTrade", true).put("accountType", "SPOT").put("updateTime", spot.now());
            ArrayNode b = a.putArray("balances");
            for (String k : spot.balances.assets()) {
                b.addObject().put("asset", k).put("free", spot.balances.free(k).toPlainString()).put("locked", spot.balances.locked(k).toPlainString());
            }
            ok(ctx, a);
        }
    }

    void cancelReplace(Context ctx) {
        synchronized (spot) {
            FakeOrder old = spot.book.find(ctx.queryParam("cancelOrigClientOrderId"), ctx.queryParam("cancelOrderId"));
            if (old == null || !old.open()) {
                ObjectNode data = spot.json.createObjectNode().put("cancelResult", "FAILURE").put("newOrderResult", "NOT_ATTEMPTED");
                data.putObject("cancelResponse").put("code", -2011).put("msg", "Unknown order sent.");
                data.putNull("newOrderResponse");
                ObjectNode e = spot.json.createObjectNode().put("code", -2022).put("msg", "Order cancel-replace failed.");
                e.set("data", data);
                ctx.status(400).contentType("application/json").result(e.toString());
                return;
            }
            ObjectNode c = cancelled(old);
            Object res = spot.book.place(ctx::queryParam);
            ObjectNode out = spot.json.createObjectNode().put("cancelResult", "SUCCESS");
            out.set("cancelResponse", c);
            if (res instanceof String[] e) {
                out.put("newOrderResult", "FAILURE");
                out.putObject("newOrderResponse").put("code", Integer.parseInt(e[0])).put("msg", e[1]);
                ObjectNode err = spot.json.createObjectNode().put("code", -2021).put("msg", "Order cancel-replace partially failed.");
                err.set("data", out);
                ctx.status(400).contentType("application/json").result(err.toString());
                return;
            }
            out.put("newOrderResult", "SUCCESS");
            out.set("newOrderResponse", full((FakeOrder) res));
            ok(ctx, out);
        }
    }

    /** An order as the REST API shows it. */
    ObjectNode order(FakeOrder o) {
        return spot.json.createObjectNode().put("symbol", FakeSpot.SYMBOL).put("orderId", o.id).put("orderListId", o.listId).put("clientOrderId", o.client)
                .put("price", o.price == null ? "0.00000000" : o.price.toPlainString()).put("origQty", o.qty.toPlainString())
                .put("executedQty", o.executed.toPlainString()).put("cummulativeQuoteQty", o.quote.toPlainString())
                .put("status", o.status).put("timeInForce", o.tif == null ? "GTC" : o.tif).put("type", o.type).put("side", o.side)
                .put("stopPrice", o.stop == null ? "0.00000000" : o.stop.toPlainString()).put("time", o.time).put("updateTime", o.update)
                .put("transactTime", o.update).put("isWorking", o.open());
    }

    /** An order with its fills: the answer to a new order (newOrderRespType FULL). */
    ObjectNode full(FakeOrder o) {
        ObjectNode r = order(o);
        ArrayNode fills = r.putArray("fills");
        for (ObjectNode t : spot.book.trades) {
            if (t.path("orderId").asLong() != o.id) continue;
            fills.addObject().put("price", t.path("price").asText()).put("qty", t.path("qty").asText())
                    .put("commission", t.path("commission").asText()).put("commissionAsset", t.path("commissionAsset").asText())
                    .put("tradeId", t.path("id").asLong());
        }
        return r;
    }

    void ok(Context ctx, JsonNode body) { ctx.contentType("application/json").result(body.toString()); }

    void error(Context ctx, int status, int code, String msg) {
        ctx.status(status).contentType("application/json").result(spot.json.createObjectNode().put("code", code).put("msg", msg).toString());
    }
}
