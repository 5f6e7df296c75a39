package dev.tradewind.engine;

import dev.tradewind.engine.account.Portfolio;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stands between the members trading one symbol and that symbol's venue. Market orders sent in one time step are
 * netted into one venue order; its fills are given back to the members at the venue's price (the opposite side
 * crosses internally, without fees; the net side shares the venue's fills and fees pro rata). Other orders go to the
 * venue one for one. Compliance limits are applied to every order as it arrives. The account's own book of the
 * symbol follows the venue's fills.
 */
final class Router implements VenueListener {
    private final Instrument instrument;
    private final ExecutionClient venue;
    private final Portfolio account;
    private final Compliance compliance;
    private final int maxOpenPositions;
    private final Exposure exposure;
    private final List<Member> members = new ArrayList<>();
    private final Map<Long, Object> routes = new HashMap<>();
    private final List<Pooled> pool = new ArrayList<>();
    private final List<Net> crosses = new ArrayList<>();
    private final List<NettedOrder> netted = new ArrayList<>();
    private final List<ComplianceAction> actions;
    private long nextId = 1;
    private long time;
    private double lastPrice = Double.NaN;

    /** A member's order that went to the venue as is. */
    /** A member's order alone at the venue; {@code accepted}: the member was told already (a market order taken out of the pool). */
    private record Single(Member member, long memberId, boolean accepted) {}

    /** A member's market order waiting for this step's netting. */
    private record Pooled(Member member, Order order, double quantity) {}

    /** A venue order (or an internal cross) carrying several members' market orders. */
    private static final class Net {
        final List<Pooled> orders;
        final double[] filled;
        final double sameSide;
        final double otherSide;
        final Side side;
        double venueFilled;
        boolean crossed;

        Net(List<Pooled> orders, Side side) {
            this.orders = orders;
            this.filled = new double[orders.size()];
            this.side = side;
            double same = 0;
            double other = 0;
            for (Pooled p : orders) {
                if (p.order.side() == side) same += p.quantity;
                else other += p.quantity;
            }
            this.sameSide = same;
            this.otherSide = other;
        }
    }

    /** A member of this symbol: its index in the portfolio, its id and its run's listener. */
    static final class Member {
        final int index;
        final String id;
        final Map<Long, Long> venueIds = new HashMap<>();
        VenueListener run;
        long fillIds;

        Member(int index, String id) {
            this.index = index;
            this.id = id;
        }
    }

    Router(Instrument instrument, ExecutionClient venue, Portfolio account, Compliance compliance, int maxOpenPositions,
            Exposure exposure, List<ComplianceAction> actions) {
        this.instrument = instrument;
        this.maxOpenPositions = maxOpenPositions;
        this.venue = venue;
        this.account = account;
        this.compliance = compliance;
        this.exposure = exposure;
        this.actions = actions;
        venue.connect(this);
    }

    void addMember(int index, String id) { members.add(new Member(index, id)); }

    void link(int index, VenueListener run) { member(index).run = run; }

    private Member member(int index) {
        for (Member m : members) if (m.index == index) return m;
        throw new IllegalStateException("member " + index + " does not trade " + instrument.symbol());
    }

    Portfolio account() { return account; }

    List<NettedOrder> netted() { return netted; }

    void setTime(long t) { time = t; }

    void setPrice(double price) { lastPrice = price; }

    // ---- from members

    void submit(int index, Order o) {
        Member m = member(index);
        double q = comply(m, o);
        if (q <= 0) return;
        if (o.type() == OrderType.MARKET && !o.isChild()) {
            m.run.accepted(o.id(), o.time());
            if (q != o.quantity()) m.run.onEvent(new OrderEvent.Updated(o.id(), o.time(), q, dev.tradewind.model.OrderStatus.ACCEPTED));
            pool.add(new Pooled(m, o, q));
            return;
        }
        if (o.isChild()) unpool(m, o.parentId());
        long vid = nextId++;
        routes.put(vid, new Single(m, o.id(), false));
        m.venueIds.put(o.id(), vid);
        Order v = o.with(vid, mapped(m, o.parentId()), mapped(m, o.ocoId()), o.time()).withQuantity(q);
        venue.submit(v);
    }

    /** A bracket's entry may not be netted: its children need it at the venue, so it goes alone. */
    private void unpool(Member m, long parentId) {
        for (int i = 0; i < pool.size(); i++) {
            Pooled p = pool.get(i);
            if (p.member == m && p.order.id() == parentId) {
                pool.remove(i);
                long vid = nextId++;
                routes.put(vid, new Single(m, parentId, true));
                m.venueIds.put(parentId, vid);
                venue.submit(p.order.with(vid, 0, 0, p.order.time()).withQuantity(p.quantity));
                return;
            }
        }
    }

    private static long mapped(Member m, long memberId) {
        if (memberId == 0) return 0;
        Long v = m.venueIds.get(memberId);
        return v == null ? 0 : v;
    }

    void cancel(int index, long memberId, long t) {
        Member m = member(index);
        for (int i = 0; i < pool.size(); i++) {
            Pooled p = pool.get(i);
            if (p.member == m && p.order.id() == memberId) {
                pool.remove(i);
                m.run.onEvent(new OrderEvent.Canceled(memberId, t));
                return;
            }
        }
        Long vid = m.venueIds.get(memberId);
        if (vid != null) venue.cancel(vid, t);
    }

    /**
     * A member modifies a working order: one that went to the venue alone is modified there; an order netted in the
     * pool (a market order) has nothing to modify.
     */
    void modify(int index, Order replacement, long t) {
        Member m = member(index);
        Long vid = m.venueIds.get(replacement.id());
        if (vid == null) return;
        Order v = replacement.with(vid, mapped(m, replacement.parentId()), mapped(m, replacement.ocoId()), replacement.time());
        venue.modify(v, t);
    }

    /** Applies the compliance limits; returns the quantity allowed (0: rejected, the member is told why). */
    private double comply(Member m, Order o) {
        double q = o.quantity();
        if (maxOpenPositions > 0 && account.quantity() + pooledNet() == 0 && !o.reduceOnly() && !o.isChild()
                && exposure.openPositionsExcept(instrument.symbol()) >= maxOpenPositions) {
            String why = "open positions cap " + maxOpenPositions;
            actions.add(new ComplianceAction(time, m.id, o.id(), instrument.symbol(), q, 0, why));
            m.run.onEvent(new OrderEvent.Rejected(o.id(), o.time(), "compliance: " + why));
            return 0;
        }
        if (compliance.equals(Compliance.NONE) || Double.isNaN(lastPrice)) return q;
        double unit = lastPrice * instrument.multiplier();
        double pos = account.quantity() + pooledNet();
        double eq = exposure.equity();
        double s = o.side().sign();
        double room = Double.POSITIVE_INFINITY;
        String why = null;
        if (compliance.maxPerSymbol() > 0) {
            double r = room(pos, s, compliance.maxPerSymbol() * eq / unit);
            if (r < room) { room = r; why = "symbol cap " + compliance.maxPerSymbol() + "x equity"; }
        }
        if (compliance.maxGross() > 0) {
            double r = room(pos, s, (compliance.maxGross() * eq - exposure.grossExcept(instrument.symbol())) / unit);
            if (r < room) { room = r; why = "gross exposure cap " + compliance.maxGross() + "x equity"; }
        }
        if (compliance.maxNet() > 0) {
            double n0 = exposure.netExcept(instrument.symbol()) / unit + pos;
            double r = Math.max(0, compliance.maxNet() * eq / unit - s * n0);
            if (r < room) { room = r; why = "net exposure cap " + compliance.maxNet() + "x equity"; }
        }
        if (q <= room) return q;
        double allowed = instrument.roundSize(Math.max(0, room));
        actions.add(new ComplianceAction(time, m.id, o.id(), instrument.symbol(), q, allowed, why));
        if (allowed <= 0) m.run.onEvent(new OrderEvent.Rejected(o.id(), o.time(), "compliance: " + why));
        return allowed;
    }

    /** How many units in direction {@code s} keep |pos + x| within {@code limit}. */
    private static double room(double pos, double s, double limit) {
        return Math.max(0, limit - s * pos);
    }

    private double pooledNet() {
        double n = 0;
        for (Pooled p : pool) n += p.order.side().sign() * p.quantity;
        return n;
    }

    /** Sends this step's netted market order to the venue (or keeps an exact cross for the next open). */
    void flush() {
        if (pool.isEmpty()) return;
        double net = pooledNet();
        List<Pooled> orders = List.copyOf(pool);
        pool.clear();
        if (Math.abs(net) < 1e-12) {
            crosses.add(new Net(orders, Side.BUY));
            return;
        }
        Side side = net > 0 ? Side.BUY : Side.SELL;
        long vid = nextId++;
        Net n = new Net(orders, side);
        routes.put(vid, n);
        List<String> ids = new ArrayList<>();
        for (Pooled p : orders) ids.add(p.member.id + "#" + p.order.id());
        netted.add(new NettedOrder(vid, time, instrument.symbol(), side, Math.abs(net), List.copyOf(ids)));
        venue.submit(Order.of(vid, instrument.symbol(), side, OrderType.MARKET, instrument.roundSize(Math.abs(net))).at(time)
                .tag("net").build());
    }

    /** At a new bar's open: members' orders that cancelled out exactly cross here, without fees. */
    void crossAtOpen(long t, double open) {
        for (Net n : crosses) {
            for (int i = 0; i < n.orders.size(); i++) give(n, i, n.orders.get(i).quantity, open, 0, t);
        }
        crosses.clear();
    }

    // ---- from the venue

    @Override
    public void onEvent(OrderEvent e) {
        Object route = routes.get(e.orderId());
        if (route instanceof Single s) {
            if (s.accepted() && e instanceof OrderEvent.Accepted) return;
            if (e instanceof OrderEvent.Filled f) account.apply(f.fill(), 0);
            s.member.run.onEvent(Events.withOrder(e, s.memberId, ++s.member.fillIds));
            return;
        }
        Net n = (Net) route;
        switch (e) {
            case OrderEvent.Filled f -> {
                account.apply(f.fill(), 0);
                allocate(n, f.fill(), f.remaining() == 0);
            }
            case OrderEvent.Canceled c -> rest(n, i -> new OrderEvent.Canceled(n.orders.get(i).order.id(), c.time()));
            case OrderEvent.Expired x -> rest(n, i -> new OrderEvent.Expired(n.orders.get(i).order.id(), x.time()));
            case OrderEvent.Rejected r -> rest(n, i -> new OrderEvent.Rejected(n.orders.get(i).order.id(), r.time(), r.reason()));
            case OrderEvent.Accepted a -> { }
            case OrderEvent.Triggered t -> { }
            case OrderEvent.Updated u -> { }
            case OrderEvent.Modified x -> { }
        }
    }

    private void rest(Net n, java.util.function.IntFunction<OrderEvent> event) {
        for (int i = 0; i < n.orders.size(); i++) {
            if (n.filled[i] < n.orders.get(i).quantity) n.orders.get(i).member.run.onEvent(event.apply(i));
        }
    }

    /** Gives a venue fill of the net order to its members. */
    private void allocate(Net n, Fill f, boolean last) {
        n.venueFilled += f.quantity();
        if (!n.crossed) {
            n.crossed = true;
            for (int i = 0; i < n.orders.size(); i++) {
                if (n.orders.get(i).order.side() != n.side) give(n, i, n.orders.get(i).quantity, f.price(), 0, f.time());
            }
        }
        double target = n.otherSide + n.venueFilled;
        double[] share = new double[n.orders.size()];
        double total = 0;
        for (int i = 0; i < n.orders.size(); i++) {
            Pooled p = n.orders.get(i);
            if (p.order.side() != n.side) continue;
            double want = last ? p.quantity : instrument.roundSize(p.quantity / n.sameSide * target);
            share[i] = Math.max(0, want - n.filled[i]);
            if (share[i] <= 1e-12) share[i] = 0;
            total += share[i];
        }
        for (int i = 0; i < n.orders.size(); i++) {
            if (share[i] > 0) give(n, i, share[i], f.price(), f.fee() * share[i] / total, f.time());
        }
    }

    private void give(Net n, int i, double q, double price, double fee, long t) {
        Pooled p = n.orders.get(i);
        n.filled[i] += q;
        double remaining = Math.max(0, p.quantity - n.filled[i]);
        if (remaining < 1e-12) remaining = 0;
        Fill fill = new Fill(++p.member.fillIds, p.order.id(), t, p.order.symbol(), p.order.side(), q, price, fee,
                dev.tradewind.model.Liquidity.TAKER);
        p.member.run.filled(p.order.id(), t, fill, remaining);
    }

    @Override
    public double positionQuantity(dev.tradewind.model.OrderView order) {
        Object route = routes.get(order.id());
        if (route instanceof Single s) return s.member.run.positionQuantity(order);
        return account.quantity();
    }

    @Override
    public String checkFill(dev.tradewind.model.OrderView order, double quantity, double price) {
        Object route = routes.get(order.id());
        if (route instanceof Single s) return s.member.run.checkFill(order, quantity, price);
        return null;
    }
}
