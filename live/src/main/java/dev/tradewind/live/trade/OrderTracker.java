package dev.tradewind.live.trade;

import dev.tradewind.engine.VenueListener;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Liquidity;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a run knows of its orders on an exchange, and the one place where exchange reports become the kernel's
 * {@link OrderEvent}s. Reports may come twice (a REST response and the user data stream, a replayed stream, a
 * reconciliation) and in any order; the tracker emits each transition once: Accepted before anything else, one
 * Filled per exchange trade id (remaining counted from the fills it has emitted, so two trades arriving swapped still
 * end at 0; a commission charged in the base asset is taken off the fill's quantity and valued in the fee, so the
 * run's position and cash follow the account's balances exactly), and Canceled/Expired only after every fill the exchange counted for the order ({@code cumQuantity}) has
 * been emitted; until then {@link #apply} answers {@link Outcome#NEEDS_TRADES} so the caller fetches the missing
 * trades. Thread-safe: reports arrive on the request thread and the stream thread; events leave in one order.
 */
public final class OrderTracker {
    private static final double EPS = 1e-9;

    /** What {@link #apply} made of a report. */
    public enum Outcome { APPLIED, DUPLICATE, UNKNOWN_ORDER, NEEDS_TRADES }

    /** One order's state as known here. */
    public static final class Tracked {
        final Order order;
        final String clientId;
        boolean external;
        long venueOrderId;
        boolean accepted;
        boolean done;
        boolean unsure;
        double filled;
        double exchangeFilled;
        ExecReport.Status pending;
        String pendingReason = "";
        String end;
        long endTime = Long.MAX_VALUE;
        final Set<Long> trades = new HashSet<>();

        Tracked(Order order, String clientId, boolean external) {
            this.order = order;
            this.clientId = clientId;
            this.external = external;
        }

        public Order order() { return order; }
        public String clientId() { return clientId; }
        public long venueOrderId() { return venueOrderId; }
        public boolean accepted() { return accepted; }
        public boolean done() { return done; }
        public double filled() { return filled; }
        /** A submit whose outcome the exchange never confirmed (timeouts on every attempt); reconciliation settles it. */
        public boolean unsure() { return unsure; }
        /** Not the strategy's: an order adopted from the exchange or sent by the kill switch; no event reaches the run. */
        public boolean external() { return external; }
        public double remaining() { return Math.max(0, order.quantity() - filled); }
    }

    private final FeeValuation fees;
    private final Map<String, Tracked> byClient = new LinkedHashMap<>();
    private final Map<Long, Tracked> byId = new HashMap<>();
    private final List<ExchangeFill> fills = new ArrayList<>();
    private final List<String> anomalies = new ArrayList<>();
    private VenueListener listener;
    private OrderJournal journal;
    private long nextFillId = 1;
    private double baseline = Double.NaN;
    private long duplicates;

    public OrderTracker(FeeValuation fees) { this.fees = fees; }

    public synchronized void listener(VenueListener l) { listener = l; }

    /** Records every order, acceptance, fill and end in {@code j} before the run hears of it. */
    public synchronized void journal(OrderJournal j) { journal = j; }

    /**
     * Takes back what an earlier process of the same run recorded: its orders (tracked as external: the new kernel
     * never sent them, so their later events do not reach it, but their fills count in {@link #position} and
     * reconciliation settles them), their exchange ids, fills and ends. Nothing is emitted.
     */
    public synchronized void restore(List<String[]> lines) {
        for (String[] l : lines) {
            switch (l[0]) {
                case "S" -> {
                    Tracked t = new Tracked(OrderJournal.order(l), l[1], true);
                    byClient.put(l[1], t);
                }
                case "A" -> {
                    Tracked t = byClient.get(l[1]);
                    if (t != null) { t.accepted = true; t.venueOrderId = Long.parseLong(l[2]); }
                }
                case "F" -> {
                    Tracked t = byClient.get(l[1]);
                    long trade = Long.parseLong(l[2]);
                    if (t == null || !t.trades.add(trade)) continue;
                    double q = Double.parseDouble(l[3]);
                    t.filled += q;
                    t.accepted = true;
                    fills.add(new ExchangeFill(t.order.id(), l[1], trade, t.order.side(), q, Double.parseDouble(l[4]),
                            Double.parseDouble(l[5]), l[6].equals("-") ? null : l[6], Boolean.parseBoolean(l[7]), Long.parseLong(l[8])));
                    nextFillId++;
                }
                case "E" -> {
                    Tracked t = byClient.get(l[1]);
                    if (t != null) {
                        t.done = true;
                        t.end = l[2];
                        if (l.length > 3) t.endTime = Long.parseLong(l[3]);
                    }
                }
                case "B" -> baseline = Double.parseDouble(l[1]);
                default -> { }
            }
        }
    }

    /** Starts tracking an order before it is sent. */
    public synchronized Tracked register(Order order, String clientId) { return register(order, clientId, false); }

    /** Starts tracking an order whose events must not reach the run (adopted, or the kill switch's own). */
    public synchronized Tracked register(Order order, String clientId, boolean external) {
        Tracked t = new Tracked(order, clientId, external);
        if (journal != null) journal.sent(order, clientId);
        byClient.put(clientId, t);
        if (!external) byId.put(order.id(), t);
        return t;
    }

    public synchronized Tracked byClientId(String clientId) { return byClient.get(clientId); }

    public synchronized Tracked byOrderId(long id) { return byId.get(id); }

    public synchronized Tracked byVenueId(long venueOrderId) {
        for (Tracked t : byClient.values()) if (t.venueOrderId == venueOrderId && venueOrderId != 0) return t;
        return null;
    }

    /** Refuses an order that never reached the exchange, or that the exchange refused. */
    public synchronized void reject(long orderId, long time, String reason) { reject(byId.get(orderId), time, reason); }

    /** Refuses a tracked order (also one restored from the journal) that the exchange never accepted. */
    public synchronized void reject(Tracked t, long time, String reason) {
        if (t == null || t.done || t.accepted) return;
        finish(t, "REJECTED", time);
        emit(t, new OrderEvent.Rejected(t.order.id(), time, reason));
    }

    /** Marks a submit whose outcome is unknown after every retry. */
    public synchronized void unsure(long orderId) {
        Tracked t = byId.get(orderId);
        if (t != null) t.unsure = true;
    }

    /** Applies one report; see the class comment. */
    public synchronized Outcome apply(ExecReport r) {
        Tracked t = byClient.get(r.clientId());
        if (t == null && r.venueOrderId() != 0) t = byVenueId(r.venueOrderId());
        if (t == null) return Outcome.UNKNOWN_ORDER;
        t.unsure = false;
        if (r.venueOrderId() != 0 && t.venueOrderId != r.venueOrderId()) {
            t.venueOrderId = r.venueOrderId();
            if (journal != null) journal.accepted(t.clientId, t.venueOrderId);
        }
        if (t.done) {
            if (r.hasTrade() && !t.trades.contains(r.tradeId())) anomalies.add("trade " + r.tradeId() + " for finished order " + t.clientId);
            duplicates++;
            return Outcome.DUPLICATE;
        }
        if (r.status() == ExecReport.Status.REJECTED && !t.accepted) {
            finish(t, "REJECTED", r.time());
            emit(t, new OrderEvent.Rejected(t.order.id(), r.time(), r.reason()));
            return Outcome.APPLIED;
        }
        boolean changed = false;
        if (!t.accepted) {
            t.accepted = true;
            changed = true;
            emit(t, new OrderEvent.Accepted(t.order.id(), r.time()));
        }
        if (r.hasTrade() && t.trades.add(r.tradeId())) {
            changed = true;
            t.filled += r.lastQuantity();
            double remaining = t.order.quantity() - t.filled;
            if (remaining < EPS * Math.max(1, t.order.quantity())) remaining = 0;
            double fee = fees.inQuote(r.commission(), r.commissionAsset(), r.lastPrice());
            if (Double.isNaN(fee)) {
                anomalies.add("commission " + r.commission() + " " + r.commissionAsset() + " of trade " + r.tradeId() + " has no quote price: counted as 0");
                fee = 0;
            }
            ExchangeFill x = new ExchangeFill(t.order.id(), t.clientId, r.tradeId(), t.order.side(), r.lastQuantity(), r.lastPrice(),
                    r.commission(), r.commissionAsset(), r.maker(), r.time());
            Fill f = kernelFill(t.order, x, nextFillId++, fee);
            fills.add(x);
            if (journal != null) journal.fill(x);
            if (remaining == 0) finish(t, "FILLED", r.time());
            emit(t, new OrderEvent.Filled(t.order.id(), r.time(), f, remaining));
        }
        if (!Double.isNaN(r.cumQuantity())) t.exchangeFilled = Math.max(t.exchangeFilled, r.cumQuantity());
        if (r.status().terminal() && t.pending == null) {
            t.pending = r.status();
            t.pendingReason = r.reason();
        }
        if (!t.done && t.pending != null && t.filled >= t.exchangeFilled - EPS) {
            switch (t.pending) {
                case CANCELED -> { finish(t, "CANCELED", r.time()); emit(t, new OrderEvent.Canceled(t.order.id(), r.time())); }
                case EXPIRED, REJECTED -> { finish(t, "EXPIRED", r.time()); emit(t, new OrderEvent.Expired(t.order.id(), r.time())); }
                default -> { }
            }
            changed = true;
        }
        if (!t.done && t.pending != null) return Outcome.NEEDS_TRADES;
        if (!changed) duplicates++;
        return changed ? Outcome.APPLIED : Outcome.DUPLICATE;
    }

    private void finish(Tracked t, String status, long time) {
        t.done = true;
        t.end = status;
        t.endTime = time;
        if (journal != null) journal.done(t.clientId, status, time);
    }

    /**
     * The run's fill for an exchange trade: a commission taken from the base asset leaves the account's position, so
     * the fill's quantity is net of it, and the fee is the commission valued in the quote asset.
     */
    Fill kernelFill(Order order, ExchangeFill x, long fillId, double feeInQuote) {
        double kernelQty = x.quantity();
        if (x.commissionAsset() != null && x.commissionAsset().equals(fees.base())) kernelQty -= order.side().sign() * x.commission();
        return new Fill(fillId, order.id(), x.time(), order.symbol(), order.side(), kernelQty, x.price(), feeInQuote,
                x.maker() ? Liquidity.MAKER : Liquidity.TAKER);
    }

    /** The same with the fee valued as a fill applied now would be (0 when the asset has no quote price). */
    Fill kernelFill(Order order, ExchangeFill x, long fillId) {
        double fee = fees.inQuote(x.commission(), x.commissionAsset(), x.price());
        return kernelFill(order, x, fillId, Double.isNaN(fee) ? 0 : fee);
    }

    /** Makes a restored order the run's own again: its later events reach the run (a resumed run replayed it). */
    void own(Tracked t) {
        t.external = false;
        byId.put(t.order.id(), t);
    }

    /** Everything restored, for {@link JournalReplay}: the orders by client id and the fills in order (live views). */
    Map<String, Tracked> clients() { return byClient; }

    List<ExchangeFill> fillList() { return fills; }

    private void emit(Tracked t, OrderEvent e) {
        if (listener != null && !t.external) listener.onEvent(e);
    }

    /**
     * Emits the Canceled or Expired an order was waiting for once its missing trades have been applied; returns the
     * orders still waiting.
     */
    public synchronized int settle(long time) {
        int waiting = 0;
        for (Tracked t : byClient.values()) {
            if (t.done || t.pending == null) continue;
            if (t.filled < t.exchangeFilled - EPS) {
                waiting++;
                continue;
            }
            switch (t.pending) {
                case CANCELED -> { finish(t, "CANCELED", time); emit(t, new OrderEvent.Canceled(t.order.id(), time)); }
                case EXPIRED, REJECTED -> { finish(t, "EXPIRED", time); emit(t, new OrderEvent.Expired(t.order.id(), time)); }
                default -> waiting++;
            }
        }
        return waiting;
    }

    /**
     * The base asset's balance before the run's first fill, as the run's first process measured it (NaN until then);
     * the account should hold this plus {@link #position}. Kept in the journal, so a resumed run compares with the
     * same baseline instead of absorbing what happened while it was down.
     */
    public synchronized double baseline() { return baseline; }

    /** Sets the baseline once and journals it. */
    public synchronized void baseline(double balance) {
        if (!Double.isNaN(baseline)) return;
        baseline = balance;
        if (journal != null) journal.baseline(balance);
    }

    /** Orders not finished, in submission order. */
    public synchronized List<Tracked> open() {
        List<Tracked> out = new ArrayList<>();
        for (Tracked t : byClient.values()) if (!t.done) out.add(t);
        return out;
    }

    public synchronized List<Tracked> all() { return new ArrayList<>(byClient.values()); }

    /** Every execution applied, in the order applied. */
    public synchronized List<ExchangeFill> fills() { return List.copyOf(fills); }

    /** The run's signed base-asset position from its fills, net of commission charged in the base asset. */
    public synchronized double position() {
        double p = 0;
        for (ExchangeFill f : fills) {
            p += f.side().sign() * f.quantity();
            if (f.commissionAsset() != null && f.commissionAsset().equals(fees.base())) p -= f.commission();
        }
        return p;
    }

    /** The signed quantity still working in open orders. */
    public synchronized double openQuantity() {
        double q = 0;
        for (Tracked t : byClient.values()) if (!t.done) q += t.order.side().sign() * t.remaining();
        return q;
    }

    /** Reports that changed nothing (the same report twice, a stale status). */
    public synchronized long duplicates() { return duplicates; }

    /** Things that should not happen (a trade for an order already finished), for the run's log. */
    public synchronized List<String> anomalies() { return List.copyOf(anomalies); }

    public FeeValuation fees() { return fees; }

    /** The side a report's quantity moves the position by. */
    static int sign(Side s) { return s.sign(); }
}
