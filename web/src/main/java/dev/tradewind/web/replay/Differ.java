package dev.tradewind.web.replay;

import dev.tradewind.model.Fill;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a run's orders, fills and equity with its backtest's. Two orders are the same decision when they have the
 * same side and type, both are or both are not a bracket's child, and were sent at most {@code window} apart (the
 * nearest in time wins, then the lower id); quantities and prices may differ. Matched orders pair their fills in order
 * (first with first); everything else is reported on one side only. Equity is paired by bar time. Orders and fills are
 * listed by time, the earlier of the two for a pair.
 */
public final class Differ {
    private Differ() {}

    /**
     * @param multiplier the instrument's contract multiplier (slippage in quote currency)
     * @param window     the most two matched orders' times may differ (ns), e.g. one bar
     */
    public static Comparison diff(Recorded live, Recorded backtest, double multiplier, long window) {
        List<OrderMatch> orders = orders(live.orders(), backtest.orders(), window);
        List<FillMatch> fills = fills(orders, live.fills(), backtest.fills());
        List<EquityGap> equity = equity(live, backtest);
        return new Comparison(Summary.of(orders, fills, equity, multiplier), orders, fills, equity);
    }

    static List<OrderMatch> orders(List<OrderRecord> live, List<OrderRecord> backtest, long window) {
        List<OrderRecord> back = sorted(backtest);
        boolean[] used = new boolean[back.size()];
        List<OrderMatch> out = new ArrayList<>();
        int start = 0;
        for (OrderRecord l : sorted(live)) {
            long t = l.order().time();
            while (start < back.size() && (used[start] || back.get(start).order().time() < t - window)) start++;
            int best = -1;
            for (int j = start; j < back.size() && back.get(j).order().time() <= t + window; j++) {
                if (used[j] || back.get(j).order().time() < t - window || !same(l.order(), back.get(j).order())) continue;
                if (best < 0 || Math.abs(back.get(j).order().time() - t) < Math.abs(back.get(best).order().time() - t)) best = j;
            }
            if (best >= 0) used[best] = true;
            out.add(new OrderMatch(l, best < 0 ? null : back.get(best)));
        }
        for (int j = 0; j < back.size(); j++) if (!used[j]) out.add(new OrderMatch(null, back.get(j)));
        out.sort(Comparator.comparingLong(Differ::time));
        return out;
    }

    private static boolean same(Order a, Order b) {
        return a.side() == b.side() && a.type() == b.type() && a.isChild() == b.isChild();
    }

    private static List<OrderRecord> sorted(List<OrderRecord> orders) {
        List<OrderRecord> s = new ArrayList<>(orders);
        s.sort(Comparator.comparingLong((OrderRecord o) -> o.order().time()).thenComparingLong(o -> o.order().id()));
        return s;
    }

    private static long time(OrderMatch m) {
        if (m.live() == null || m.backtest() == null) return (m.live() != null ? m.live() : m.backtest()).order().time();
        return Math.min(m.live().order().time(), m.backtest().order().time());
    }

    static List<FillMatch> fills(List<OrderMatch> orders, List<Fill> live, List<Fill> backtest) {
        Map<Long, List<Fill>> byLive = byOrder(live), byBack = byOrder(backtest);
        List<FillMatch> out = new ArrayList<>();
        for (OrderMatch o : orders) {
            List<Fill> l = o.live() == null ? List.of() : byLive.getOrDefault(o.live().order().id(), List.of());
            List<Fill> b = o.backtest() == null ? List.of() : byBack.getOrDefault(o.backtest().order().id(), List.of());
            for (int k = 0; k < Math.max(l.size(), b.size()); k++) {
                out.add(new FillMatch(k < l.size() ? l.get(k) : null, k < b.size() ? b.get(k) : null));
            }
        }
        out.sort(Comparator.comparingLong(Differ::time));
        return out;
    }

    /** The earlier of a pair's two times: the table reads in the order things happened on either side. */
    private static long time(FillMatch f) {
        if (f.live() == null || f.backtest() == null) return (f.live() != null ? f.live() : f.backtest()).time();
        return Math.min(f.live().time(), f.backtest().time());
    }

    private static Map<Long, List<Fill>> byOrder(List<Fill> fills) {
        Map<Long, List<Fill>> m = new HashMap<>();
        for (Fill f : fills) m.computeIfAbsent(f.orderId(), k -> new ArrayList<>()).add(f);
        return m;
    }

    static List<EquityGap> equity(Recorded live, Recorded backtest) {
        long[] a = live.time(), b = backtest.time();
        List<EquityGap> out = new ArrayList<>(Math.max(a.length, b.length));
        int i = 0, j = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                out.add(new EquityGap(a[i], live.equity()[i++], Double.NaN));
            } else if (i == a.length || b[j] < a[i]) {
                out.add(new EquityGap(b[j], Double.NaN, backtest.equity()[j++]));
            } else {
                out.add(new EquityGap(a[i], live.equity()[i++], backtest.equity()[j++]));
            }
        }
        return out;
    }
}
