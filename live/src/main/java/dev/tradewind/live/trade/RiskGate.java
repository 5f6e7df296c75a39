package dev.tradewind.live.trade;

import dev.tradewind.model.Clock;
import dev.tradewind.model.Order;
import java.util.ArrayDeque;

/**
 * A live run's own limits, checked before an order leaves the process: the notional the run may hold (position plus
 * working orders plus this order, valued at the order's or the last price), orders per rolling minute, and a daily
 * loss limit (from the run's profit and loss, marked to the last price; the day is the UTC day) that halts the run.
 * A halted gate refuses every new order with the reason it halted; the kill switch halts it. Thread-safe.
 */
public final class RiskGate {
    private static final long MINUTE = 60_000_000_000L;
    private static final long DAY = 86_400_000_000_000L;
    private final double maxNotional;
    private final int maxOrdersPerMinute;
    private final double maxDailyLoss;
    private final Clock clock;
    private final ArrayDeque<Long> sent = new ArrayDeque<>();
    private volatile String halted;
    private long day = Long.MIN_VALUE;
    private double dayStartPnl;

    /** @param maxOrdersPerMinute 0 for no limit; @param maxDailyLoss positive amount of quote currency, 0 for none */
    public RiskGate(double maxNotional, int maxOrdersPerMinute, double maxDailyLoss, Clock clock) {
        if (!(maxNotional > 0)) throw new IllegalArgumentException("max notional must be positive");
        this.maxNotional = maxNotional;
        this.maxOrdersPerMinute = maxOrdersPerMinute;
        this.maxDailyLoss = maxDailyLoss;
        this.clock = clock;
    }

    /**
     * Why {@code o} may not be sent, or null; a passed order counts against the per-minute limit.
     *
     * @param price    the price to value it at (its limit, else the last price)
     * @param position the run's signed position
     * @param working  the signed quantity of its working orders
     */
    public synchronized String check(Order o, double price, double position, double working) {
        if (halted != null) return "risk: halted (" + halted + ")";
        long now = clock.nanos();
        while (!sent.isEmpty() && sent.peekFirst() <= now - MINUTE) sent.pollFirst();
        if (maxOrdersPerMinute > 0 && sent.size() >= maxOrdersPerMinute) {
            return "risk: " + maxOrdersPerMinute + " orders in the last minute (max-orders-per-minute)";
        }
        double after = Math.abs(position + working + o.side().sign() * o.quantity()) * price;
        double before = Math.abs(position + working) * price;
        if (after > maxNotional + 1e-9 && after > before) {
            return String.format(java.util.Locale.ROOT, "risk: notional %.2f after this order > max-notional %.2f", after, maxNotional);
        }
        sent.addLast(now);
        return null;
    }

    /** Tells the gate the run's profit and loss now (realized + marked, quote currency); halts past the daily loss. */
    public synchronized void pnl(double pnl) {
        long d = Math.floorDiv(clock.nanos(), DAY);
        if (d != day) {
            day = d;
            dayStartPnl = pnl;
        }
        if (maxDailyLoss > 0 && dayStartPnl - pnl > maxDailyLoss && halted == null) {
            halted = String.format(java.util.Locale.ROOT, "daily loss %.2f > max-daily-loss %.2f", dayStartPnl - pnl, maxDailyLoss);
        }
    }

    /** Stops all new orders. */
    public void halt(String why) { if (halted == null) halted = why; }

    /** Why the gate halted, or null while it is open. */
    public String halted() { return halted; }

    public double maxNotional() { return maxNotional; }
}
