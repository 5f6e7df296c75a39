package dev.tradewind.live.binance.trade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for Binance spot trading on 127.0.0.1 (Javalin), with the real request and response shapes from the docs:
 * it checks the API key, the HMAC signature and the timestamp against recvWindow, applies FILUSDT's filters (its own
 * plain implementation, not the adapter's), keeps orders, trades and balances, matches orders against a last price the
 * test sets ({@link #price}), and streams {@code executionReport} and {@code outboundAccountPosition} events to
 * {@code userDataStream.subscribe.signature} subscribers on {@code /ws-api/v3}. Commission is 0.1% of the asset
 * received. Scripted faults: a slow answer after the order is booked, duplicated or held-and-reversed reports,
 * fills in several pieces, a rejection, clock skew, 429s, a stream disconnect, orders placed by hand.
 * Its books ({@link #orders}, {@link #trades}, {@link #balance}) are what tests assert against.
 */
public final class FakeSpot implements AutoCloseable {
    static final String SYMBOL = "FILUSDT";
    private static final BigDecimal FEE = new BigDecimal("0.001");
    final ObjectMapper json = new ObjectMapper();
    private final Javalin app;
    private final String apiKey;
    private final FakeSignatures signatures;
    private final JsonNode exchangeInfo;
    final Map<Long, FakeOrder> orders = new LinkedHashMap<>();
    private final List<ObjectNode> trades = new ArrayList<>();
    private final Map<String, BigDecimal[]> balances = new HashMap<>();
    private final List<WsContext> subscribers = new CopyOnWriteArrayList<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<ObjectNode> held = new ArrayList<>();
    private final FakeOrderLists lists = new FakeOrderLists(this);
    private BigDecimal last = new BigDecimal("5.000");
    long nextOrder = 1000;
    private long nextTrade = 5000, nextHand;
    private volatile long skewMillis;
    private volatile long slowNextOrderMillis;
    private int slowOrders, lost;
    private volatile boolean duplicateReports, holdReports, streamDown;
    private volatile int pieces = 1;
    private volatile String[] rejectNext;
    private volatile int throttle;
    private int weight, orderCount10s;
    private long orderWindow = -1, weightMinute = -1;
    private int signatureFailures, timestampFailures;

    public FakeSpot(String apiKey, String secret) { this(apiKey, secret, null); }

    /** An account whose API key is an Ed25519 key: requests must be signed with its private half. */
    public FakeSpot(String apiKey, java.security.PublicKey ed25519) { this(apiKey, null, ed25519); }

    private FakeSpot(String apiKey, String secret, java.security.PublicKey ed25519) {
        this.apiKey = apiKey;
        this.signatures = new FakeSignatures(secret, ed25519);
        try (InputStream in = FakeSpot.class.getResourceAsStream("/binance/exchangeInfo-spot-FILUSDT.json")) {
            ObjectNode info = (ObjectNode) json.readTree(in);
            ArrayNode limits = info.putArray("rateLimits");
            limits.addObject().put("rateLimitType", "REQUEST_WEIGHT").put("interval", "MINUTE").put("intervalNum", 1).put("limit", 6000);
            limits.addObject().put("rateLimitType", "ORDERS").put("interval", "SECOND").put("intervalNum", 10).put("limit", 100);
            limits.addObject().put("rateLimitType", "ORDERS").put("interval", "DAY").put("intervalNum", 1).put("limit", 200000);
            exchangeInfo = info;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        balances.put("USDT", new BigDecimal[] {new BigDecimal("10000"), BigDecimal.ZERO});
        balances.put("FIL", new BigDecimal[] {new BigDecimal("100"), BigDecimal.ZERO});
        app = Javalin.create(c -> c.showJavalinBanner = false)
                .get("/api/v3/time", ctx -> ok(ctx, json.createObjectNode().put("serverTime", now())))
                .get("/api/v3/exchangeInfo", ctx -> ok(ctx, exchangeInfo))
                .get("/api/v3/avgPrice", ctx -> { synchronized (this) { ok(ctx, json.createObjectNode().put("mins", 5).put("price", last.toPlainString())); } })
                .post("/api/v3/order", ctx -> signed(ctx, true, () -> newOrder(ctx)))
                .delete("/api/v3/order", ctx -> signed(ctx, false, () -> cancel(ctx)))
                .get("/api/v3/order", ctx -> signed(ctx, false, () -> query(ctx)))
                .get("/api/v3/openOrders", ctx -> signed(ctx, false, () -> openOrders(ctx, false)))
                .delete("/api/v3/openOrders", ctx -> signed(ctx, false, () -> openOrders(ctx, true)))
                .get("/api/v3/myTrades", ctx -> signed(ctx, false, () -> myTrades(ctx)))
                .get("/api/v3/account", ctx -> signed(ctx, false, () -> account(ctx)))
                .post("/api/v3/order/cancelReplace", ctx -> signed(ctx, true, () -> cancelReplace(ctx)))
                .post("/api/v3/orderList/oco", ctx -> signed(ctx, true, () -> lists.oco(ctx)))
                .delete("/api/v3/orderList", ctx -> signed(ctx, false, () -> lists.cancel(ctx)))
                .ws("/ws-api/v3", ws -> {
                    ws.onMessage(m -> wsRequest(m, m.message()));
                    ws.onClose(c -> subscribers.remove(c));
                })
                .start("127.0.0.1", 0);
    }

    // ---- scripting ----

    public String restUrl() { return "http://127.0.0.1:" + app.port(); }
    public String wsApiUrl() { return "ws://127.0.0.1:" + app.port() + "/ws-api/v3"; }
    /** The exchange's clock runs {@code ms} ahead of the machine's. */
    public void skew(long ms) { skewMillis = ms; }
    /** The next {@code n} orders are booked, then answered only after {@code ms}. */
    public synchronized void slowOrders(int n, long ms) { slowOrders = n; slowNextOrderMillis = ms; }
    /** The next {@code n} order requests are lost on the way in (never booked; answered only after {@code ms}). */
    public synchronized void loseOrders(int n, long ms) { lost = n; slowNextOrderMillis = ms; }
    /** Fills part of a resting order at its limit price (maker). */
    public synchronized void fillPart(String client, String qty) {
        FakeOrder o = byClient(client);
        trade(o, new BigDecimal(qty), o.price, true);
    }
    /** Every report is sent twice. */
    public void duplicateReports(boolean b) { duplicateReports = b; }
    /** Reports are held back until {@link #releaseReversed}. */
    public void holdReports(boolean b) { holdReports = b; }
    /** Sends the held reports newest first. */
    public synchronized void releaseReversed() {
        holdReports = false;
        List<ObjectNode> h = new ArrayList<>(held);
        held.clear();
        Collections.reverse(h);
        for (ObjectNode e : h) broadcast(e);
    }
    /** Market and crossing orders fill in {@code n} trades. */
    public void pieces(int n) { pieces = n; }
    /** The next order is refused with this code and message. */
    public void rejectNext(int code, String msg) { rejectNext = new String[] {String.valueOf(code), msg}; }
    /** The next {@code n} requests answer HTTP 429 with Retry-After: 1. */
    public synchronized void throttle(int n) { throttle = n; }
    /** Closes every stream connection; while down, reports are lost (the client must reconcile). */
    public void dropStream(boolean down) {
        streamDown = down;
        if (down) for (WsContext c : subscribers) c.closeSession();
        if (down) subscribers.clear();
    }
    public int subscribers() { return subscribers.size(); }

    /** Ends every subscription as the exchange does ({@code eventStreamTerminated}). */
    public void terminateStream() { broadcast(json.createObjectNode().put("e", "eventStreamTerminated").put("E", now())); }

    /** Moves the last price; resting orders that cross or trigger fill (maker at their limit; stops at the price). */
    public synchronized void price(String p) {
        last = new BigDecimal(p);
        for (FakeOrder o : new ArrayList<>(orders.values())) {
            if (!o.open()) continue;
            boolean buy = o.side.equals("BUY");
            if (!o.triggered && o.stop != null) {
                boolean hit = switch (o.type) {
                    case "STOP_LOSS", "STOP_LOSS_LIMIT" -> buy ? last.compareTo(o.stop) >= 0 : last.compareTo(o.stop) <= 0;
                    default -> buy ? last.compareTo(o.stop) <= 0 : last.compareTo(o.stop) >= 0;
                };
                if (!hit) continue;
                o.triggered = true;
            }
            if (o.price == null) fill(o, last, false);
            else if (buy ? last.compareTo(o.price) <= 0 : last.compareTo(o.price) >= 0) fill(o, o.price, true);
        }
    }

    /** An order placed by hand on the exchange's website (client id {@code web_...}). */
    public synchronized long placeByHand(String side, String qty, String price) {
        FakeOrder o = new FakeOrder(nextOrder++, "web_hand" + (++nextHand), side, "LIMIT", "GTC", new BigDecimal(qty),
                new BigDecimal(price), null, now());
        lock(o);
        orders.put(o.id, o);
        report(o, "NEW", null, null, null);
        return o.id;
    }

    // ---- books ----

    public synchronized List<FakeOrder> orders() { return new ArrayList<>(orders.values()); }
    /** The legs of every order list booked, in order. */
    public synchronized List<List<FakeOrder>> orderLists() { return lists.all(); }
    synchronized BigDecimal lastPrice() { return last; }
    public synchronized List<ObjectNode> trades() { return new ArrayList<>(trades); }
    public synchronized BigDecimal balance(String asset) { BigDecimal[] b = balances.get(asset); return b[0].add(b[1]); }
    public synchronized FakeOrder byClient(String client) {
        for (FakeOrder o : orders.values()) if (o.client.equals(client)) return o;
        return null;
    }
    public List<String> requests() { synchronized (requests) { return new ArrayList<>(requests); } }
    public synchronized int signatureFailures() { return signatureFailures; }
    public synchronized int timestampFailures() { return timestampFailures; }
    public long now() { return System.currentTimeMillis() + skewMillis; }

    // ---- REST ----

    private interface Handler { void run() throws Exception; }

    private void signed(Context ctx, boolean order, Handler h) throws Exception {
        String q = ctx.queryString() == null ? "" : ctx.queryString();
        requests.add(ctx.method() + " " + ctx.path() + "?" + q.replaceAll("&signature=.*", ""));
        synchronized (this) {
            if (throttle > 0) {
                throttle--;
                ctx.header("Retry-After", "1");
                error(ctx, 429, -1003, "Too many requests; current limit is 6000 request weight per 1 MINUTE.");
                return;
            }
            long minute = now() / 60_000;
            if (minute != weightMinute) { weightMinute = minute; weight = 0; }
            weight++;
            ctx.header("X-MBX-USED-WEIGHT-1M", String.valueOf(weight));
            if (!apiKey.equals(ctx.header("X-MBX-APIKEY"))) {
                error(ctx, 401, -2015, "Invalid API-key, IP, or permissions for action.");
                return;
            }
            int at = q.lastIndexOf("&signature=");
            String sig = at < 0 ? "" : URLDecoder.decode(q.substring(at + 11), StandardCharsets.UTF_8);
            if (at < 0 || !signatures.valid(q.substring(0, at), sig)) {
                signatureFailures++;
                error(ctx, 400, -1022, "Signature for this request is not valid.");
                return;
            }
            long ts = Long.parseLong(ctx.queryParam("timestamp"));
            long window = ctx.queryParam("recvWindow") == null ? 5000 : Long.parseLong(ctx.queryParam("recvWindow"));
            long server = now();
            if (!(ts < server + 1000 && server - ts <= window)) {
                timestampFailures++;
                error(ctx, 400, -1021, "Timestamp for this request is outside of the recvWindow.");
                return;
            }
            if (order) {
                long w = server / 10_000;
                if (w != orderWindow) { orderWindow = w; orderCount10s = 0; }
                orderCount10s++;
                ctx.header("X-MBX-ORDER-COUNT-10S", String.valueOf(orderCount10s));
                ctx.header("X-MBX-ORDER-COUNT-1D", String.valueOf(orderCount10s));
            }
        }
        h.run();
    }

    private void newOrder(Context ctx) throws Exception {
        long sleep = 0;
        ObjectNode body;
        synchronized (this) {
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
            Object res = book(ctx::queryParam);
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

    /** Validates and books an order; returns the order or {code, msg}. */
    private Object book(java.util.function.Function<String, String> param) {
        String client = param.apply("newClientOrderId");
        for (FakeOrder o : orders.values()) {
            if (o.open() && o.client.equals(client)) return new String[] {"-2010", "Duplicate order sent."};
        }
        String type = param.apply("type"), side = param.apply("side");
        BigDecimal qty = dec(param.apply("quantity"));
        BigDecimal price = dec(param.apply("price")), stop = dec(param.apply("stopPrice"));
        String f = filters(type, qty, price, stop);
        if (f != null) return new String[] {"-1013", "Filter failure: " + f};
        BigDecimal at = price != null ? price : last;
        if (side.equals("BUY") ? free("USDT").compareTo(qty.multiply(at)) < 0 : free("FIL").compareTo(qty) < 0) {
            return new String[] {"-2010", "Account has insufficient balance for requested action."};
        }
        FakeOrder o = new FakeOrder(nextOrder++, client == null ? "auto" + nextOrder : client, side,
                type, param.apply("timeInForce"), qty, price, stop, now());
        orders.put(o.id, o);
        lock(o);
        report(o, "NEW", null, null, null);
        boolean buy = side.equals("BUY");
        switch (type) {
            case "MARKET" -> fill(o, last, false);
            case "LIMIT", "LIMIT_MAKER" -> {
                boolean crosses = buy ? price.compareTo(last) >= 0 : price.compareTo(last) <= 0;
                if (crosses && type.equals("LIMIT_MAKER")) {
                    o.status = "EXPIRED";
                    unlock(o);
                    report(o, "EXPIRED", null, null, null);
                } else if (crosses) {
                    fill(o, last, false);
                } else if ("IOC".equals(o.tif) || "FOK".equals(o.tif)) {
                    o.status = "EXPIRED";
                    unlock(o);
                    report(o, "EXPIRED", null, null, null);
                }
            }
            default -> { }
        }
        return o;
    }

    /** The fake's own reading of FILUSDT's filters (plain BigDecimal arithmetic). */
    String filters(String type, BigDecimal qty, BigDecimal price, BigDecimal stop) {
        BigDecimal tick = new BigDecimal("0.001"), step = new BigDecimal("0.01");
        if (qty == null || qty.remainder(step).signum() != 0 || qty.compareTo(new BigDecimal("0.01")) < 0
                || qty.compareTo(new BigDecimal("900000")) > 0) return "LOT_SIZE";
        for (BigDecimal p : new BigDecimal[] {price, stop}) {
            if (p != null && (p.remainder(tick).signum() != 0 || p.compareTo(new BigDecimal("0.001")) < 0
                    || p.compareTo(new BigDecimal("10000")) > 0)) return "PRICE_FILTER";
        }
        if ((type.startsWith("LIMIT") || type.endsWith("_LIMIT")) && price == null) return "PRICE_FILTER";
        BigDecimal at = price != null ? price : last;
        if (at.multiply(qty).compareTo(new BigDecimal("5")) < 0) return "NOTIONAL";
        if (price != null && (price.compareTo(last.multiply(new BigDecimal("5"))) > 0
                || price.compareTo(last.multiply(new BigDecimal("0.2"))) < 0)) return "PERCENT_PRICE_BY_SIDE";
        return null;
    }

    void fill(FakeOrder o, BigDecimal px, boolean maker) {
        BigDecimal left = o.qty.subtract(o.executed);
        int n = Math.max(1, pieces);
        BigDecimal piece = left.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        for (int i = 0; i < n && left.signum() > 0; i++) {
            BigDecimal q = i == n - 1 || piece.signum() == 0 ? left : piece;
            left = left.subtract(q);
            trade(o, q, px, maker);
        }
    }

    private void trade(FakeOrder o, BigDecimal q, BigDecimal px, boolean maker) {
        boolean buy = o.side.equals("BUY");
        BigDecimal notional = q.multiply(px);
        BigDecimal commission = buy ? q.multiply(FEE) : notional.multiply(FEE);
        String asset = buy ? "FIL" : "USDT";
        // release what the order locked for this part, then move the funds
        if (buy) {
            BigDecimal lockedPart = o.price != null ? q.multiply(o.price) : BigDecimal.ZERO;
            balances.get("USDT")[1] = balances.get("USDT")[1].subtract(lockedPart);
            balances.get("USDT")[0] = balances.get("USDT")[0].add(lockedPart).subtract(notional);
            balances.get("FIL")[0] = balances.get("FIL")[0].add(q).subtract(commission);
        } else {
            balances.get("FIL")[1] = balances.get("FIL")[1].subtract(q);
            balances.get("USDT")[0] = balances.get("USDT")[0].add(notional).subtract(commission);
        }
        o.executed = o.executed.add(q);
        o.quote = o.quote.add(notional);
        o.status = o.executed.compareTo(o.qty) >= 0 ? "FILLED" : "PARTIALLY_FILLED";
        o.update = now();
        long id = nextTrade++;
        ObjectNode t = json.createObjectNode().put("symbol", SYMBOL).put("id", id).put("orderId", o.id).put("orderListId", -1)
                .put("price", px.toPlainString()).put("qty", q.toPlainString()).put("quoteQty", notional.toPlainString())
                .put("commission", commission.toPlainString()).put("commissionAsset", asset).put("time", o.update)
                .put("isBuyer", buy).put("isMaker", maker).put("isBestMatch", true);
        trades.add(t);
        report(o, "TRADE", t, null, null);
        if (o.listId >= 0) lists.legTraded(o);
    }

    private void cancel(Context ctx) throws Exception {
        synchronized (this) {
            FakeOrder o = find(ctx.queryParam("origClientOrderId"), ctx.queryParam("orderId"));
            if (o == null || !o.open()) {
                error(ctx, 400, -2011, "Unknown order sent.");
                return;
            }
            ObjectNode c = cancelled(o);
            if (o.listId >= 0) lists.cancelOthers(o); // a leg cancels its whole list
            ok(ctx, c);
        }
    }

    ObjectNode cancelled(FakeOrder o) {
        o.status = "CANCELED";
        o.update = now();
        unlock(o);
        report(o, "CANCELED", null, null, null);
        return order(o).put("origClientOrderId", o.client);
    }

    private void query(Context ctx) throws Exception {
        synchronized (this) {
            FakeOrder o = find(ctx.queryParam("origClientOrderId"), ctx.queryParam("orderId"));
            if (o == null) error(ctx, 400, -2013, "Order does not exist.");
            else ok(ctx, order(o));
        }
    }

    private void openOrders(Context ctx, boolean cancel) throws Exception {
        synchronized (this) {
            ArrayNode a = json.createArrayNode();
            for (FakeOrder o : new ArrayList<>(orders.values())) {
                if (!o.open()) continue;
                a.add(cancel ? cancelled(o) : order(o));
            }
            if (cancel && a.isEmpty()) error(ctx, 400, -2011, "Unknown order sent.");
            else ok(ctx, a);
        }
    }

    private void myTrades(Context ctx) throws Exception {
        synchronized (this) {
            String oid = ctx.queryParam("orderId");
            ArrayNode a = json.createArrayNode();
            for (ObjectNode t : trades) if (oid == null || t.path("orderId").asText().equals(oid)) a.add(t);
            ok(ctx, a);
        }
    }

    private void account(Context ctx) throws Exception {
        synchronized (this) {
            ObjectNode a = json.createObjectNode().put("canTrade", true).put("accountType", "SPOT").put("updateTime", now());
            ArrayNode b = a.putArray("balances");
            new TreeMap<>(balances).forEach((k, v) -> b.addObject().put("asset", k).put("free", v[0].toPlainString()).put("locked", v[1].toPlainString()));
            ok(ctx, a);
        }
    }

    private void cancelReplace(Context ctx) throws Exception {
        synchronized (this) {
            FakeOrder old = find(ctx.queryParam("cancelOrigClientOrderId"), ctx.queryParam("cancelOrderId"));
            if (old == null || !old.open()) {
                ObjectNode data = json.createObjectNode().put("cancelResult", "FAILURE").put("newOrderResult", "NOT_ATTEMPTED");
                data.putObject("cancelResponse").put("code", -2011).put("msg", "Unknown order sent.");
                data.putNull("newOrderResponse");
                ObjectNode e = json.createObjectNode().put("code", -2022).put("msg", "Order cancel-replace failed.");
                e.set("data", data);
                ctx.status(400).contentType("application/json").result(e.toString());
                return;
            }
            ObjectNode c = cancelled(old);
            Object res = book(ctx::queryParam);
            ObjectNode out = json.createObjectNode().put("cancelResult", "SUCCESS");
            out.set("cancelResponse", c);
            if (res instanceof String[] e) {
                out.put("newOrderResult", "FAILURE");
                out.putObject("newOrderResponse").put("code", Integer.parseInt(e[0])).put("msg", e[1]);
                ObjectNode err = json.createObjectNode().put("code", -2021).put("msg", "Order cancel-replace partially failed.");
                err.set("data", out);
                ctx.status(400).contentType("application/json").result(err.toString());
                return;
            }
            out.put("newOrderResult", "SUCCESS");
            out.set("newOrderResponse", full((FakeOrder) res));
            ok(ctx, out);
        }
    }

    // ---- user data stream ----

    private void wsRequest(WsContext ctx, String text) throws IOException {
        JsonNode m = json.readTree(text);
        ObjectNode res = json.createObjectNode().put("id", m.path("id").asText());
        if (!m.path("method").asText().equals("userDataStream.subscribe.signature")) {
            res.put("status", 400).putObject("error").put("code", -1100).put("msg", "unknown method");
            ctx.send(res.toString());
            return;
        }
        JsonNode p = m.path("params");
        TreeMap<String, String> sorted = new TreeMap<>();
        p.fields().forEachRemaining(e -> { if (!e.getKey().equals("signature")) sorted.put(e.getKey(), e.getValue().asText()); });
        StringBuilder payload = new StringBuilder();
        sorted.forEach((k, v) -> payload.append(payload.isEmpty() ? "" : "&").append(k).append('=').append(v));
        if (!apiKey.equals(p.path("apiKey").asText()) || !signatures.valid(payload.toString(), p.path("signature").asText())) {
            synchronized (this) { signatureFailures++; }
            res.put("status", 400).putObject("error").put("code", -1022).put("msg", "Signature for this request is not valid.");
            ctx.send(res.toString());
            return;
        }
        if (streamDown) {
            ctx.closeSession();
            return;
        }
        res.put("status", 200).putObject("result").put("subscriptionId", 0);
        ctx.send(res.toString());
        subscribers.add(ctx);
    }

    void report(FakeOrder o, String exec, ObjectNode trade, String reject, String expiry) {
        ObjectNode e = json.createObjectNode().put("e", "executionReport").put("E", now()).put("s", SYMBOL).put("c", o.client)
                .put("S", o.side).put("o", o.type).put("f", o.tif == null ? "GTC" : o.tif).put("q", o.qty.toPlainString())
                .put("p", o.price == null ? "0.00000000" : o.price.toPlainString())
                .put("P", o.stop == null ? "0.00000000" : o.stop.toPlainString()).put("F", "0.00000000").put("g", o.listId).put("C", "")
                .put("x", exec).put("X", o.status).put("r", reject == null ? "NONE" : reject).put("i", o.id)
                .put("l", trade == null ? "0.00000000" : trade.path("qty").asText()).put("z", o.executed.toPlainString())
                .put("L", trade == null ? "0.00000000" : trade.path("price").asText())
                .put("n", trade == null ? "0" : trade.path("commission").asText());
        if (trade == null) e.putNull("N");
        else e.put("N", trade.path("commissionAsset").asText());
        e.put("T", o.update).put("t", trade == null ? -1 : trade.path("id").asLong()).put("I", nextTrade * 3)
                .put("w", o.open()).put("m", trade != null && trade.path("isMaker").asBoolean()).put("M", false).put("O", o.time)
                .put("Z", o.quote.toPlainString()).put("Y", trade == null ? "0" : trade.path("quoteQty").asText()).put("Q", "0.00000000");
        if (expiry != null) e.put("eR", expiry);
        if (holdReports) {
            held.add(e);
            return;
        }
        broadcast(e);
        ObjectNode acct = json.createObjectNode().put("e", "outboundAccountPosition").put("E", now()).put("u", now());
        ArrayNode b = acct.putArray("B");
        for (String a : List.of("FIL", "USDT")) b.addObject().put("a", a).put("f", balances.get(a)[0].toPlainString()).put("l", balances.get(a)[1].toPlainString());
        broadcast(acct);
    }

    void broadcast(ObjectNode event) {
        if (streamDown) return;
        ObjectNode env = json.createObjectNode().put("subscriptionId", 0);
        env.set("event", event);
        String s = env.toString();
        for (WsContext c : subscribers) {
            try {
                c.send(s);
                if (duplicateReports && "executionReport".equals(event.path("e").asText())) c.send(s);
            } catch (Exception gone) { // a subscriber that died (even with SIGKILL, before its close arrived)
                subscribers.remove(c);
            }
        }
    }

    // ---- helpers ----

    ObjectNode order(FakeOrder o) {
        return json.createObjectNode().put("symbol", SYMBOL).put("orderId", o.id).put("orderListId", o.listId).put("clientOrderId", o.client)
                .put("price", o.price == null ? "0.00000000" : o.price.toPlainString()).put("origQty", o.qty.toPlainString())
                .put("executedQty", o.executed.toPlainString()).put("cummulativeQuoteQty", o.quote.toPlainString())
                .put("status", o.status).put("timeInForce", o.tif == null ? "GTC" : o.tif).put("type", o.type).put("side", o.side)
                .put("stopPrice", o.stop == null ? "0.00000000" : o.stop.toPlainString()).put("time", o.time).put("updateTime", o.update)
                .put("transactTime", o.update).put("isWorking", o.open());
    }

    ObjectNode full(FakeOrder o) {
        ObjectNode r = order(o);
        ArrayNode fills = r.putArray("fills");
        for (ObjectNode t : trades) {
            if (t.path("orderId").asLong() != o.id) continue;
            fills.addObject().put("price", t.path("price").asText()).put("qty", t.path("qty").asText())
                    .put("commission", t.path("commission").asText()).put("commissionAsset", t.path("commissionAsset").asText())
                    .put("tradeId", t.path("id").asLong());
        }
        return r;
    }

    FakeOrder find(String client, String id) {
        for (FakeOrder o : orders.values()) {
            if (client != null && o.client.equals(client) || id != null && String.valueOf(o.id).equals(id)) return o;
        }
        return null;
    }

    void lock(FakeOrder o) {
        if (o.side.equals("BUY")) {
            if (o.price == null) return;
            move("USDT", o.qty.multiply(o.price));
        } else {
            move("FIL", o.qty);
        }
    }

    void unlock(FakeOrder o) {
        if (!o.locks) return;
        BigDecimal left = o.qty.subtract(o.executed);
        if (o.side.equals("BUY")) {
            if (o.price == null) return;
            move("USDT", left.multiply(o.price).negate());
        } else {
            move("FIL", left.negate());
        }
    }

    private void move(String asset, BigDecimal toLocked) {
        BigDecimal[] b = balances.get(asset);
        b[0] = b[0].subtract(toLocked);
        b[1] = b[1].add(toLocked);
    }

    BigDecimal free(String asset) { return balances.get(asset)[0]; }

    private static BigDecimal dec(String s) { return s == null ? null : new BigDecimal(s); }

    void ok(Context ctx, JsonNode body) { ctx.contentType("application/json").result(body.toString()); }

    void error(Context ctx, int status, int code, String msg) {
        ctx.status(status).contentType("application/json").result(json.createObjectNode().put("code", code).put("msg", msg).toString());
    }

    @Override public void close() { app.stop(); }
}
