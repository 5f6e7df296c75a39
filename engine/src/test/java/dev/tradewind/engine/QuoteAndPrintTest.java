package dev.tradewind.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Clock;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.model.Quote;
import dev.tradewind.model.TradePrint;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Paper trading with a quote and a trade stream: quotes and trade prints enter the kernel as events; the simulated
 * venue fills market orders and marketable limits at the live bid/ask up to the size shown, and limits that a print
 * traded through at their limit; the strategy hears of the fills, then of the quote or print. Transcript.
 */
class QuoteAndPrintTest {
    private static final Instrument SPOT = new Instrument("TEST", Instrument.Kind.SPOT, 0.01, 1, 1, 1);
    private static final long S = 1_000_000_000L;

    @Test
    void quotesFillMarketOrdersAtTheTouchAndPrintsFillLimitsTheyTradedThrough() throws Exception {
        List<String> heard = new ArrayList<>();
        Strategy s = new Strategy() {
            @Override
            public void onBar(Context ctx) {
                heard.add("bar " + ctx.barIndex() + " quote " + ctx.quote());
                if (ctx.barIndex() == 0) {
                    ctx.buy(5);
                    ctx.buyLimit(3, 98);
                }
            }

            @Override
            public void onOrder(Context ctx, OrderEvent e) {
                if (e instanceof OrderEvent.Filled f) {
                    heard.add("#" + e.orderId() + " filled " + f.fill().quantity() + " @ " + f.fill().price() + " "
                            + f.fill().liquidity() + " at " + f.fill().time() / S + "s, left " + f.remaining());
                }
            }

            @Override
            public void onQuote(Context ctx, Quote q) {
                heard.add("quote " + q.bid() + "/" + q.ask() + " at " + q.time() / S + "s, ctx " + (ctx.quote() == q));
                if (q.time() == 62 * S) ctx.sellLimit(1, 200);
            }

            @Override
            public void onTradePrint(Context ctx, TradePrint p) {
                heard.add("print " + p.size() + " @ " + p.price() + " at " + p.time() / S + "s");
            }
        };
        EventLoop loop = new Engine(EngineConfig.of(SPOT, 10_000)).paper(s, Map.of(), Clock.SYSTEM, 0);
        loop.offer(new Inbound.QuoteTick(new Quote(30 * S, 99, 1, 101, 1), 1)); // before the first bar: the strategy is not started on bars yet
        loop.offer(new Inbound.BarClosed(0, 60 * S, 100, 101, 99, 100, 10, 2));
        loop.offer(new Inbound.QuoteTick(new Quote(61 * S, 99.9, 10, 100.1, 2), 3));
        loop.offer(new Inbound.QuoteTick(new Quote(62 * S, 100, 10, 100.2, 10), 4));
        loop.offer(new Inbound.PrintTick(new TradePrint(63 * S, 98, 5, true), 5));
        loop.offer(new Inbound.PrintTick(new TradePrint(64 * S, 97.5, 2, true), 6));
        loop.offer(new Inbound.Stop(65 * S, 7));
        BacktestResult r = loop.run();

        assertThat(heard).containsExactly(
                "bar 0 quote Quote[time=30000000000, bid=99.0, bidSize=1.0, ask=101.0, askSize=1.0]",
                "#1 filled 2.0 @ 100.1 TAKER at 61s, left 3.0",
                "quote 99.9/100.1 at 61s, ctx true",
                "#1 filled 3.0 @ 100.2 TAKER at 62s, left 0.0",
                "quote 100.0/100.2 at 62s, ctx true",
                "print 5.0 @ 98.0 at 63s", // at the limit: not a fill (the queue ahead is unknown)
                "#2 filled 2.0 @ 98.0 MAKER at 64s, left 1.0",
                "print 2.0 @ 97.5 at 64s");
        OrderRecord sent = r.orders().get(2);
        assertThat(sent.order().time()).isEqualTo(62 * S); // sent from onQuote: stamped with the quote's time
        assertThat(r.fills()).hasSize(3);
    }
}
