package dev.tradewind.live.paper;

import dev.tradewind.engine.EventLoop;
import dev.tradewind.engine.Inbound;
import dev.tradewind.live.MarketDataListener;
import dev.tradewind.live.MarketEvent;
import dev.tradewind.model.BarSeries;
import java.util.function.LongUnaryOperator;

/**
 * The bridge from a market data client to the kernel: each closed bar of one symbol and interval becomes an
 * {@link Inbound.BarClosed} offered to the {@link EventLoop}, strictly in order. A bar at or before the last one offered
 * is dropped and counted (the client's sequencer already guarantees order; this is the kernel's own guard), so no
 * duplicate ever reaches the kernel. Bars opening at or after {@code to} are not offered: the bar before {@code to} is
 * followed by an {@link Inbound.Stop}. The symbol's quotes (best bid/ask) and trade prints become
 * {@link Inbound.QuoteTick} and {@link Inbound.PrintTick} once the bars are live (the newest bar closed at most two
 * bar lengths before them): while history is still being caught up, a quote of now must not fill an order decided on
 * an old bar. Depth and other symbols are ignored. Called on the
 * client's feed thread (and once before it starts, for the bars preloaded from the catalog); readable from any thread.
 */
public final class PaperFeed implements MarketDataListener {
    /** No bar offered yet. */
    public static final long NONE = Long.MIN_VALUE;
    private static final System.Logger LOG = System.getLogger(PaperFeed.class.getName());

    private final EventLoop loop;
    private final String symbol;
    private final String interval;
    private final long to;
    private final LongUnaryOperator nextOpen;
    private final CatalogAppender appender;
    private volatile long last = NONE;
    private volatile double lastClose = Double.NaN;
    private volatile long lastReceived = NONE;
    private volatile long bars;
    private volatile long preloaded;
    private volatile long dropped;
    private volatile long gaps;
    private volatile long lastEnd = NONE;
    private volatile long quotes;
    private volatile long prints;
    private volatile boolean stopped;
    private BarHook hook;
    private boolean history;

    /** Told of each bar just before it is offered to the kernel, on the thread that offers it. */
    @FunctionalInterface
    public interface BarHook {
        /** @param history whether the bar is from the catalog or the exchange's history rather than the live stream */
        void before(long open, long close, double c, boolean history);

        /** The bar has been handed to the event loop (a stop requested now comes after it). */
        default void after(long open, long close) {}
    }

    /** Sets the hook (before the feed starts). */
    public void hook(BarHook h) { hook = h; }

    /**
     * @param to       bars opening at or after this time (epoch ns) end the run; Long.MAX_VALUE for none
     * @param nextOpen the open time of the bar after the one opening at the argument
     * @param appender where live bars are stored as they close, or null
     */
    public PaperFeed(EventLoop loop, String symbol, String interval, long to, LongUnaryOperator nextOpen, CatalogAppender appender) {
        this.loop = loop;
        this.symbol = symbol;
        this.interval = interval;
        this.to = to;
        this.nextOpen = nextOpen;
        this.appender = appender;
    }

    /**
     * Offers stored bars (from the catalog) before the stream starts: only the run of consecutive bars that starts
     * exactly at {@code from}, so a hole in the catalog is left for the exchange's history to fill.
     *
     * @return how many bars were offered
     */
    public int preload(BarSeries stored, long from) {
        long[] t = stored.time();
        int n = 0;
        long expect = from;
        for (int i = 0; i < t.length && !stopped; i++) {
            if (t[i] < expect) continue;
            if (t[i] != expect || t[i] >= to) break;
            long close = nextOpen.applyAsLong(t[i]);
            history = true;
            offer(t[i], close, stored.open()[i], stored.high()[i], stored.low()[i], stored.close()[i], stored.volume()[i], close);
            expect = close;
            n++;
        }
        preloaded += n;
        return n;
    }

    @Override
    public void onHistory(MarketEvent.Bar bar) {
        history = true;
        try {
            onEvent(bar);
        } finally {
            history = false;
        }
    }

    @Override
    public void onEvent(MarketEvent event) {
        if (!event.symbol().equals(symbol) || stopped) return;
        switch (event) {
            case MarketEvent.Quote q when live(q.tsEvent()) -> {
                loop.offer(new Inbound.QuoteTick(new dev.tradewind.model.Quote(q.tsEvent(), q.bid(), q.bidSize(), q.ask(), q.askSize()),
                        q.tsInit()));
                quotes++;
                return;
            }
            case MarketEvent.TradeTick t when live(t.tsEvent()) -> {
                loop.offer(new Inbound.PrintTick(new dev.tradewind.model.TradePrint(t.tsEvent(), t.price(), t.size(), t.buyerIsMaker()),
                        t.tsInit()));
                prints++;
                return;
            }
            default -> { }
        }
        if (!(event instanceof MarketEvent.Bar b) || !b.interval().equals(interval)) return;
        if (stopped) return;
        if (last != NONE && b.openTime() <= last) {
            dropped++;
            return;
        }
        if (b.openTime() >= to) {
            stop(b.tsInit());
            return;
        }
        if (appender != null) appender.add(b);
        offer(b.openTime(), b.closeTime(), b.open(), b.high(), b.low(), b.close(), b.volume(), b.tsInit());
    }

    @Override
    public void onGap(String symbol, String interval, long fromOpen, long toOpen) {
        gaps++;
        LOG.log(System.Logger.Level.WARNING, symbol + " " + interval + ": bars from " + java.time.Instant.ofEpochSecond(0, fromOpen)
                + " to " + java.time.Instant.ofEpochSecond(0, toOpen) + " are missing on the exchange too; the run goes on after the hole");
    }

    /** Whether the bars are live at {@code t}: the newest bar offered closed at most two bar lengths before it. */
    private boolean live(long t) {
        long end = lastEnd;
        return end != NONE && t >= end && t - end <= 2 * (end - last);
    }

    private void offer(long open, long close, double o, double h, double l, double c, double v, long tsInit) {
        boolean fromHistory = history;
        history = false;
        if (hook != null) hook.before(open, close, c, fromHistory);
        loop.offer(new Inbound.BarClosed(open, close, o, h, l, c, v, tsInit));
        if (hook != null) hook.after(open, close);
        last = open;
        lastEnd = close;
        lastClose = c;
        lastReceived = tsInit;
        bars++;
        if (nextOpen.applyAsLong(open) >= to) stop(tsInit);
    }

    /** Quotes offered to the kernel so far. */
    public long quotes() { return quotes; }

    /** Trade prints offered to the kernel so far. */
    public long prints() { return prints; }

    /** Offers the {@link Inbound.Stop} (once); later bars are ignored. */
    public synchronized void stop(long now) {
        if (stopped) return;
        stopped = true;
        loop.offer(new Inbound.Stop(now, now));
    }

    /** Whether the stop was offered. */
    public boolean stopped() { return stopped; }

    /** The open time of the last bar offered (epoch ns), or {@link #NONE}. */
    public long last() { return last; }

    /** Where the stream should start: the open after the last bar offered, or {@code from} if none was. */
    public long next(long from) { return last == NONE ? from : nextOpen.applyAsLong(last); }

    /** The close price of the last bar offered, NaN before the first. */
    public double lastClose() { return lastClose; }

    /** When the last bar offered was received ({@code tsInit}, epoch ns), or {@link #NONE}. */
    public long lastReceived() { return lastReceived; }

    /** Bars offered to the kernel, preloaded ones included. */
    public long bars() { return bars; }

    /** Bars offered from the catalog before the stream started. */
    public long preloaded() { return preloaded; }

    /** Bars dropped as at or before the last one offered. */
    public long dropped() { return dropped; }

    /** Holes the exchange could not fill. */
    public long gaps() { return gaps; }
}
