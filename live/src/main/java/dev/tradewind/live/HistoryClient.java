package dev.tradewind.live;

import java.util.List;

/** An exchange's bar history (REST): used for catch-up, hole filling and downloads. */
public interface HistoryClient {
    /**
     * Bars of {@code symbol} with {@code fromOpen <= openTime <= toOpen} (epoch ns), in time order, at most {@code limit}
     * of them (one request page); the last may still be forming (check {@code closeTime} against the time). Rate limits
     * are respected by waiting.
     *
     * @throws ExchangeException when the exchange refuses the request or cannot be reached
     */
    List<MarketEvent.Bar> bars(String symbol, String interval, long fromOpen, long toOpen, int limit);

    /** The most bars one request returns. */
    int pageSize();

    /** The open time (epoch ns) of the bar after the one opening at {@code open}. */
    long nextOpen(String interval, long open);
}
