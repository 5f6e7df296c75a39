/**
 * Paper trading on a live stream: {@link dev.tradewind.live.paper.PaperSession} warms a strategy up from the catalog
 * and the exchange's history, then drives an {@link dev.tradewind.engine.EventLoop} (the kernel a backtest uses, with
 * the simulated venue) with every closed bar of a {@link dev.tradewind.live.MarketDataClient};
 * {@link dev.tradewind.live.paper.PaperFeed} is the bridge, {@link dev.tradewind.live.paper.CatalogAppender} stores the
 * live bars in the market data catalog as they close.
 */
package dev.tradewind.live.paper;
