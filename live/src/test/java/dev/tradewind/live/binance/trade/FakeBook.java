package dev.tradewind.live.binance.trade;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link FakeSpot}'s orders and trades and the matching: FILUSDT's filters (the fake's own plain reading, not the
 * adapter's), booking an order (a market order and a crossing limit fill at once, a crossing LIMIT_MAKER or a resting
 * IOC/FOK expires), filling resting orders when the test moves the last price (stops first trigger), fills in
 * {@link #pieces} trades with a commission of 0.1% of the asset received. The funds move in {@link FakeBalances}; each
 * change goes out as an execution report through {@link FakeUserStream}. Called under the fake's lock.
 */
final class FakeBook {
    private static final BigDecimal FEE = new BigDecimal("0.001");
    private final FakeSpot spot;
    final Map<Long, FakeOrder> orders = new LinkedHashMap<>();
    final List<ObjectNode> trades = new ArrayList<>();
    BigDecimal last = new BigDecimal("5.000");
    long nextOrder = 1000, nextTrade = 5000;
    private long nextHand;
    volatile int pieces = 1;

    FakeBook(FakeSpot spot) { this.spot = spot; }

    /** Validates and books an order from its request params; returns the order or {code, msg}. */
    Object place(Function<String, String> param) {
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
        if (side.equals("BUY") ? spot.balances.free("USDT").compareTo(qty.multiply(at)) < 0 : spot.balances.free("FIL").compareTo(qty) < 0) {
            return new String[] {"-2010", "Account has insufficient balance for requested action."};
        }
        FakeOrder o = new FakeOrder(nextOrder++, client == null ? "auto" + nextOrder : client, side,
                type, param.apply("timeInForce"), qty, price, stop, spot.now());
        orders.put(o.id, o);
        spot.balances.lock(o);
        spot.stream.report(o, "NEW", null, null, null);
        boolean buy = side.equals("BUY");
        switch (type) {
            case "MARKET" -> fill(o, last, false);
            case "LIMIT", "LIMIT_MAKER" -> {
                boolean crosses = buy ? price.compareTo(last) >= 0 : price.compareTo(last) <= 0;
                if (crosses && type.equals("LIMIT_MAKER")) {
                    expire(o);
                } else if (crosses) {
                    fill(o, last, false);
                } else if ("IOC".equals(o.tif) || "FOK".equals(o.tif)) {
                    expire(o);
                }
            }
            default -> { }
        }
        return o;
    }

    private void expire(FakeOrder o) {
        o.status = "EXPIRED";
        spot.balances.unlock(o);
        spot.stream.report(o, "EXPIRED", null, null, null);
    }

    /** The fake's own reading of FILUSDT's filters (plain BigDecimal arithmetic); the failing filter's name, or null. */
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

    /** Moves the last price; resting orders that cross or trigger fill (maker at their limit; stops at the price). */
    void price(BigDecimal p) {
        last = p;
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
    long placeByHand(String side, String qty, String price) {
        FakeOrder o = new FakeOrder(nextOrder++, "web_hand" + (++nextHand), side, "LIMIT", "GTC", new BigDecimal(qty),
                new BigDecimal(price), null, spot.now());
        spot.balances.lock(o);
        orders.put(o.id, o);
        spot.stream.report(o, "NEW", null, null, null);
        return o.id;
    }

    /** Fills part of a resting order at its limit price (maker). */
    void fillPart(String client, String qty) {
        FakeOrder o = byClient(client);
        trade(o, new BigDecimal(qty), o.price, true);
    }

    private void fill(FakeOrder o, BigDecimal px, boolean maker) {
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
        spot.balances.settle(o, q, notional, commission);
        o.executed = o.executed.add(q);
        o.quote = o.quote.add(notional);
        o.status = o.executed.compareTo(o.qty) >= 0 ? "FILLED" : "PARTIALLY_FILLED";
        o.update = spot.now();
        long id = nextTrade++;
        ObjectNode t = spot.json.createObjectNode().put("symbol", FakeSpot.SYMBOL).put("id", id).put("orderId", o.id).put("orderListId", -1)
                .put("price", px.toPlainString()).put("qty", q.toPlainString()).put("quoteQty", notional.toPlainString())
                .put("commission", commission.toPlainString()).put("commissionAsset", asset).put("time", o.update)
                .put("isBuyer", buy).put("isMaker", maker).put("isBestMatch", true);
        trades.add(t);
        spot.stream.report(o, "TRADE", t, null, null);
        if (o.listId >= 0) spot.lists.legTraded(o);
    }

    /** Cancels an open order: its funds are released and a CANCELED report goes out. */
    void cancel(FakeOrder o) {
        o.status = "CANCELED";
        o.update = spot.now();
        spot.balances.unlock(o);
        spot.stream.report(o, "CANCELED", null, null, null);
    }

    FakeOrder byClient(String client) {
        for (FakeOrder o : orders.values()) if (o.client.equals(client)) return o;
        return null;
    }

    /** The order with this client id or this exchange id (either may be null), or null. */
    FakeOrder find(String client, String id) {
        for (FakeOrder o : orders.values()) {
            if (client != null && o.client.equals(client) || id != null && String.valueOf(o.id).equals(id)) return o;
        }
        return null;
    }

    static BigDecimal dec(String s) { return s == null ? null : new BigDecimal(s); }
}
