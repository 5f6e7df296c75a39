/**
 * Live market data, exchange-neutral: a {@link dev.tradewind.live.MarketDataClient} pushes immutable
 * {@link dev.tradewind.live.MarketEvent}s (closed bars, trades, best bid/ask, depth) to one listener, each stamped with
 * the exchange's time ({@code tsEvent}) and the time it was received ({@code tsInit}, from an injected
 * {@link dev.tradewind.model.Clock}). {@link dev.tradewind.live.BarSequencer} guarantees the bars leave in order with no
 * gap and no duplicate. Exchange adapters live in sub-packages ({@code binance}).
 */
package dev.tradewind.live;
