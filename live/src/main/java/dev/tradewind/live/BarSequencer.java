package dev.tradewind.live;

import dev.tradewind.model.Clock;

import java.util.List;

/**
 * Delivers one symbol's closed bars in order, with no gap and no duplicate: a bar at or before the last delivered one
 * (or before the first wanted) is dropped and counted; a bar after a hole is preceded by the missing bars fetched from the exchange's history; a
 * hole the history cannot fill either is reported through {@link MarketDataListener#onGap}. Bars from history that are
 * still forming (close after now) are never delivered. Not thread-safe: the client calls it from its feed thread.
 */
public final class BarSequencer {
    private static final System.Logger LOG = System.getLogger(BarSequencer.class.getName());
    private static final long NONE = Long.MIN_VALUE;

    private final String symbol;
    private final String interval;
    private final long from;
    private final HistoryClient history;
    private final MarketDataListener out;
    private final Clock clock;
    private long last = NONE;
    private long dropped;
    private long restBars;
    private long gaps;

    /** @param from the first open time wanted (epoch ns), or {@link Subscription#LIVE} */
    public BarSequencer(String symbol, String interval, long from, HistoryClient history, MarketDataListener out, Clock clock) {
        this.symbol = symbol;
        this.interval = interval;
        this.from = from;
        this.history = history;
        this.out = out;
        this.clock = clock;
    }

    /** A closed bar from the stream. */
    public void offer(MarketEvent.Bar bar) {
        if (last != NONE ? bar.openTime() <= last : from != Subscription.LIVE && bar.openTime() < from) {
            dropped++;
            return;
        }
        long expected = last != NONE ? history.nextOpen(interval, last) : from;
        if (expected != Subscription.LIVE && bar.openTime() > expected) fill(expected, bar.openTime());
        deliver(bar, false);
    }

    /** Fetches and delivers every closed bar after the last delivered one (or from the first wanted) up to now. */
    public void catchUp() {
        long start = last != NONE ? history.nextOpen(interval, last) : from;
        if (start != Subscription.LIVE) fill(start, Long.MAX_VALUE);
    }

    /** Delivers the closed bars with {@code start <= open < end} from history, page by page. */
    private void fill(long start, long end) {
        long now = clock.nanos();
        try {
            while (start < end && start <= now) {
                List<MarketEvent.Bar> page = history.bars(symbol, interval, start, Math.min(end - 1, now), history.pageSize());
                for (MarketEvent.Bar b : page) {
                    if (b.openTime() >= end || b.closeTime() > now) return;
                    if (last != NONE && b.openTime() <= last) continue;
                    restBars++;
                    deliver(new MarketEvent.Bar(b.symbol(), b.interval(), b.openTime(), b.closeTime(), b.open(), b.high(),
                            b.low(), b.close(), b.volume(), b.tsEvent(), now), true);
                }
                if (page.size() < history.pageSize()) return;
                start = history.nextOpen(interval, page.get(page.size() - 1).openTime());
            }
        } catch (ExchangeException e) {
            LOG.log(System.Logger.Level.WARNING, symbol + " " + interval + ": history request failed: " + e.getMessage());
        }
    }

    private void deliver(MarketEvent.Bar bar, boolean fromHistory) {
        if (last != NONE) {
            long expected = history.nextOpen(interval, last);
            if (bar.openTime() > expected) {
                gaps++;
                out.onGap(symbol, interval, expected, bar.openTime());
            }
        }
        last = bar.openTime();
        if (fromHistory) out.onHistory(bar);
        else out.onEvent(bar);
    }

    /** The open time of the last delivered bar (epoch ns), or Long.MIN_VALUE before the first. */
    public long last() { return last; }

    public long dropped() { return dropped; }

    public long restBars() { return restBars; }

    public long gaps() { return gaps; }
}
