package dev.tradewind.live.paper;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.catalog.CatalogException;
import dev.tradewind.data.Timeframe;
import dev.tradewind.live.MarketEvent;
import dev.tradewind.model.BarColumns;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Appends closed live bars to the market data catalog as they close, so tomorrow's backtest reads today's bars. Bars
 * are collected by {@link #add} (the feed thread, never blocked by a write) and merged into the catalog every
 * {@code every} on a thread of its own, and once more on {@link #close}. Each write is the catalog's atomic replace (a
 * new file written beside the old one, then moved over it), so a process killed mid-write leaves the catalog as of
 * the last write, never a torn file. A write that fails is logged and its bars are kept for the next one.
 */
public final class CatalogAppender implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CatalogAppender.class.getName());

    private final Catalog catalog;
    private final String symbol;
    private final Timeframe timeframe;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "catalog-appender");
        t.setDaemon(true);
        return t;
    });
    private BarColumns pending = new BarColumns(64);
    private long lastPending = Long.MIN_VALUE;
    private volatile long written;
    private volatile long writes;
    private volatile String lastError;
    private boolean closed;

    public CatalogAppender(Catalog catalog, String symbol, Timeframe timeframe, Duration every) {
        this.catalog = catalog;
        this.symbol = symbol;
        this.timeframe = timeframe;
        long ms = Math.max(1, every.toMillis());
        writer.scheduleWithFixedDelay(this::flush, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Queues a closed bar (in time order; one at or before the last queued is ignored). */
    public synchronized void add(MarketEvent.Bar b) {
        if (closed || b.openTime() <= lastPending) return;
        pending.add(b.openTime(), b.open(), b.high(), b.low(), b.close(), b.volume());
        lastPending = b.openTime();
    }

    /** Writes what is queued now (on the calling thread). */
    public void flush() {
        BarColumns batch;
        synchronized (this) {
            if (pending.size() == 0) return;
            batch = pending;
            pending = new BarColumns(64);
        }
        try {
            catalog.importBars(batch.toSeries(symbol), symbol, timeframe, "live");
            written += batch.size();
            writes++;
        } catch (CatalogException | IllegalArgumentException e) {
            lastError = e.getMessage();
            LOG.log(System.Logger.Level.WARNING, "live bars not stored yet: " + e.getMessage());
            synchronized (this) { // keep them, in order, ahead of what came meanwhile
                BarColumns merged = new BarColumns(batch.size() + pending.size() + 64);
                for (BarColumns c : new BarColumns[] {batch, pending}) {
                    for (int i = 0; i < c.size(); i++) {
                        merged.add(c.time()[i], c.open()[i], c.high()[i], c.low()[i], c.close()[i], c.volume()[i]);
                    }
                }
                pending = merged;
            }
        }
    }

    /** Bars stored so far. */
    public long written() { return written; }

    /** Catalog writes so far. */
    public long writes() { return writes; }

    /** The message of the last failed write, or null. */
    public String lastError() { return lastError; }

    /** Stops the timer and writes what is left. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
