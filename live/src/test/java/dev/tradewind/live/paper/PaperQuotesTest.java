package dev.tradewind.live.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.EventLoop;
import dev.tradewind.live.MarketEvent;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Clock;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Liquidity;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A paper run with the quote and trade streams: once the bars are live, the symbol's best bid/ask fills a market order
 * at the touch (not at the next bar's open) and a print through a resting limit fills it; quotes that arrive while
 * history is still being caught up (far after the newest bar) and other symbols' quotes reach nothing.
 */
class PaperQuotesTest {
    private static final long MIN = 60_000_000_000L;
    private static final long T0 = 1_700_000_040L * 1_000_000_000L;

    static MarketEvent.Bar bar(int i, double close) {
        return new MarketEvent.Bar("FILUSDT", "1m", T0 + i * MIN, T0 + (i + 1) * MIN, close, close + 0.01, close - 0.01, close,
                100, T0 + (i + 1) * MIN, T0 + (i + 1) * MIN + 5);
    }

    static MarketEvent.Quote quote(String symbol, long t, double bid, double ask) {
        return new MarketEvent.Quote(symbol, bid, 50, ask, 3, 1, t, t + 1);
    }

    @Test
    void liveQuotesAndPrintsFillAtTheTouchAndThroughALimit() throws Exception {
        Strategy s = new Strategy() {
            @Override
            public void onBar(Context ctx) {
                if (ctx.barIndex() == 0) {
                    ctx.buy(5);
                    ctx.buyLimit(2, 4.00);
                }
            }
        };
        Instrument fil = new Instrument("FILUSDT", Instrument.Kind.SPOT, 0.001, 0.1, 1, 0);
        EventLoop loop = new Engine(EngineConfig.of(fil, 10_000)).paper(s, Map.of(), Clock.SYSTEM, 0);
        PaperFeed feed = new PaperFeed(loop, "FILUSDT", "1m", Long.MAX_VALUE, t -> t + MIN, null);

        feed.onEvent(quote("FILUSDT", T0 - 1, 4.1, 4.2)); // before any bar: not live
        feed.onEvent(bar(0, 4.10));
        feed.onEvent(quote("NEARUSDT", T0 + MIN + 1_000, 1.1, 1.2)); // another symbol
        feed.onEvent(quote("FILUSDT", T0 + 10 * MIN, 4.0, 4.3)); // ten minutes after the newest bar closed: catching up
        feed.onEvent(quote("FILUSDT", T0 + MIN + 2_000, 4.101, 4.104)); // live: 3 at the ask
        feed.onEvent(quote("FILUSDT", T0 + MIN + 3_000, 4.102, 4.105)); // the other 2
        feed.onEvent(new MarketEvent.TradeTick("FILUSDT", 3.999, 1.5, true, 9, false, T0 + MIN + 4_000, T0 + MIN + 4_001));
        feed.onEvent(bar(1, 4.12));
        feed.stop(T0 + 3 * MIN);
        BacktestResult r = loop.run();

        assertThat(feed.quotes()).isEqualTo(2);
        assertThat(feed.prints()).isEqualTo(1);
        assertThat(r.fills()).extracting(Fill::orderId, Fill::quantity, Fill::price, Fill::liquidity, Fill::time).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, 3.0, 4.104, Liquidity.TAKER, T0 + MIN + 2_000),
                org.assertj.core.groups.Tuple.tuple(1L, 2.0, 4.105, Liquidity.TAKER, T0 + MIN + 3_000),
                org.assertj.core.groups.Tuple.tuple(2L, 1.5, 4.0, Liquidity.MAKER, T0 + MIN + 4_000));
    }
}
