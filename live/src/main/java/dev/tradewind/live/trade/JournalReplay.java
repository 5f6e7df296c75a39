package dev.tradewind.live.trade;

import dev.tradewind.engine.VenueListener;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a resumed live run gets its kernel and its strategy back: the run's bars are replayed through a fresh strategy,
 * and every order it decides on a bar of history is checked against the order the journal says it sent with the same
 * id (side, type, quantity, prices) instead of being sent. What the exchange did with those orders (accepted, each
 * fill, the end) is told to the kernel from the journal, fills and ends at their own times between the bars, so the
 * strategy sees its past as it happened. At the first live bar, {@link #goLive} tells what is left and hands the
 * orders back to the {@link OrderTracker}: from then on their exchange events reach the run as new ones do.
 *
 * <p>An order decided on a bar of history that the journal does not have (warm-up, or bars missed while the run was
 * down) is refused, never sent. Differences (an order unlike the journal's, a journal order not made again) are
 * collected: the caller halts the run on them. Thread-safe (locks the tracker).
 */
public final class JournalReplay {
    private final OrderTracker tracker;
    private final String runPrefix;
    private final Map<Long, OrderTracker.Tracked> made = new LinkedHashMap<>();
    private final Map<Long, Double> told = new HashMap<>();
    private final Set<Integer> fillsTold = new HashSet<>();
    private final Set<Long> endsTold = new HashSet<>();
    private final List<String> differences = new ArrayList<>();
    private VenueListener out;
    private int resubmitted;

    /** @param runId the run's id: its orders' client ids are {@code runId + "s" + session + "-" + orderId} */
    public JournalReplay(OrderTracker tracker, String runId) {
        this.tracker = tracker;
        this.runPrefix = runId + "s";
    }

    /** Where the kernel's events go (the run's listener). */
    public void connect(VenueListener l) {
        synchronized (tracker) {
            out = l;
        }
    }

    /**
     * The strategy sent {@code o} on a bar of history. Returns null when the journal has the same order (the kernel is
     * then told it was accepted, if it was), else why it is not sent.
     */
    public String resubmitted(Order o) {
        synchronized (tracker) {
            OrderTracker.Tracked t = journaled(o.id());
            if (t == null) return "decided on a bar of history (warm-up, or bars missed while the run was down): not sent";
            String diff = differs(t.order(), o);
            if (diff != null) {
                differences.add("order " + o.id() + " replayed " + diff + " than journaled " + t.clientId());
                return "replayed unlike the journal's " + t.clientId() + " (" + diff + "): not sent";
            }
            made.put(o.id(), t);
            resubmitted++;
            if (t.accepted) tell(new OrderEvent.Accepted(o.id(), o.time()));
            return null;
        }
    }

    /** Tells the kernel the journal's fills and ends of orders made again that happened before {@code time} (ns). */
    public void until(long time) {
        synchronized (tracker) {
            tellUntil(time);
        }
    }

    /**
     * Tells the kernel everything left for the orders made again and makes them the run's own in the tracker, in one
     * step (no exchange event falls between). Returns the differences found, empty when the replay agreed.
     */
    public List<String> goLive() {
        synchronized (tracker) {
            tellUntil(Long.MAX_VALUE);
            for (OrderTracker.Tracked t : tracker.clients().values()) {
                if (ours(t) && made.get(t.order().id()) != t) differences.add("journaled order " + t.clientId() + " was not made again by the strategy");
            }
            for (OrderTracker.Tracked t : made.values()) tracker.own(t);
            return List.copyOf(differences);
        }
    }

    /** Whether the strategy made order {@code orderId} again and the journal has it. */
    public boolean remade(long orderId) {
        synchronized (tracker) {
            return made.containsKey(orderId);
        }
    }

    /** Orders the strategy made again that the journal has. */
    public int resubmitted() {
        synchronized (tracker) {
            return resubmitted;
        }
    }

    private void tellUntil(long time) {
        List<ExchangeFill> fills = tracker.fillList();
        for (int i = 0; i < fills.size(); i++) {
            ExchangeFill x = fills.get(i);
            OrderTracker.Tracked t = made.get(x.orderId());
            if (fillsTold.contains(i) || t == null || !t.clientId().equals(x.clientId()) || x.time() >= time) continue;
            fillsTold.add(i);
            double done = told.merge(t.order().id(), x.quantity(), Double::sum);
            double remaining = t.order().quantity() - done;
            if (remaining < 1e-9 * Math.max(1, t.order().quantity())) remaining = 0;
            tell(new OrderEvent.Filled(t.order().id(), x.time(), tracker.kernelFill(t.order(), x, i + 1), remaining));
        }
        for (OrderTracker.Tracked t : made.values()) {
            long id = t.order().id();
            if (!t.done || endsTold.contains(id) || "FILLED".equals(t.end)) continue;
            if (time != Long.MAX_VALUE && (t.endTime >= time || told.getOrDefault(id, 0.0) < t.filled - 1e-12)) continue;
            endsTold.add(id);
            long at = t.endTime == Long.MAX_VALUE ? t.order().time() : t.endTime;
            tell(switch (t.end == null ? "CANCELED" : t.end) {
                case "EXPIRED" -> new OrderEvent.Expired(id, at);
                case "REJECTED" -> new OrderEvent.Rejected(id, at, "rejected by the exchange (journal)");
                default -> new OrderEvent.Canceled(id, at);
            });
        }
    }

    private OrderTracker.Tracked journaled(long orderId) {
        for (OrderTracker.Tracked t : tracker.clients().values()) if (ours(t) && t.order().id() == orderId) return t;
        return null;
    }

    /** An order a strategy of this run sent (not the kill switch's, not adopted), restored from the journal. */
    private boolean ours(OrderTracker.Tracked t) {
        return t.external && t.clientId().startsWith(runPrefix) && t.order().id() < 1_000_000_000L;
    }

    private static String differs(Order journaled, Order o) {
        if (journaled.side() != o.side()) return "a " + o.side() + " rather";
        if (journaled.type() != o.type()) return "a " + o.type() + " rather";
        // a bracket's exit went out with what its entry filled, not the quantity the kernel gave it
        if (!o.isChild() && Math.abs(journaled.quantity() - o.quantity()) > 1e-9 * Math.max(1, o.quantity())) return "for " + o.quantity() + " rather";
        if (!same(journaled.limitPrice(), o.limitPrice())) return "at limit " + o.limitPrice() + " rather";
        if (!same(journaled.stopPrice(), o.stopPrice())) return "at stop " + o.stopPrice() + " rather";
        return null;
    }

    private static boolean same(double a, double b) {
        return Double.isNaN(a) ? Double.isNaN(b) : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }

    private void tell(OrderEvent e) {
        if (out != null) out.onEvent(e);
    }
}
