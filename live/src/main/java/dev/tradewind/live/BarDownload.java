package dev.tradewind.live;

import dev.tradewind.model.Clock;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.catalog.CatalogEntry;
import dev.tradewind.catalog.ImportReport;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BarColumns;
import java.util.List;

/**
 * Downloads an exchange's closed bars into the market data catalog, page by page, storing every
 * {@value #FLUSH_BARS} bars so a killed download keeps what it fetched. Resumable: when the catalog already holds the
 * symbol and timeframe from {@code from} on, it starts after the last stored bar. Rate limits are the history client's
 * job (it waits).
 */
public final class BarDownload {
    static final int FLUSH_BARS = 10_000;

    /** Progress after each page: bars fetched so far and the bars the range should hold. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long expected);
    }

    /**
     * What a download did.
     *
     * @param start      the first open time asked for (after the last stored bar when resumed)
     * @param resumed    whether bars already stored moved the start
     * @param downloaded bars fetched and stored
     * @param added      of those, bars at times the catalog did not hold
     * @param stored     bars stored for the symbol and timeframe afterwards
     * @param last       the catalog's report of the last write, or null when nothing was fetched
     */
    public record Result(String symbol, Timeframe timeframe, long start, boolean resumed, long downloaded, long added,
            long stored, ImportReport last) {}

    private BarDownload() {}

    /**
     * Fetches {@code symbol}'s closed bars with {@code from <= open < to} (epoch ns) into {@code catalog}.
     *
     * @throws ExchangeException when the exchange refuses or cannot be reached (bars stored before that are kept)
     */
    public static Result run(HistoryClient history, Catalog catalog, String symbol, String interval, Timeframe timeframe,
            long from, long to, Clock clock, Progress progress) {
        long start = from;
        boolean resumed = false;
        for (CatalogEntry e : catalog.list()) {
            if (e.symbol().equals(symbol) && e.timeframe().equals(timeframe) && e.first() <= from && e.last() >= from) {
                start = history.nextOpen(interval, e.last());
                resumed = true;
            }
        }
        long now = clock.nanos();
        long end = Math.min(to, now);
        long expected = Math.max(0, Math.ceilDiv(end - start, timeframe.nanos()));
        BarColumns pending = new BarColumns(Math.min(FLUSH_BARS, (int) Math.min(expected, FLUSH_BARS)) + 1);
        long done = 0, added = 0, stored = 0;
        ImportReport last = null;
        long next = start;
        progress.update(0, expected);
        while (next < end) {
            List<MarketEvent.Bar> page = history.bars(symbol, interval, next, end - 1, history.pageSize());
            long before = next;
            boolean more = page.size() == history.pageSize();
            for (MarketEvent.Bar b : page) {
                if (b.openTime() < next || b.openTime() >= end) continue;
                if (b.closeTime() > now) {
                    more = false; // still forming: the end of history
                    break;
                }
                pending.add(b.openTime(), b.open(), b.high(), b.low(), b.close(), b.volume());
                next = history.nextOpen(interval, b.openTime());
                done++;
            }
            if (next == before) more = false; // nothing new: never ask for the same page twice
            if (pending.size() >= FLUSH_BARS || !more) {
                if (pending.size() > 0) {
                    last = catalog.importBars(pending.toSeries(symbol), symbol, timeframe, "download");
                    added += last.added();
                    stored = last.total();
                    pending = new BarColumns(FLUSH_BARS + 1);
                }
            }
            progress.update(done, expected);
            if (!more) break;
        }
        if (pending.size() > 0) {
            last = catalog.importBars(pending.toSeries(symbol), symbol, timeframe, "download");
            added += last.added();
            stored = last.total();
        }
        if (last == null) {
            for (CatalogEntry e : catalog.list()) {
                if (e.symbol().equals(symbol) && e.timeframe().equals(timeframe)) stored = e.rows();
            }
        }
        return new Result(symbol, timeframe, start, resumed, done, added, stored, last);
    }
}
