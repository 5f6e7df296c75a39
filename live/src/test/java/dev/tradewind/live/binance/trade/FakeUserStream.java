package dev.tradewind.live.binance.trade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.websocket.WsContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link FakeSpot}'s user data stream on {@code /ws-api/v3}: answers {@code userDataStream.subscribe.signature} (the
 * signature checked by {@link FakeGate}), then sends each subscriber every {@code executionReport}, each followed by an
 * {@code outboundAccountPosition}, wrapped as {@code {"subscriptionId":0,"event":...}}. Scripted faults: every report
 * sent twice, reports held back and released newest first, the stream dropped (events lost while it is down), an
 * {@code eventStreamTerminated}. A subscriber whose send fails is dropped.
 */
final class FakeUserStream {
    private final FakeSpot spot;
    private final List<WsContext> subscribers = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> held = new ArrayList<>();
    volatile boolean duplicateReports, holdReports;
    private volatile boolean down;

    FakeUserStream(FakeSpot spot) { this.spot = spot; }

    /** A request on the websocket: only a signed subscription is known. */
    void subscribe(WsContext ctx, String text) throws IOException {
        JsonNode m = spot.json.readTree(text);
        ObjectNode res = spot.json.createObjectNode().put("id", m.path("id").asText());
        if (!m.path("method").asText().equals("userDataStream.subscribe.signature")) {
            res.put("status", 400).putObject("error").put("code", -1100).put("msg", "unknown method");
            ctx.send(res.toString());
            return;
        }
        if (!spot.gate.subscriptionSigned(m.path("params"))) {
            res.put("status", 400).putObject("error").put("code", -1022).put("msg", "Signature for this request is not valid.");
            ctx.send(res.toString());
            return;
        }
        if (down) {
            ctx.closeSession();
            return;
        }
        res.put("status", 200).putObject("result").put("subscriptionId", 0);
        ctx.send(res.toString());
        subscribers.add(ctx);
    }

    void closed(WsContext c) { subscribers.remove(c); }

    int subscribers() { return subscribers.size(); }

    /** Sends an order's execution report, then the account's FIL and USDT balances; or holds the report back. */
    void report(FakeOrder o, String exec, ObjectNode trade, String reject, String expiry) {
        ObjectNode e = spot.json.createObjectNode().put("e", "executionReport").put("E", spot.now()).put("s", FakeSpot.SYMBOL).put("c", o.client)
                .put("S", o.side).put("o", o.type).put("f", o.tif == null ? "GTC" : o.tif).put("q", o.qty.toPlainString())
                .put("p", o.price == null ? "0.00000000" : o.price.toPlainString())
                .put("P", o.stop == null ? "0.00000000" : o.stop.toPlainString()).put("F", "0.00000000").put("g", o.listId).put("C", "")
                .put("x", exec).put("X", o.status).put("r", reject == null ? "NONE" : reject).put("i", o.id)
                .put("l", trade == null ? "0.00000000" : trade.path("qty").asText()).put("z", o.executed.toPlainString())
                .put("L", trade == null ? "0.00000000" : trade.path("price").asText())
                .put("n", trade == null ? "0" : trade.path("commission").asText());
        if (trade == null) e.putNull("N");
        else e.put("N", trade.path("commissionAsset").asText());
        e.put("T", o.update).put("t", trade == null ? -1 : trade.path("id").asLong()).put("I", spot.book.nextTrade * 3)
                .put("w", o.open()).put("m", trade != null && trade.path("isMaker").asBoolean()).put("M", false).put("O", o.time)
                .put("Z", o.quote.toPlainString()).put("Y", trade == null ? "0" : trade.path("quoteQty").asText()).put("Q", "0.00000000");
        if (expiry != null) e.put("eR", expiry);
        if (holdReports) {
            held.add(e);
            return;
        }
        broadcast(e);
        ObjectNode acct = spot.json.createObjectNode().put("e", "outboundAccountPosition").put("E", spot.now()).put("u", spot.now());
        ArrayNode b = acct.putArray("B");
        for (String a : List.of("FIL", "USDT")) {
            b.addObject().put("a", a).put("f", spot.balances.free(a).toPlainString()).put("l", spot.balances.locked(a).toPlainString());
        }
        broadcast(acct);
    }

    /** Sends an event to every subscriber (an execution report twice if so scripted); nothing while the stream is down. */
    void broadcast(ObjectNode event) {
        if (down) return;
        ObjectNode env = spot.json.createObjectNode().put("subscriptionId", 0);
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

    /** Stops holding reports and sends the held ones newest first. Called under the fake's lock. */
    void releaseReversed() {
        holdReports = false;
        List<ObjectNode> h = new ArrayList<>(held);
        held.clear();
        Collections.reverse(h);
        for (ObjectNode e : h) broadcast(e);
    }

    /** Closes every connection and keeps the stream down (subscriptions refused), or lets it come back up. */
    void drop(boolean down) {
        this.down = down;
        if (down) for (WsContext c : subscribers) c.closeSession();
        if (down) subscribers.clear();
    }

    /** Ends every subscription as the exchange does ({@code eventStreamTerminated}). */
    void terminate() { broadcast(spot.json.createObjectNode().put("e", "eventStreamTerminated").put("E", spot.now())); }
}
