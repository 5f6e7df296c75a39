package dev.tradewind.live.binance.trade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.math.BigDecimal;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for Binance spot trading on 127.0.0.1 (Javalin), with the real request and response shapes from the docs:
 * it checks the API key, the HMAC signature and the timestamp against recvWindow, applies FILUSDT's filters (its own
 * plain implementation, not the adapter's), keeps orders, trades and balances, matches orders against a last price the
 * test sets ({@link #price}), and streams {@code executionReport} and {@code outboundAccountPosition} events to
 * {@code userDataStream.subscribe.signature} subscribers on {@code /ws-api/v3}. Commission is 0.1% of the asset
 * received. Scripted faults: a slow answer after the order is booked, duplicated or held-and-reversed reports,
 * fills in several pieces, a rejection, clock skew, 429s, a stream disconnect, orders placed by hand.
 * Its books ({@link #orders}, {@link #trades}, {@link #balance}) are what tests assert against.
 *
 * <p>This class wires the parts and is what tests script: {@link FakeGate} checks each signed request, {@link FakeRest}
 * answers it, {@link FakeBook} keeps the orders and trades and matches them, {@link FakeBalances} the funds,
 * {@link FakeOrderLists} the OCO lists, {@link FakeUserStream} the user data stream. They share one lock: this object.
 */
public final class FakeSpot implements AutoCloseable {
    static final String SYMBOL = "FILUSDT";
    final ObjectMapper json = new ObjectMapper();
    final FakeBalances balances = new FakeBalances();
    final FakeBook book = new FakeBook(this);
    final FakeOrderLists lists = new FakeOrderLists(this);
    final FakeUserStream stream = new FakeUserStream(this);
    final FakeRest rest = new FakeRest(this);
    final FakeGate gate;
    private final Javalin app;
    private volatile long skewMillis;

    public FakeSpot(String apiKey, String secret) { this(apiKey, secret, null); }

    /** An account whose API key is an Ed25519 key: requests must be signed with its private half. */
    public FakeSpot(String apiKey, PublicKey ed25519) { this(apiKey, null, ed25519); }

    private FakeSpot(String apiKey, String secret, PublicKey ed25519) {
        gate = new FakeGate(this, apiKey, new FakeSignatures(secret, ed25519));
        app = Javalin.create(c -> c.showJavalinBanner = false)
                .get("/api/v3/time", rest::time)
                .get("/api/v3/exchangeInfo", rest::exchangeInfo)
                .get("/api/v3/avgPrice", rest::avgPrice)
                .post("/api/v3/order", ctx -> gate.signed(ctx, true, () -> rest.newOrder(ctx)))
                .delete("/api/v3/order", ctx -> gate.signed(ctx, false, () -> rest.cancel(ctx)))
                .get("/api/v3/order", ctx -> gate.signed(ctx, false, () -> rest.query(ctx)))
                .get("/api/v3/openOrders", ctx -> gate.signed(ctx, false, () -> rest.openOrders(ctx, false)))
                .delete("/api/v3/openOrders", ctx -> gate.signed(ctx, false, () -> rest.openOrders(ctx, true)))
                .get("/api/v3/myTrades", ctx -> gate.signed(ctx, false, () -> rest.myTrades(ctx)))
                .get("/api/v3/account", ctx -> gate.signed(ctx, false, () -> rest.account(ctx)))
                .post("/api/v3/order/cancelReplace", ctx -> gate.signed(ctx, true, () -> rest.cancelReplace(ctx)))
                .post("/api/v3/orderList/oco", ctx -> gate.signed(ctx, true, () -> lists.oco(ctx)))
                .delete("/api/v3/orderList", ctx -> gate.signed(ctx, false, () -> lists.cancel(ctx)))
                .ws("/ws-api/v3", ws -> {
                    ws.onMessage(m -> stream.subscribe(m, m.message()));
                    ws.onClose(stream::closed);
                })
                .start("127.0.0.1", 0);
    }

    // ---- scripting ----

    public String restUrl() { return "http://127.0.0.1:" + app.port(); }
    public String wsApiUrl() { return "ws://127.0.0.1:" + app.port() + "/ws-api/v3"; }
    /** The exchange's clock runs {@code ms} ahead of the machine's. */
    public void skew(long ms) { skewMillis = ms; }
    /** The next {@code n} orders are booked, then answered only after {@code ms}. */
    public synchronized void slowOrders(int n, long ms) { rest.slowOrders(n, ms); }
    /** The next {@code n} order requests are lost on the way in (never booked; answered only after {@code ms}). */
    public synchronized void loseOrders(int n, long ms) { rest.loseOrders(n, ms); }
    /** Fills part of a resting order at its limit price (maker). */
    public synchronized void fillPart(String client, String qty) { book.fillPart(client, qty); }
    /** Every report is sent twice. */
    public void duplicateReports(boolean b) { stream.duplicateReports = b; }
    /** Reports are held back until {@link #releaseReversed}. */
    public void holdReports(boolean b) { stream.holdReports = b; }
    /** Sends the held reports newest first. */
    public synchronized void releaseReversed() { stream.releaseReversed(); }
    /** Market and crossing orders fill in {@code n} trades. */
    public void pieces(int n) { book.pieces = n; }
    /** The next order is refused with this code and message. */
    public void rejectNext(int code, String msg) { rest.rejectNext(code, msg); }
    /** The next {@code n} requests answer HTTP 429 with Retry-After: 1. */
    public synchronized void throttle(int n) { gate.throttle(n); }
    /** Closes every stream connection; while down, reports are lost (the client must reconcile). */
    public void dropStream(boolean down) { stream.drop(down); }
    public int subscribers() { return stream.subscribers(); }

    /** Ends every subscription as the exchange does ({@code eventStreamTerminated}). */
    public void terminateStream() { stream.terminate(); }

    /** Moves the last price; resting orders that cross or trigger fill (maker at their limit; stops at the price). */
    public synchronized void price(String p) { book.price(new BigDecimal(p)); }

    /** An order placed by hand on the exchange's website (client id {@code web_...}). */
    public synchronized long placeByHand(String side, String qty, String price) { return book.placeByHand(side, qty, price); }

    // ---- books ----

    public synchronized List<FakeOrder> orders() { return new ArrayList<>(book.orders.values()); }
    /** The legs of every order list booked, in order. */
    public synchronized List<List<FakeOrder>> orderLists() { return lists.all(); }
    public synchronized List<ObjectNode> trades() { return new ArrayList<>(book.trades); }
    public synchronized BigDecimal balance(String asset) { return balances.total(asset); }
    public synchronized FakeOrder byClient(String client) { return book.byClient(client); }
    public List<String> requests() { return gate.requests(); }
    public synchronized int signatureFailures() { return gate.signatureFailures(); }
    public synchronized int timestampFailures() { return gate.timestampFailures(); }
    public long now() { return System.currentTimeMillis() + skewMillis; }

    @Override public void close() { app.stop(); }
}
