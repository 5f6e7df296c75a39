package dev.tradewind.live.binance.trade;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.engine.ExecutionClient;
import dev.tradewind.engine.VenueListener;
import dev.tradewind.live.trade.ExecReport;
import dev.tradewind.live.trade.OrderTracker;
import dev.tradewind.live.trade.Reconciliation;
import dev.tradewind.live.trade.RiskGate;
import dev.tradewind.live.trade.UnknownOrders;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The kernel's {@link ExecutionClient} on Binance spot. Every request runs on one thread of its own, in the order the
 * run asked, so the kernel's loop never waits on the network; the answers come back only as order events, through the
 * {@link OrderTracker} (which also takes the user data stream's reports, {@link #onStreamEvent}).
 *
 * <p>An order is sent with {@code newClientOrderId = prefix + order id} (the prefix names the run: ids start at 1 in
 * every run). Before it leaves: the {@link RiskGate}, then the symbol's filters ({@link SymbolFilters}, prices on the
 * tick, quantities on the step, min/max, notional, percent price); a refusal is a Rejected event saying why. When a
 * submit gets no answer, the order is looked up by its client id before anything is sent again, so a retried submit
 * can never make a second order ("Duplicate order sent." is treated the same way). A rejection by the exchange
 * becomes a Rejected event with its code and message ({@code binance -2010: Account has insufficient balance...}).
 *
 * <p>Order types: MARKET, LIMIT (GTC, IOC, FOK; post-only as LIMIT_MAKER), STOP as STOP_LOSS, STOP_LIMIT as
 * STOP_LOSS_LIMIT, LIMIT_IF_TOUCHED as TAKE_PROFIT_LIMIT. Others, and DAY/GTD, are rejected with the reason. A
 * bracket's stop-loss and take-profit go out once their entry has ended, as one OCO order list ({@link Brackets}).
 */
public final class BinanceExecution implements ExecutionClient, AutoCloseable {
    private static final long MS = 1_000_000L;
    private final TradeRest rest;
    private final SymbolFilters filters;
    private final OrderTracker tracker;
    private final RiskGate risk;
    private final String prefix;
    private final UnknownOrders unknown;
    private final Consumer<String> log;
    private final ExecutorService worker;
    private final int attempts;
    private volatile double lastPrice = Double.NaN;
    private double avgPrice = Double.NaN;
    private long avgPriceAt;
    private double baseAtStart = Double.NaN;
    private long killOrders;
    private final Set<String> flagged = new HashSet<>();
    private volatile CrashPoints crash = point -> { };
    private final Brackets brackets;
    private volatile VenueListener listener;
    private volatile boolean dead;

    /** Where a test makes the process die: {@code before-send} (journaled, not sent), {@code after-send} (sent, answer unread). */
    @FunctionalInterface
    public interface CrashPoints {
        void at(String point);
    }

    /**
     * @param prefix   the run's client-id prefix (letters, digits, '-' or '_'; at most 16 characters)
     * @param attempts how many times a submit is sent at most when it gets no answer (each after a lookup)
     */
    public BinanceExecution(TradeRest rest, SymbolFilters filters, OrderTracker tracker, RiskGate risk, String prefix,
            UnknownOrders unknown, int attempts, Consumer<String> log) {
        if (!prefix.matches("[A-Za-z0-9_-]{1,16}")) throw new IllegalArgumentException("client id prefix must be 1..16 of [A-Za-z0-9_-]");
        this.rest = rest;
        this.filters = filters;
        this.tracker = tracker;
        this.risk = risk;
        this.prefix = prefix;
        this.unknown = unknown;
        this.attempts = attempts;
        this.log = log;
        this.brackets = new Brackets(this, rest, filters, tracker);
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "binance-orders");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void connect(VenueListener l) {
        listener = l;
        tracker.listener(new VenueListener() {
            @Override
            public void onEvent(OrderEvent e) {
                l.onEvent(e);
                boolean ended = switch (e) {
                    case OrderEvent.Filled f -> f.remaining() == 0;
                    case OrderEvent.Canceled c -> true;
                    case OrderEvent.Expired x -> true;
                    case OrderEvent.Rejected r -> true;
                    default -> false;
                };
                if (ended) run(() -> brackets.entryEnded(e.orderId())); // its bracket's exits, if any, go out now
            }

            @Override
            public double positionQuantity(dev.tradewind.model.OrderView order) { return l.positionQuantity(order); }
        });
    }

    /** A bracket's stop-loss or take-profit waits for its entry to end ({@link Brackets}); other orders go out. */
    @Override
    public void submit(Order order) {
        if (order.isChild()) run(() -> brackets.hold(order));
        else run(() -> place(order, false));
    }

    @Override public void cancel(long orderId, long time) { run(() -> doCancel(orderId)); }

    /**
     * Binance spot has no in-place modify: cancel-replace books a new order under a new client id, which the kernel
     * would see as a different order. Refused, so the run logs it and the strategy cancels and sends a new order.
     */
    @Override
    public void modify(Order replacement, long time) {
        throw new UnsupportedOperationException("Binance spot cannot modify an order in place: cancel it and send a new one");
    }

    private void run(Runnable r) {
        if (!dead) worker.execute(() -> guarded(r));
    }

    /** Test hook: called at the points a process may die. */
    public void crashPoints(CrashPoints c) { crash = c; }

    /**
     * Test hook: behaves from now on as a process killed with SIGKILL would: nothing more is sent, written or told to the
     * run; requests in flight are abandoned.
     */
    public void abandon() {
        dead = true;
        tracker.journal(null);
        tracker.listener(null);
        worker.shutdownNow();
    }

    /** Cancels a working order and places another in one request ({@code order/cancelReplace}, STOP_ON_FAILURE). */
    public void replace(long orderId, Order replacement) { run(() -> doReplace(orderId, replacement)); }

    /** The last traded price the run saw (for risk and market-order notional); the exchange's average price otherwise. */
    public void mark(double price) {
        lastPrice = price;
        if (risk != null && !Double.isNaN(baseAtStart)) risk.pnl(pnl(price));
    }

    /**
     * Measures the clock offset, reads the rate limits, takes the base balance the run started from (from the journal
     * when the run is resumed; else the account's now), then reconciles. Blocks.
     */
    public Reconciliation start() {
        return await(worker.submit(() -> {
            rest.syncTime();
            JsonNode info = rest.get("/api/v3/exchangeInfo", new Params().add("symbol", filters.symbol()), 20).body();
            rest.limits(info);
            if (Double.isNaN(tracker.baseline())) {
                // a new run: what the account holds now, less what restored orders already filled
                doReconcile();
                tracker.baseline(baseBalance() - tracker.position());
            }
            baseAtStart = tracker.baseline();
            return doReconcile();
        }));
    }

    /** Compares open orders, recent fills and the balance with what the run knows, and applies what it missed. Blocks. */
    public Reconciliation reconcile() { return await(worker.submit(this::doReconcile)); }

    /** Runs a reconciliation on the request thread without waiting (after a reconnect, on a timer). */
    public void reconcileLater() { run(this::doReconcile); }

    /** Halts new orders, cancels every open order on the symbol, and sells (or buys back) the run's position. Blocks. */
    public double killSwitch(String why) {
        if (risk != null) risk.halt("kill switch: " + why);
        return await(worker.submit(() -> {
            TradeRest.Response r = rest.signed("DELETE", "/api/v3/openOrders", new Params().add("symbol", filters.symbol()), 1, false);
            if (r.ok()) for (JsonNode o : r.body()) applyAll(Reports.order(o));
            else if (r.code() != -2011) log.accept("kill switch: cancel all: " + r.reason());
            doReconcile();
            double pos = tracker.position();
            BigDecimal q = filters.quantity(Math.abs(pos), true);
            if (q.signum() > 0 && q.compareTo(filters.minQty()) >= 0) {
                Order flat = Order.of(1_000_000_000L + (++killOrders), filters.symbol(), pos > 0 ? Side.SELL : Side.BUY, OrderType.MARKET,
                        q.doubleValue()).at(rest.serverMillis() * MS).tag("kill-switch").build();
                place(flat, true);
            }
            return tracker.position();
        }));
    }

    /** Handles one user-data-stream event ({@code executionReport}; other events are for the caller). */
    public void onStreamEvent(JsonNode event) {
        if (dead || !"executionReport".equals(event.path("e").asText())) return;
        ExecReport r = Reports.executionReport(event);
        if (!r.symbol().equals(filters.symbol())) return;
        switch (tracker.apply(r)) {
            case UNKNOWN_ORDER -> run(this::doReconcile);
            case NEEDS_TRADES -> run(() -> {
                OrderTracker.Tracked t = tracker.byClientId(r.clientId());
                if (t != null) fetchTrades(t);
            });
            default -> { }
        }
    }

    /** Waits until every request queued so far has run, or the worker died (a test's crash point). */
    public void awaitIdleQuietly() {
        try {
            worker.submit(() -> null).get(60, TimeUnit.SECONDS);
        } catch (Exception | Error e) {
            // the worker is dead or abandoned
        }
    }

    /** Waits until every request queued so far has run. */
    public void awaitIdle() { await(worker.submit(() -> null)); }

    public OrderTracker tracker() { return tracker; }

    public String clientId(long orderId) { return prefix + "-" + orderId; }

    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- on the request thread ----

    private void place(Order o, boolean external) {
        long now = rest.serverMillis() * MS;
        String client = clientId(o.id());
        if (tracker.byClientId(client) != null && !external) {
            log.accept("binance: order " + o.id() + " was already sent; not sending it again");
            return;
        }
        Params p = new Params().add("symbol", o.symbol()).add("side", o.side().name());
        String unsupported = describe(o, p);
        BigDecimal qty = filters.quantity(o.quantity(), o.type() == OrderType.MARKET);
        OrderTracker.Tracked t = tracker.register(o.withQuantity(qty.doubleValue()), client, external);
        if (unsupported != null) {
            refuse(o.id(), now, unsupported);
            return;
        }
        BigDecimal price = p.get("price") == null ? null : new BigDecimal(p.get("price"));
        BigDecimal stop = p.get("stopPrice") == null ? null : new BigDecimal(p.get("stopPrice"));
        double ref = price == null || filters.hasPercentPrice() ? reference() : Double.NaN;
        String bad = filters.check(o.side(), qty, price, stop, ref);
        if (bad != null) {
            refuse(o.id(), now, "binance filters: " + bad);
            return;
        }
        if (risk != null && !external) {
            double at = price != null ? price.doubleValue() : stop != null ? stop.doubleValue() : Double.isNaN(lastPrice) ? ref : lastPrice;
            String no = risk.check(o.withQuantity(qty.doubleValue()), at, tracker.position(), tracker.openQuantity() - o.side().sign() * qty.doubleValue());
            if (no != null) {
                refuse(o.id(), now, no);
                return;
            }
        }
        p.add("quantity", qty.toPlainString()).add("newClientOrderId", client).add("newOrderRespType", "FULL");
        for (int attempt = 1; ; attempt++) {
            TradeRest.Response r;
            try {
                crash.at("before-send");
                r = rest.signed("POST", "/api/v3/order", p, 1, true);
                crash.at("after-send");
            } catch (RequestTimeout e) {
                log.accept(e.getMessage() + "; looking the order up by its client id " + client);
                if (lookUp(t)) return;
                if (attempt >= attempts) {
                    tracker.unsure(o.id());
                    log.accept("binance: order " + client + " unconfirmed after " + attempts + " attempts; reconciliation will settle it");
                    return;
                }
                continue;
            }
            if (r.ok()) {
                applyAll(Reports.order(r.body()));
                return;
            }
            if (r.code() == -2010 && r.msg().contains("Duplicate order")) {
                if (lookUp(t)) return;
            }
            refuse(o.id(), now, r.reason());
            return;
        }
    }

    /** Puts the Binance type, prices and time in force of {@code o} into {@code p}; returns why not, or null. */
    private String describe(Order o, Params p) {
        if (o.tif() == TimeInForce.DAY || o.tif() == TimeInForce.GTD) return "binance spot: no " + o.tif() + " time in force (GTC, IOC, FOK)";
        String tif = o.tif().name();
        switch (o.type()) {
            case MARKET -> p.add("type", "MARKET");
            case LIMIT -> {
                if (o.postOnly()) p.add("type", "LIMIT_MAKER").add("price", filters.price(o.limitPrice()).toPlainString());
                else p.add("type", "LIMIT").add("timeInForce", tif).add("price", filters.price(o.limitPrice()).toPlainString());
            }
            case STOP -> p.add("type", "STOP_LOSS").add("stopPrice", filters.price(o.stopPrice()).toPlainString());
            case STOP_LIMIT -> p.add("type", "STOP_LOSS_LIMIT").add("timeInForce", tif)
                    .add("price", filters.price(o.limitPrice()).toPlainString()).add("stopPrice", filters.price(o.stopPrice()).toPlainString());
            case LIMIT_IF_TOUCHED -> p.add("type", "TAKE_PROFIT_LIMIT").add("timeInForce", tif)
                    .add("price", filters.price(o.limitPrice()).toPlainString()).add("stopPrice", filters.price(o.stopPrice()).toPlainString());
            default -> { return "binance spot adapter: " + o.type() + " orders are not supported"; }
        }
        return null;
    }

    /** Queries an order by client id; applies what the exchange knows. False when the exchange has no such order. */
    private boolean lookUp(OrderTracker.Tracked t) {
        TradeRest.Response q;
        try {
            q = rest.signed("GET", "/api/v3/order", new Params().add("symbol", filters.symbol()).add("origClientOrderId", t.clientId()), 4, false);
        } catch (RequestTimeout e) {
            return false;
        }
        if (!q.ok()) return false;
        applyAll(Reports.order(q.body()));
        if (t.filled() < q.body().path("executedQty").asDouble() - 1e-12) fetchTrades(t);
        return true;
    }

    private void doCancel(long orderId) {
        if (brackets.cancel(orderId)) return;
        OrderTracker.Tracked t = tracker.byOrderId(orderId);
        if (t == null || t.done()) return;
        TradeRest.Response r = rest.signed("DELETE", "/api/v3/order",
                new Params().add("symbol", filters.symbol()).add("origClientOrderId", t.clientId()), 1, false);
        if (r.ok()) {
            applyAll(Reports.order(r.body()));
        } else {
            // unknown or already finished there: learn its final state instead
            lookUp(t);
        }
    }

    private void doReplace(long orderId, Order n) {
        OrderTracker.Tracked old = tracker.byOrderId(orderId);
        if (old == null || old.done()) {
            place(n, false);
            return;
        }
        Params p = new Params().add("symbol", n.symbol()).add("side", n.side().name());
        String why = describe(n, p);
        BigDecimal qty = filters.quantity(n.quantity(), n.type() == OrderType.MARKET);
        String client = clientId(n.id());
        tracker.register(n.withQuantity(qty.doubleValue()), client);
        long now = rest.serverMillis() * MS;
        if (why == null) {
            BigDecimal price = p.get("price") == null ? null : new BigDecimal(p.get("price"));
            why = filters.check(n.side(), qty, price, null, price == null || filters.hasPercentPrice() ? reference() : Double.NaN);
            if (why != null) why = "binance filters: " + why;
        }
        if (why != null) {
            refuse(n.id(), now, why);
            return;
        }
        p.add("quantity", qty.toPlainString()).add("cancelReplaceMode", "STOP_ON_FAILURE")
                .add("cancelOrigClientOrderId", old.clientId()).add("newClientOrderId", client).add("newOrderRespType", "FULL");
        TradeRest.Response r = rest.signed("POST", "/api/v3/order/cancelReplace", p, 1, true);
        JsonNode body = r.ok() ? r.body() : r.body().path("data");
        if (body.has("cancelResponse") && body.path("cancelResponse").has("clientOrderId")) applyAll(Reports.order(body.path("cancelResponse")));
        if (body.has("newOrderResponse") && body.path("newOrderResponse").has("clientOrderId")) {
            applyAll(Reports.order(body.path("newOrderResponse")));
        } else {
            JsonNode err = body.path("newOrderResponse");
            refuse(n.id(), now, err.has("code") ? "binance " + err.path("code").asInt() + ": " + err.path("msg").asText() : r.reason());
        }
    }

    // ---- for Brackets, on the request thread ----

    void placeNow(Order o) { place(o, false); }

    void refuseNow(long orderId, long now, String reason) { refuse(orderId, now, reason); }

    void applyNow(JsonNode order) { applyAll(Reports.order(order)); }

    /** Tells the run an event of an order the tracker does not hold (an exit that never went out). */
    void tell(OrderEvent e) {
        VenueListener l = listener;
        if (l != null && !dead) l.onEvent(e);
    }

    private void refuse(long orderId, long now, String reason) {
        log.accept("order " + orderId + " rejected: " + reason);
        tracker.reject(orderId, now, reason);
    }

    private void applyAll(List<ExecReport> reports) {
        boolean missing = false;
        String client = null;
        for (ExecReport r : reports) {
            client = r.clientId();
            OrderTracker.Outcome o = tracker.apply(r);
            if (o == OrderTracker.Outcome.NEEDS_TRADES) missing = true;
            if (o == OrderTracker.Outcome.UNKNOWN_ORDER) unknownOrder(r.clientId(), r);
        }
        if (missing) {
            OrderTracker.Tracked t = tracker.byClientId(client);
            if (t != null) fetchTrades(t);
        }
    }

    /** The order's trades from {@code myTrades}, applied in trade-id order; then any terminal state it waited for. */
    private int fetchTrades(OrderTracker.Tracked t) {
        if (t.venueOrderId() == 0) return 0;
        TradeRest.Response r = rest.signed("GET", "/api/v3/myTrades",
                new Params().add("symbol", filters.symbol()).add("orderId", t.venueOrderId()), 5, false);
        if (!r.ok()) {
            log.accept("binance: trades of " + t.clientId() + ": " + r.reason());
            return 0;
        }
        List<JsonNode> rows = new ArrayList<>();
        r.body().forEach(rows::add);
        rows.sort(Comparator.comparingLong(n -> n.path("id").asLong()));
        int before = tracker.fills().size();
        for (JsonNode row : rows) tracker.apply(Reports.trade(row, t.clientId()));
        tracker.settle(rest.serverMillis() * MS);
        return tracker.fills().size() - before;
    }

    private Reconciliation doReconcile() {
        List<String> notes = new ArrayList<>(), adopted = new ArrayList<>(), flaggedNow = new ArrayList<>();
        int fillsBefore = tracker.fills().size();
        int settled = 0;
        TradeRest.Response open = rest.signed("GET", "/api/v3/openOrders", new Params().add("symbol", filters.symbol()), 6, false);
        if (!open.ok()) throw new IllegalStateException("binance: open orders: " + open.reason());
        Set<String> openIds = new HashSet<>();
        for (JsonNode o : open.body()) {
            String client = o.path("clientOrderId").asText();
            openIds.add(client);
            OrderTracker.Tracked t = tracker.byClientId(client);
            if (t == null) {
                if (unknownOrder(client, null)) adopted.add(client);
                else flaggedNow.add(client);
                t = tracker.byClientId(client);
                if (t == null) continue;
            }
            applyAll(Reports.order(o));
            if (t.filled() < o.path("executedQty").asDouble() - 1e-12) fetchTrades(t);
        }
        for (OrderTracker.Tracked t : tracker.open()) {
            if (openIds.contains(t.clientId())) continue;
            TradeRest.Response q = rest.signed("GET", "/api/v3/order",
                    new Params().add("symbol", filters.symbol()).add("origClientOrderId", t.clientId()), 4, false);
            if (q.ok()) {
                applyAll(Reports.order(q.body()));
                if (t.filled() < q.body().path("executedQty").asDouble() - 1e-12) fetchTrades(t);
                tracker.settle(rest.serverMillis() * MS);
                if (t.done()) settled++;
            } else if (q.code() == -2013 && !t.accepted()) {
                tracker.reject(t, rest.serverMillis() * MS, "binance: the order never reached the exchange (" + q.reason() + ")");
                settled++;
            } else {
                notes.add("order " + t.clientId() + ": " + q.reason());
            }
        }
        int missed = tracker.fills().size() - fillsBefore;
        if (missed > 0) notes.add(missed + " fill(s) missed while away, applied in order");
        for (String f : flaggedNow) notes.add("unknown order " + f + " on " + filters.symbol() + " (flagged, left alone)");
        for (String a : adopted) notes.add("unknown order " + a + " on " + filters.symbol() + " adopted");
        double drift = 0;
        if (!Double.isNaN(baseAtStart)) {
            drift = baseBalance() - (baseAtStart + tracker.position());
            if (Math.abs(drift) > 1e-9) notes.add(String.format(java.util.Locale.ROOT, "%s balance differs from the run's by %.8f", filters.base(), drift));
        }
        for (String n : notes) log.accept("reconcile: " + n);
        return new Reconciliation(missed, settled, adopted, flaggedNow, tracker.position(), drift, notes);
    }

    /** Handles an order the run did not send; returns whether it was adopted. */
    private boolean unknownOrder(String client, ExecReport r) {
        if (tracker.byClientId(client) != null) return false;
        if (unknown == UnknownOrders.FLAG) {
            if (flagged.add(client)) log.accept("binance: unknown order " + client + " on " + filters.symbol() + " flagged");
            return false;
        }
        TradeRest.Response q = rest.signed("GET", "/api/v3/order", new Params().add("symbol", filters.symbol()).add("origClientOrderId", client), 4, false);
        if (!q.ok()) return false;
        JsonNode o = q.body();
        Order adopted = Order.of(2_000_000_000L + o.path("orderId").asLong(), filters.symbol(), Reports.side(o.path("side").asText()),
                OrderType.LIMIT, o.path("origQty").asDouble()).tag("adopted " + client).build();
        tracker.register(adopted, client, true);
        applyAll(Reports.order(o));
        if (tracker.byClientId(client).filled() < o.path("executedQty").asDouble() - 1e-12) fetchTrades(tracker.byClientId(client));
        log.accept("binance: unknown order " + client + " on " + filters.symbol() + " adopted");
        return true;
    }

    /** The account's free plus locked balance of an asset (a request on the request thread). Blocks. */
    public double balance(String asset) { return await(worker.submit(() -> balanceOf(asset))); }

    private double baseBalance() { return balanceOf(filters.base()); }

    private double balanceOf(String asset) {
        TradeRest.Response a = rest.signed("GET", "/api/v3/account", new Params().add("omitZeroBalances", "true"), 20, false);
        if (!a.ok()) throw new IllegalStateException("binance: account: " + a.reason());
        for (JsonNode b : a.body().path("balances")) {
            if (b.path("asset").asText().equals(asset)) return b.path("free").asDouble() + b.path("locked").asDouble();
        }
        return 0;
    }

    private double reference() {
        long now = rest.serverMillis();
        if (avgPriceAt == 0 || now - avgPriceAt > 10_000) {
            TradeRest.Response r = rest.get("/api/v3/avgPrice", new Params().add("symbol", filters.symbol()), 2);
            if (r.ok()) {
                avgPrice = r.body().path("price").asDouble(Double.NaN);
                avgPriceAt = now;
            }
        }
        return Double.isNaN(avgPrice) ? lastPrice : avgPrice;
    }

    /** Realized plus marked profit and loss of the run's fills, in the quote asset, net of fees. */
    public double pnl(double price) {
        double cash = 0;
        for (var f : tracker.fills()) {
            cash -= f.side().sign() * f.quantity() * f.price();
            cash -= tracker.fees().inQuote(f.commission(), f.commissionAsset(), f.price());
            if (f.commissionAsset() != null && f.commissionAsset().equals(filters.base())) cash += f.commission() * f.price();
        }
        return cash + tracker.position() * price; // commissions in the base asset already left the position
    }

    private void guarded(Runnable r) {
        if (dead) return;
        try {
            r.run();
        } catch (RuntimeException e) {
            log.accept("binance: " + e.getMessage());
        }
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }
}
