package dev.tradewind.cli;

import dev.tradewind.live.FeedState;
import dev.tradewind.live.paper.PaperFeed;
import dev.tradewind.model.Order;
import dev.tradewind.model.RunSink;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * What a paper run shows on its status line: the account after the last bar (a {@link RunSink} on the kernel's
 * thread), orders created on the last bar's UTC day, and the feed's state. {@link #line} is read from another thread.
 */
final class PaperStatus implements RunSink {
    private static final long DAY = 86_400_000_000_000L;
    private volatile double equity = Double.NaN;
    private volatile double position;
    private volatile long day = Long.MIN_VALUE;
    private volatile int ordersToday;
    private volatile int orders;

    @Override
    public void equity(long time, double equity, double cash, double position) {
        this.equity = equity;
        this.position = position;
        long d = Math.floorDiv(time, DAY);
        if (d != day) {
            day = d;
            ordersToday = 0;
        }
    }

    @Override
    public void order(Order order) {
        long d = Math.floorDiv(order.time(), DAY);
        if (d != day) {
            day = d;
            ordersToday = 0;
        }
        ordersToday++;
        orders++;
    }

    int orders() { return orders; }

    double position() { return position; }

    double equity() { return equity; }

    /**
     * One line: {@code last bar 2023-08-01 04:00 close 4.252 | position 0 | equity 10000.00 | orders today 2 | feed
     * connected, lag 0.4 s}. The lag is how long after its close the last bar arrived.
     */
    String line(PaperFeed feed, long intervalNanos, FeedState state) {
        StringBuilder b = new StringBuilder();
        long last = feed.last();
        if (last == PaperFeed.NONE) {
            b.append("waiting for the first bar");
        } else {
            b.append("last bar ").append(time(last)).append(" close ").append(num(feed.lastClose()));
        }
        b.append(" | position ").append(num(position));
        b.append(" | equity ").append(Double.isNaN(equity) ? "-" : String.format(Locale.ROOT, "%.2f", equity));
        b.append(" | orders today ").append(ordersToday);
        b.append(" | feed ").append(state == null ? "not started" : state.status().name().toLowerCase(Locale.ROOT));
        if (last != PaperFeed.NONE && feed.lastReceived() != PaperFeed.NONE) {
            double lag = (feed.lastReceived() - (last + intervalNanos)) / 1e9;
            b.append(", lag ").append(lag < 100 ? String.format(Locale.ROOT, "%.1f s", lag)
                    : String.format(Locale.ROOT, "%.0f min (catching up)", lag / 60));
        }
        return b.toString();
    }

    private static String time(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L)).atOffset(ZoneOffset.UTC).toLocalDateTime().toString()
                .replace('T', ' ');
    }

    private static String num(double x) { return PaperStatusText.num(x); }

    /** Both sinks, in order. */
    static RunSink tee(RunSink a, RunSink b) {
        return new RunSink() {
            @Override public void order(Order o) { a.order(o); b.order(o); }
            @Override public void event(dev.tradewind.model.OrderEvent e) { a.event(e); b.event(e); }
            @Override public void trade(dev.tradewind.model.Trade t) { a.trade(t); b.trade(t); }
            @Override public void equity(long t, double e, double c, double p) { a.equity(t, e, c, p); b.equity(t, e, c, p); }
            @Override public void signal(dev.tradewind.model.Signal s) { a.signal(s); b.signal(s); }
            @Override public void ledger(dev.tradewind.model.LedgerEntry l) { a.ledger(l); b.ledger(l); }
            @Override public void log(dev.tradewind.model.LogLine l) { a.log(l); b.log(l); }
            @Override public void stepDone(long t) { a.stepDone(t); b.stepDone(t); }
            @Override public void finished() { a.finished(); b.finished(); }
        };
    }
}
